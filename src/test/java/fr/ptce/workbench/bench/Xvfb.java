package fr.ptce.workbench.bench;

import java.io.IOException;

/** A private Xvfb display for the window measures; the display of the environment when one is set. */
final class Xvfb implements AutoCloseable {

    private final Process process;
    private final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    /** Starts Xvfb on the first free display of :90–:98 (from one the process id picks), skipping those in use. */
    static Xvfb start() throws IOException, InterruptedException {
        long pid = ProcessHandle.current().pid();
        for (int i = 0; i < 9; i++) {
            int number = 90 + (int) ((pid + i) % 9);
            if (java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/.X" + number + "-lock"))) {
                continue; // another display server (a window test, another bench, a developer's check)
            }
            String display = ":" + number;
            Process process = new ProcessBuilder(
                            "/usr/bin/Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread.sleep(1500);
            if (process.isAlive()) {
                return new Xvfb(process, display);
            }
        }
        throw new IllegalStateException("Xvfb did not start on any free display of :90 to :98");
    }

    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
