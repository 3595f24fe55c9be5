package fr.ptce.workbench.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A child JVM on the test classpath whose output lines are collected as they come, and that can be SIGKILLed. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> errorLines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final Thread errorReader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(() -> read(process.getInputStream(), lines), "child-output");
        reader.setDaemon(true);
        reader.start();
        this.errorReader = new Thread(() -> read(process.getErrorStream(), errorLines), "child-errors");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** Starts a JVM with these arguments (options, main class, its arguments), its standard error kept apart. */
    static ChildJvm startWithStderr(String heap, List<String> javaArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(javaArgs);
        return new ChildJvm(new ProcessBuilder(command).start());
    }

    /** What the process wrote on its standard error (only when started by {@link #startWithStderr}). */
    List<String> errorLines() {
        return List.copyOf(errorLines);
    }

    /** Starts {@code mainClass} with the arguments, under the given heap. */
    static ChildJvm start(String heap, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(
                new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private static void read(java.io.InputStream stream, List<String> into) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                into.add(line);
            }
        } catch (IOException e) {
            // the process was killed: the lines read so far are what it printed completely
        }
    }

    /** Waits until a line equal to {@code wanted} is printed, or the process ends, or the timeout passes. */
    boolean awaitLine(String wanted, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (lines.contains(wanted)) {
                return true;
            }
            if (!process.isAlive() && !reader.isAlive()) {
                return lines.contains(wanted);
            }
            Thread.sleep(10);
        }
        return false;
    }

    /**
     * SIGKILL on Linux, then waits for the end of the output. Through the process handle: {@link
     * Process#destroyForcibly()} also closes the pipes, dropping what the process printed but was not read yet.
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
        reader.join(5_000);
    }

    /** Waits for the process to end by itself; its exit status. */
    int waitFor(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("child did not finish in time:\n" + String.join("\n", lines));
        }
        reader.join(5_000);
        errorReader.join(5_000);
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
