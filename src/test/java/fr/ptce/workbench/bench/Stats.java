package fr.ptce.workbench.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Timing helpers: warm-up then repeated runs, medians and percentiles. */
final class Stats {

    private Stats() {}

    /** Runs the work once to warm up, then {@code runs} times; returns each run's milliseconds. */
    static List<Double> time(int runs, Supplier<Runnable> prepare) {
        prepare.get().run();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Runnable work = prepare.get();
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
