package fr.ptce.workbench.bench;

/**
 * One row of the benchmark table: a measure against its baseline (measured in the same run) or an absolute
 * budget. Times in milliseconds, memory in MB.
 *
 * @param id P1…P8
 * @param what what was measured
 * @param measure the median (or p95, as {@code unit} says) of the measure
 * @param baseline the median of the baseline, NaN for an absolute budget
 * @param budget the largest ratio (or absolute value when there is no baseline) allowed
 * @param unit "ms", "ms p95" or "MB"
 * @param note extra figures (heap, runs)
 */
record Result(String id, String what, double measure, double baseline, double budget, String unit, String note) {

    double ratio() {
        return Double.isNaN(baseline) ? Double.NaN : measure / baseline;
    }

    boolean pass() {
        return Double.isNaN(baseline) ? measure <= budget : ratio() <= budget;
    }
}
