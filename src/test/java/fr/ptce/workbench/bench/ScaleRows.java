package fr.ptce.workbench.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * P9, the scale rows of issue 21: the same work at 1,000, 5,000 and {@value #LARGE} dossiers. Import time per
 * dossier (the creation of the empty workspace left out: it does not depend on the size) stays within ± 20 % of
 * its mean across the sizes; the live heap stays flat once H2's bounded page cache is full (from 5,000 on); the
 * window lists {@value #LARGE} dossiers in at most 1.3 × the time it takes for 5,000. The search row
 * is {@code BenchSuite}'s P3 on the large workspace.
 */
final class ScaleRows {

    /** The largest size measured. */
    static final int LARGE = 20_000;

    /** How much the live heap may grow from 5,000 to {@value #LARGE} dossiers and still count as flat. */
    private static final double FLAT = 1.3;

    private ScaleRows() {}

    /** The largest gap between one size's time per dossier and the mean over the sizes, in percent. */
    static Result importPerDossier(Map<Integer, BenchSuite.Imported> sizes) {
        Map<Integer, Double> perDossier = sizes.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> (e.getValue().medianMs() - e.getValue().openMs()) / e.getKey()));
        double mean = perDossier.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        double spread = perDossier.values().stream()
                .mapToDouble(v -> Math.abs(v / mean - 1) * 100)
                .max()
                .orElseThrow();
        return new Result(
                "P9",
                "import time per dossier at " + sizes(sizes) + " dossiers, largest gap to the mean",
                spread,
                Double.NaN,
                20,
                "%",
                perDossier.entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> String.format(
                                        Locale.ROOT,
                                        "%,d: %.2f ms (%.2f with the opening)",
                                        e.getKey(),
                                        e.getValue(),
                                        sizes.get(e.getKey()).medianMs() / e.getKey()))
                                .collect(Collectors.joining("; ", "per dossier ", ""))
                        + String.format(
                                Locale.ROOT,
                                "; empty workspace created in %.0f ms",
                                sizes.get(1000).openMs()));
    }

    /** The live heap of the largest import against that of 5,000 dossiers, once H2's page cache is full. */
    static Result liveHeap(Map<Integer, BenchSuite.Imported> sizes) {
        return new Result(
                "P9",
                "live heap of the import, " + String.format(Locale.ROOT, "%,d vs 5,000", LARGE) + " dossiers",
                sizes.get(LARGE).liveHeapMb(),
                sizes.get(5000).liveHeapMb(),
                FLAT,
                "MB",
                sizes.entrySet().stream()
                        .map(e -> String.format(
                                Locale.ROOT,
                                "%,d: %.0f MB",
                                e.getKey(),
                                e.getValue().liveHeapMb()))
                        .collect(Collectors.joining("; ", "largest heap after a collection ", "")));
    }

    /** Start to the dossiers listed, ready to work: {@value #LARGE} against 5,000. */
    static Result start(List<WindowProbe.Launch> five, List<WindowProbe.Launch> large) {
        return new Result(
                "P9",
                String.format(Locale.ROOT, "start to %,d dossiers listed, vs 5,000", LARGE),
                median(large, WindowProbe.Launch::listedMillis),
                median(five, WindowProbe.Launch::listedMillis),
                1.3,
                "ms",
                String.format(
                        Locale.ROOT,
                        "first window %.0f vs %.0f ms; search index built at %.0f vs %.0f ms; RSS %.0f vs %.0f MB",
                        median(large, WindowProbe.Launch::shownMillis),
                        median(five, WindowProbe.Launch::shownMillis),
                        median(large, WindowProbe.Launch::indexedMillis),
                        median(five, WindowProbe.Launch::indexedMillis),
                        median(large, WindowProbe.Launch::rssMb),
                        median(five, WindowProbe.Launch::rssMb)));
    }

    private static double median(List<WindowProbe.Launch> launches, ToDoubleFunction<WindowProbe.Launch> figure) {
        return Stats.median(launches.stream().map(figure::applyAsDouble).toList());
    }

    private static String sizes(Map<Integer, BenchSuite.Imported> sizes) {
        return sizes.keySet().stream()
                .sorted()
                .map(n -> String.format(Locale.ROOT, "%,d", n))
                .collect(Collectors.joining(" / "));
    }
}
