package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The X display of the real-toolkit tests (JUnit tag {@code gtk}, run by failsafe with {@code -Dglass.platform=gtk}):
 * failsafe sets {@code DISPLAY} to {@code ${gtk.display}} for its JVM; before the first test touches JavaFX, this
 * extension starts Xvfb there (unless an X server already listens on it) and the openbox window manager, so that
 * windows get focus and decorations as on a desktop. openbox is stopped when the JVM ends, and Xvfb then ends with its
 * last client. Missing Xvfb or openbox
 * fails the test, naming the tool and its Debian package ({@link ExternalTools}).
 */
public final class RealDisplay implements BeforeAllCallback {

    private static final List<Process> STARTED = new ArrayList<>();
    private static String display;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        display();
    }

    /** The display, Xvfb and openbox running on it. */
    public static synchronized String display() throws IOException, InterruptedException {
        if (display != null) {
            return display;
        }
        Path xvfb = ExternalTools.require("Xvfb", "xvfb");
        Path openbox = ExternalTools.require("openbox", "openbox");
        String wanted = System.getenv("DISPLAY");
        if (wanted == null || !wanted.matches(":\\d+")) {
            fail("DISPLAY is « " + wanted + " »: the gtk tests run in failsafe, which sets it to ${gtk.display}"
                    + " (./mvnw verify, or -Dgtk.display=:N)");
        }
        Path socket = Path.of("/tmp/.X11-unix/X" + wanted.substring(1));
        if (!Files.exists(socket)) {
            // -terminate: the server ends by itself once its last client (this JVM's toolkit) is gone. Killing it
            // from this JVM would make GTK exit the JVM with status 1 on the lost connection, and fail the fork
            Process server = new ProcessBuilder(
                            xvfb.toString(), wanted, "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-terminate")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            for (int i = 0; i < 100 && !Files.exists(socket) && server.isAlive(); i++) {
                Thread.sleep(100);
            }
            if (!server.isAlive() || !Files.exists(socket)) {
                fail("Xvfb did not start on " + wanted + " (exit " + (server.isAlive() ? "none" : server.exitValue())
                        + "): choose another display with -Dgtk.display=:N");
            }
            // openbox manages the windows: focus, decorations, dialogs above their owner
            ProcessBuilder manager = new ProcessBuilder(openbox.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            manager.environment().put("DISPLAY", wanted);
            started(manager.start());
            Thread.sleep(500);
        }
        display = wanted;
        return display;
    }

    /** A real-toolkit test's steps, which may throw. */
    public interface Steps {
        void run() throws Exception;
    }

    /** Runs a test's steps; a failure carries the path of a screenshot of the display taken as it failed. */
    public static void screenshotOnFailure(String name, Steps steps) {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            throw new AssertionError("screenshot " + screenshot(name), e);
        }
    }

    /** A screenshot of the display into target/failsafe-reports/NAME.png (ImageMagick's import, when installed). */
    public static String screenshot(String name) {
        Path importer = ExternalTools.find("import");
        if (importer == null || display == null) {
            return "(no screenshot: ImageMagick's import is not installed)";
        }
        Path shot = Path.of("target", "failsafe-reports", name + ".png").toAbsolutePath();
        try {
            Files.createDirectories(shot.getParent());
            ProcessBuilder builder = new ProcessBuilder(importer.toString(), "-window", "root", shot.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DISPLAY", display);
            builder.start().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            return shot.toString();
        } catch (IOException e) {
            return "(no screenshot: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no screenshot: interrupted)";
        }
    }

    private static void started(Process process) {
        if (STARTED.isEmpty()) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> STARTED.forEach(Process::destroy), "RealDisplay-stop"));
        }
        STARTED.add(process);
    }
}
