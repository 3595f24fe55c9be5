package fr.ptce.workbench.bench;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.spreadsheet.xlsx.BareXlsx;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Repeats P4's or P5's use case and its baseline many times in one JVM, for a profiler (the bench's rows are too
 * short for JFR's samples): {@code ProfileLoop P4|P5 <bench folder> <repetitions>}, run after a bench run left its
 * workspaces ({@code ws-5000-0}) and regional workbooks ({@code regions/avis}). Prints each side's median.
 */
public final class ProfileLoop {

    private ProfileLoop() {}

    public static void main(String[] args) throws IOException {
        String row = args[0];
        Path folder = Path.of(args[1]).toAbsolutePath();
        int times = Integer.parseInt(args[2]);
        if (row.equals("P4")) {
            exports(folder, times);
        } else {
            consolidations(folder, times);
        }
    }

    private static void exports(Path folder, int times) {
        try (Workspace workspace = Workspace.open(folder.resolve("ws-5000-0"))) {
            workspace
                    .workspaceUser()
                    .set(new Reviewer("Anne Banc", "anne.banc@example.org", ReviewerRole.CORRESPONDENT, "Bretagne"));
            Path[] exported = {null};
            List<Double> export = Stats.time(
                    times,
                    () -> () -> exported[0] = workspace
                            .exportAvis()
                            .toWorkbook(folder.resolve("avis.xlsx"), ExportAvis.Scope.ALL_REGIONS, Progress.NONE)
                            .file());
            List<List<String>> values = BareXlsx.firstSheetValues(exported[0]);
            List<Double> bare =
                    Stats.time(times, () -> () -> BareXlsx.writeSxssf(values, folder.resolve("bare-avis.xlsx")));
            print("P4", export, bare);
        }
    }

    private static void consolidations(Path folder, int times) throws IOException {
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(folder.resolve("regions").resolve("avis"))) {
            workbooks = files.sorted().toList();
        }
        long cpu = processCpuNanos();
        List<Double> bare = Stats.time(times, () -> () -> workbooks.forEach(BareXlsx::touchEveryCell));
        double bareCpu = (processCpuNanos() - cpu) / 1e6 / (times + 1);
        int[] next = {0};
        List<Workspace> opened = new ArrayList<>();
        cpu = processCpuNanos();
        List<Double> consolidations = Stats.time(times, () -> {
            opened.forEach(Workspace::close);
            opened.clear();
            Path ws = folder.resolve("profile-pessii-" + next[0]++);
            try {
                Report.clean(ws);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Workspace pessii = Workspace.open(ws);
            opened.add(pessii);
            return () -> pessii.consolidateAvis().importFiles(workbooks, Progress.NONE);
        });
        double consolidationCpu = (processCpuNanos() - cpu) / 1e6 / (times + 1);
        opened.forEach(Workspace::close);
        print("P5", consolidations, bare);
        // the process's CPU time per run (all threads; the consolidation's includes opening the fresh workspace)
        System.out.printf(
                Locale.ROOT,
                "P5 CPU per run: %.1f ms vs %.1f ms = %.2f x%n",
                consolidationCpu,
                bareCpu,
                consolidationCpu / bareCpu);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void print(String row, List<Double> measured, List<Double> baseline) {
        System.out.printf(
                Locale.ROOT,
                "%s: %.1f ms vs %.1f ms = %.2f x%n",
                row,
                Stats.median(measured),
                Stats.median(baseline),
                Stats.median(measured) / Stats.median(baseline));
    }
}
