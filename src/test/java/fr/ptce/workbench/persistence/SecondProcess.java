package fr.ptce.workbench.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link WorkspaceHolder} in another JVM on the test classpath and waits until it holds the workspace. */
final class SecondProcess implements AutoCloseable {

    private final Process process;

    private SecondProcess(Process process) {
        this.process = process;
    }

    static SecondProcess holding(Path workspace, Path scratch, String... dossierToSave) throws Exception {
        Path ready = scratch.resolve("ready");
        Path log = scratch.resolve("holder.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                WorkspaceHolder.class.getName(),
                workspace.toString(),
                ready.toString()));
        command.addAll(List.of(dossierToSave));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!Files.exists(ready)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                fail("The second process did not open the workspace:\n" + readQuietly(log));
            }
            Thread.sleep(50);
        }
        return new SecondProcess(process);
    }

    /** Kills the process at once, as a crash or the task manager would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Asks the process to close the workspace and exit, killing it if it does not. */
    @Override
    public void close() throws Exception {
        if (!process.isAlive()) {
            return;
        }
        process.getOutputStream().close();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no output)";
        } catch (IOException e) {
            return "(unreadable output: " + e.getMessage() + ")";
        }
    }
}
