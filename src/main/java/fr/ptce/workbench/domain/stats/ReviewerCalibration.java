package fr.ptce.workbench.domain.stats;

/**
 * How one reviewer scores compared with the others on the same dossiers.
 *
 * @param reviewer the reviewer's name as signed
 * @param dossiers the number of dossiers they scored completely
 * @param meanTotal the mean of their totals out of 100
 * @param spread the standard deviation of their totals
 * @param shared the number of their dossiers also scored by someone else
 * @param meanGap the mean of (their total − the others' mean total) over the shared dossiers; null when none
 * @param gapSpread the standard deviation of that gap; null when none shared
 */
public record ReviewerCalibration(
        String reviewer, int dossiers, double meanTotal, double spread, int shared, Double meanGap, Double gapSpread) {}
