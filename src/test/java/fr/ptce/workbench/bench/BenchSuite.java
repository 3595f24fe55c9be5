package fr.ptce.workbench.bench;

import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.listing.SearchDossiers;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.search.SearchIndex;
import fr.ptce.workbench.spreadsheet.xlsx.BareXlsx;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The benchmark suite of issues 8 and 21 (P1–P9): generates its inputs with the project's sample generator, warms
 * up, repeats, and writes a table and {@code bench.json} into the folder given as first argument. Run it with
 * {@code ./mvnw -Pbench verify}; {@code -Dbench.runs=N} changes the repeats (default 3).
 */
public final class BenchSuite {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final String REGION = "Bretagne";
    /** {@code -Dbench.only=P4,P7}: the rows to measure (default: all). */
    private static final List<String> ONLY = List.of(
                    System.getProperty("bench.only", "").split(","))
            .stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();

    private final Path folder;
    private final List<Result> results = new ArrayList<>();

    private BenchSuite(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse) {
            Report.clean(folder);
        }
        BenchSuite suite = new BenchSuite(folder);
        suite.run(reuse);
        Report.write(folder, suite.results);
    }

    /** With {@code reuse} (-Dbench.reuse=true), skips P1/P2 and measures the workspaces of a previous run. */
    private void run(boolean reuse) throws Exception {
        Path workspaceFolder = folder.resolve("ws-5000-0");
        boolean needsWorkspace = !Files.isDirectory(workspaceFolder);
        Map<Integer, Imported> sizes = new TreeMap<>();
        for (int count : reuse ? new int[0] : new int[] {1000, 5000, ScaleRows.LARGE}) {
            boolean scale = wanted("P9");
            if (count == ScaleRows.LARGE
                    ? !scale
                    : !wanted("P1", "P2", "T1", "T2", "T3") && !scale && !(count == 5000 && needsWorkspace)) {
                continue;
            }
            Path export = GenerateSamples.write(
                    folder.resolve("in" + count), 5, count, DsEra.Y2021, GenerateSamples.Format.XLSX);
            sizes.put(count, importAndReimport(count, export));
            if (count == 5000 && wanted("P1", "P2")) {
                results.addAll(new WholeProcess(folder, RUNS).measure(count, export));
            }
            if (count == 5000 && wanted("T1", "T2", "T3")) {
                results.add(new PostgresBench(RUNS).importRow(count, export));
                if (wanted("T2")) {
                    results.add(new TeamBench().concurrentScores(PostgresBench.FIRST_DATABASE));
                }
                if (wanted("T3")) {
                    results.add(new OfflineBench().checkin(PostgresBench.FIRST_DATABASE, folder));
                }
            }
        }
        if (sizes.size() == 3) {
            results.add(ScaleRows.importPerDossier(sizes));
            results.add(ScaleRows.liveHeap(sizes));
        }
        if (wanted("P3")) {
            results.add(search("P3", workspaceFolder));
        }
        Path large = folder.resolve("ws-" + ScaleRows.LARGE + "-0");
        if (wanted("P9") && Files.isDirectory(large)) {
            results.add(search("P9", large));
        }
        if (wanted("P4", "P7")) {
            scoreAndExport(workspaceFolder);
        }
        if (wanted("P5")) {
            results.add(new ConsolidationBench(folder, RUNS).measure());
        }
        if (wanted("P6", "P8", "P9")) {
            windows(workspaceFolder, wanted("P9") && Files.isDirectory(large) ? large : null);
        }
    }

    /** Whether one of these rows is to be measured ({@code -Dbench.only}). */
    private static boolean wanted(String... rows) {
        return ONLY.isEmpty() || List.of(rows).stream().anyMatch(ONLY::contains);
    }

    /**
     * What one size's imports measured: the median time, the median time to create, migrate and close an empty
     * workspace (part of each import), and the largest live heap.
     */
    record Imported(double medianMs, double openMs, double liveHeapMb) {}

    private Imported importAndReimport(int count, Path export) {
        // budgets of issue 21: in-JVM import ≤ 3 × the bare pass, re-import ≤ 1.3 ×
        List<Double> bare = Stats.time(RUNS, () -> () -> BareXlsx.touchEveryCell(export));
        int[] next = {0};
        double[] peakHeap = {0};
        double[] liveHeap = {0};
        List<Double> imports = Stats.time(RUNS, () -> {
            Path ws = folder.resolve("ws-" + count + "-" + next[0]++);
            return () -> {
                resetPeaks();
                try (LiveHeap live = LiveHeap.listen();
                        Workspace workspace = Workspace.open(ws)) {
                    workspace.importDossiers().fromFile(export, ColumnMapping.NONE, Progress.NONE);
                    liveHeap[0] = Math.max(liveHeap[0], live.largestMb());
                }
                peakHeap[0] = Math.max(peakHeap[0], peakHeapMb());
            };
        });
        int[] empty = {0};
        List<Double> opens = Stats.time(RUNS, () -> {
            Path ws = folder.resolve("empty-" + count + "-" + empty[0]++);
            return () -> Workspace.open(ws).close();
        });
        Imported imported = new Imported(Stats.median(imports), Stats.median(opens), liveHeap[0]);
        if (count == ScaleRows.LARGE) {
            return imported;
        }
        List<Double> reimports = Stats.time(RUNS, () -> () -> {
            try (Workspace workspace = Workspace.open(folder.resolve("ws-" + count + "-0"))) {
                workspace.importDossiers().fromFile(export, ColumnMapping.NONE, Progress.NONE);
            }
        });
        double bareMedian = Stats.median(bare);
        results.add(new Result(
                "P1",
                "import " + count + " dossiers (xlsx) into a fresh workspace",
                imported.medianMs(),
                bareMedian,
                3,
                "ms",
                String.format(
                        java.util.Locale.ROOT,
                        "peak heap %.0f MB, live %.0f MB (budget 256 MB, -Xmx256m); H2 file %.0f MB",
                        peakHeap[0],
                        liveHeap[0],
                        sizeMb(folder.resolve("ws-" + count + "-0")))));
        results.add(new Result(
                "P2",
                "re-import of the same " + count + " dossiers, nothing changed",
                Stats.median(reimports),
                bareMedian,
                1.3,
                "ms",
                ""));
        return imported;
    }

    private Result search(String id, Path workspaceFolder) {
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            long start = System.nanoTime();
            SearchIndex index = workspace.searchDossiers().index(Progress.NONE);
            double buildMs = (System.nanoTime() - start) / 1e6;
            List<DossierSummary> list = workspace.listDossiers().all();
            List<String> typed = typing(List.of(
                    "recyclerie creuse",
                    "tiers-lieu",
                    "cooperative bretagne",
                    "economie circulaire",
                    "alimentation durable",
                    "insertion",
                    "mobilite solidaire"));
            List<Double> times = new ArrayList<>();
            long[] found = {0};
            for (int round = 0; round < 1 + RUNS; round++) {
                for (String text : typed) {
                    long t0 = System.nanoTime();
                    Predicate<DossierSummary> matching = SearchDossiers.matching(index, text);
                    found[0] += list.stream().filter(matching).count();
                    if (round > 0) {
                        times.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            }
            return new Result(
                    id,
                    "search " + list.size() + " dossiers as typed (" + typed.size() + " prefixes)",
                    Stats.percentile(times, 95),
                    Double.NaN,
                    20,
                    "ms p95",
                    String.format(
                            java.util.Locale.ROOT,
                            "median %.2f ms; index built in %.0f ms, %d words",
                            Stats.median(times),
                            buildMs,
                            index.vocabularySize()));
        }
    }

    private static List<String> typing(List<String> phrases) {
        List<String> typed = new ArrayList<>();
        for (String phrase : phrases) {
            for (int i = 1; i <= phrase.length(); i++) {
                typed.add(phrase.substring(0, i));
            }
        }
        return typed;
    }

    private void scoreAndExport(Path workspaceFolder) {
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            workspace
                    .workspaceUser()
                    .set(new Reviewer("Anne Banc", "anne.banc@example.org", ReviewerRole.CORRESPONDENT, REGION));
            List<Double> times = ScoreChanges.make(workspace, 8, 100 * RUNS).times();
            results.add(new Result(
                    "P7",
                    "one score change, use case call to committed row",
                    Stats.percentile(times, 95),
                    Double.NaN,
                    5,
                    "ms p95",
                    String.format(
                            java.util.Locale.ROOT, "median %.2f ms, %d changes", Stats.median(times), times.size())));
            AtomicReference<Path> exported = new AtomicReference<>();
            List<Double> export = Stats.time(
                    RUNS,
                    () -> () -> exported.set(workspace
                            .exportAvis()
                            .toWorkbook(folder.resolve("avis.xlsx"), ExportAvis.Scope.ALL_REGIONS, Progress.NONE)
                            .file()));
            List<List<String>> values = BareXlsx.firstSheetValues(exported.get());
            List<Double> bare =
                    Stats.time(RUNS, () -> () -> BareXlsx.writeSxssf(values, folder.resolve("bare-avis.xlsx")));
            results.add(new Result(
                    "P4",
                    "avis workbook export, " + (values.size() - 1) + " rows",
                    Stats.median(export),
                    Stats.median(bare),
                    1.5,
                    "ms",
                    ""));
        }
    }

    /** P6 and P8 on the 5,000-dossier workspace; P9's start row when {@code large} is not null. */
    private void windows(Path workspaceFolder, Path large) throws IOException, InterruptedException {
        try (Xvfb xvfb = Xvfb.start()) {
            WindowProbe probe = new WindowProbe(
                    xvfb.display(),
                    folder.resolve("prefs"),
                    Path.of(System.getProperty("bench.launcherOptions", "installer/jvm-options")));
            List<WindowProbe.Launch> hello = new ArrayList<>();
            List<WindowProbe.Launch> app = new ArrayList<>();
            List<WindowProbe.Launch> largeApp = new ArrayList<>();
            probe.launch(List.of("hello"));
            for (int i = 0; i < RUNS; i++) {
                hello.add(probe.launch(List.of("hello")));
                app.add(probe.launch(List.of("app", "5000", "--workspace", workspaceFolder.toString())));
                if (large != null) {
                    largeApp.add(probe.launch(
                            List.of("app", Integer.toString(ScaleRows.LARGE), "--workspace", large.toString())));
                }
            }
            if (large != null) {
                results.add(ScaleRows.start(app, largeApp));
            }
            if (!wanted("P6", "P8")) {
                return;
            }
            results.add(new Result(
                    "P6",
                    "cold start to the first shown window (Xvfb)",
                    Stats.median(
                            app.stream().map(WindowProbe.Launch::shownMillis).toList()),
                    Stats.median(
                            hello.stream().map(WindowProbe.Launch::shownMillis).toList()),
                    1.6,
                    "ms",
                    ""));
            results.add(new Result(
                    "P8",
                    "RSS of the window with 5,000 dossiers listed and indexed",
                    Stats.median(app.stream().map(WindowProbe.Launch::rssMb).toList()),
                    Stats.median(hello.stream().map(WindowProbe.Launch::rssMb).toList()),
                    2.5,
                    "MB",
                    "both JVMs -Xmx256m -Dprism.order=sw"));
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / 1048576.0;
    }

    private static double sizeMb(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                            .mapToLong(f -> f.toFile().length())
                            .sum()
                    / 1048576.0;
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
