package fr.ptce.workbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The P1/P2 rows as the user meets them (issue 21): whole processes, each timed from its start to its exit with
 * {@code /usr/bin/time}, which also gives its peak resident set size. The import and the re-import run the
 * workbench's command line ({@code import --workspace}) in a fresh JVM with {@code -Xmx256m} and the installed
 * launcher's options ({@code installer/jvm-options}); the baseline is a JVM with the same options that only makes
 * the bare SAX pass ({@link BareSax}); LibreOffice Calc headless opening the file and writing its first sheet as csv
 * is measured beside them when {@code soffice} is installed.
 */
final class WholeProcess {

    private static final Path TIME = Path.of("/usr/bin/time");
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private final Path folder;
    private final int runs;

    WholeProcess(Path folder, int runs) {
        this.folder = folder;
        this.runs = runs;
    }

    /** One finished process: wall-clock milliseconds and peak RSS in MB (NaN without /usr/bin/time). */
    record Run(double millis, double rssMb) {}

    List<Result> measure(int count, Path export) throws IOException, InterruptedException {
        List<Run> bare = new ArrayList<>();
        List<Run> imports = new ArrayList<>();
        List<Run> reimports = new ArrayList<>();
        List<Run> office = new ArrayList<>();
        boolean withOffice = Files.isExecutable(SOFFICE);
        for (int i = 0; i <= runs; i++) {
            // the first round warms the file cache, LibreOffice's profile and the class data: not kept
            List<Run> keep = new ArrayList<>();
            keep.add(run(java("fr.ptce.workbench.bench.BareSax", export.toString())));
            Path workspace = folder.resolve("ws-process-" + count + "-" + i);
            keep.add(run(
                    java("fr.ptce.workbench.Main", "import", "--workspace", workspace.toString(), export.toString())));
            keep.add(run(
                    java("fr.ptce.workbench.Main", "import", "--workspace", workspace.toString(), export.toString())));
            if (withOffice) {
                Path out = folder.resolve("soffice-out");
                keep.add(run(List.of(
                        SOFFICE.toString(),
                        "-env:UserInstallation="
                                + folder.resolve("soffice-profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "csv",
                        "--outdir",
                        out.toString(),
                        export.toString())));
            }
            if (i > 0) {
                bare.add(keep.get(0));
                imports.add(keep.get(1));
                reimports.add(keep.get(2));
                if (withOffice) {
                    office.add(keep.get(3));
                }
            }
        }
        double bareMs = median(bare, Run::millis);
        double importMs = median(imports, Run::millis);
        List<Result> results = new ArrayList<>();
        results.add(new Result(
                "P1",
                "import " + count + " dossiers, whole process (CLI, -Xmx256m)",
                importMs,
                bareMs,
                2,
                "ms",
                String.format(
                        Locale.ROOT,
                        "baseline: bare SAX pass, whole process (peak RSS %.0f MB)",
                        median(bare, Run::rssMb))));
        results.add(new Result(
                "P1m",
                "peak RSS of that import, whole process",
                median(imports, Run::rssMb),
                Double.NaN,
                320,
                "MB",
                "-Xmx256m and the launcher's options (installer/jvm-options)"));
        results.add(new Result(
                "P2",
                "re-import of the same " + count + " dossiers, nothing changed, whole process",
                median(reimports, Run::millis),
                bareMs,
                1.3,
                "ms",
                String.format(Locale.ROOT, "peak RSS %.0f MB", median(reimports, Run::rssMb))));
        if (withOffice) {
            results.add(new Result(
                    "P1",
                    "import " + count + " dossiers, whole process, vs LibreOffice opening it",
                    importMs,
                    median(office, Run::millis),
                    1,
                    "ms",
                    String.format(
                            Locale.ROOT,
                            "baseline: LibreOffice headless, csv of the first sheet, peak RSS %.0f MB",
                            median(office, Run::rssMb))));
        }
        return results;
    }

    /**
     * A JVM as the installed launcher starts one ({@code installer/jvm-options}, which holds jOOQ's switches too),
     * with {@code -Xmx256m}: the same for the import and for the bare pass.
     */
    private static List<String> java(String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        command.addAll(launcherOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        return command;
    }

    /** The installed launcher's JVM options, one per line ({@code -Dbench.launcherOptions}, else the repository's). */
    static List<String> launcherOptions() throws IOException {
        return Files.readAllLines(
                        Path.of(System.getProperty("bench.launcherOptions", "installer/jvm-options")),
                        StandardCharsets.UTF_8)
                .stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        Path report = folder.resolve("time.txt");
        List<String> timed = new ArrayList<>();
        boolean withTime = Files.isExecutable(TIME);
        if (withTime) {
            timed.addAll(List.of(TIME.toString(), "-f", "%e %M", "-o", report.toString()));
        }
        timed.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(timed)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("process.log").toFile())
                .start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Did not finish in 15 minutes: " + command);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exit status " + process.exitValue() + " of " + command + ":\n"
                    + Files.readString(folder.resolve("process.log")));
        }
        if (!withTime) {
            return new Run(millis, Double.NaN);
        }
        String[] figures = Files.readString(report).strip().split("\\s+");
        // /usr/bin/time gives centiseconds only: the wall clock measured here is finer and includes the same work
        return new Run(millis, Long.parseLong(figures[figures.length - 1]) / 1024.0);
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        return Stats.median(runs.stream().map(r -> figure.applyAsDouble(r)).toList());
    }
}
