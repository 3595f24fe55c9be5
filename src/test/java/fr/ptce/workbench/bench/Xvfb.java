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

    static Xvfb start() throws IOException, InterruptedException {
        String display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
        Process process = new ProcessBuilder(
                        "/usr/bin/Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread.sleep(1500);
        if (!process.isAlive()) {
            throw new IllegalStateException("Xvfb did not start on " + display);
        }
        return new Xvfb(process, display);
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
