/** Pure statistics of the dashboard: histograms and the reviewers' calibration against each other. */
package fr.ptce.workbench.domain.stats;
