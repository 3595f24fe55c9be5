/**
 * The selection grid as data: blocks, criteria, scale, weights and thresholds, versioned, with the totals computed
 * on a set of scores. Pure records and rules; depends on {@code java.*} only.
 */
package fr.ptce.workbench.domain.grid;
