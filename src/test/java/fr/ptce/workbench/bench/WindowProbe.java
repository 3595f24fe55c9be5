package fr.ptce.workbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code fr.ptce.workbench.ui.BenchWindow} in a fresh JVM on an Xvfb display, the same way for the
 * hello-world window and the workbench, with the JVM options of the installed launcher ({@code installer/jvm-options}):
 * time from process start to the first shown window, and the resident memory once ready.
 */
final class WindowProbe {

    /**
     * Times to the first shown window, to the dossiers listed and to the search index built (ms), and the resident
     * memory when ready (MB).
     */
    record Launch(double shownMillis, double listedMillis, double indexedMillis, double rssMb) {}

    private final String display;
    private final Path prefs;

    private final List<String> launcherOptions;

    WindowProbe(String display, Path prefs, Path launcherOptions) throws IOException {
        this.display = display;
        this.prefs = prefs;
        this.launcherOptions = Files.readAllLines(launcherOptions, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    Launch launch(List<String> args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Dprism.order=sw"));
        command.addAll(launcherOptions);
        command.addAll(List.of(
                "-Djava.util.prefs.userRoot=" + prefs,
                "-cp",
                System.getProperty("java.class.path"),
                "fr.ptce.workbench.ui.BenchWindow"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            double shown = Double.NaN;
            double listed = Double.NaN;
            double indexed = Double.NaN;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("SHOWN")) {
                    shown = (System.nanoTime() - start) / 1e6;
                } else if (line.equals("LISTED")) {
                    listed = (System.nanoTime() - start) / 1e6;
                } else if (line.equals("INDEXED")) {
                    indexed = (System.nanoTime() - start) / 1e6;
                } else if (line.equals("READY")) {
                    return new Launch(shown, listed, indexed, rss(process.pid()));
                }
            }
            throw new IllegalStateException("The window probe ended before it was ready: " + args);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static double rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
