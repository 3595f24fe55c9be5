package fr.ptce.workbench.ui;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The benchmark's window probe (P6, P8, P9), started in a fresh JVM under Xvfb: {@code hello} shows a
 * JavaFX hello-world window, {@code app [N] args…} starts the workbench itself. It prints {@code SHOWN} as soon as
 * a window is showing, then, for the workbench, {@code LISTED} once the dossier list holds N dossiers,
 * {@code INDEXED} once the background work (the search index) is over, {@code READY} after a collection and a
 * second's rest (for the hello window, right away), and waits to be ended by the benchmark.
 * In the ui package, the only one allowed JavaFX; writes through a PrintStream it opens, not System.out.
 */
public final class BenchWindow {

    private static final PrintStream OUT =
            new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

    private BenchWindow() {}

    public static void main(String[] args) {
        boolean hello = args[0].equals("hello");
        int expected = hello ? 0 : Integer.parseInt(args[1]);
        Thread watcher = new Thread(() -> watch(expected), "bench-watcher");
        watcher.setDaemon(true);
        watcher.start();
        if (hello) {
            Application.launch(Hello.class);
        } else {
            WorkbenchApp.start(Arrays.copyOfRange(args, 2, args.length));
        }
    }

    private static void watch(int expected) {
        waitFor(() -> Window.getWindows().stream().anyMatch(Window::isShowing));
        OUT.println("SHOWN");
        if (expected > 0) {
            // listed, then the background work (the search index) over: the status bar's progress bar hidden
            waitFor(() -> Window.getWindows().stream()
                    .map(Window::getScene)
                    .filter(s -> s != null)
                    .anyMatch(s -> listed(s, expected)));
            OUT.println("LISTED");
            waitFor(() -> Window.getWindows().stream()
                    .map(Window::getScene)
                    .filter(s -> s != null)
                    .anyMatch(s -> listed(s, expected) && !busy(s)));
            OUT.println("INDEXED");
            pause(500);
        }
        System.gc();
        pause(1000);
        OUT.println("READY");
    }

    private static boolean listed(Scene scene, int expected) {
        return scene.lookup("#dossierTable") instanceof TableView<?> table
                && table.getItems().size() == expected;
    }

    private static boolean busy(Scene scene) {
        Node progress = scene.lookup("#progressBar");
        return progress == null || progress.isVisible();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        while (true) {
            boolean[] met = {false};
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    met[0] = condition.getAsBoolean();
                    done.countDown();
                });
                done.await();
            } catch (IllegalStateException notStarted) {
                // the toolkit is not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (met[0]) {
                return;
            }
            pause(5);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The hello-world baseline: one label in one window, as large as the workbench's main window (the software
     * pipeline's frame buffers grow with the window, and they are the platform's cost, not the workbench's).
     */
    public static final class Hello extends Application {
        @Override
        public void start(Stage stage) {
            javafx.geometry.Rectangle2D screen =
                    javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setScene(
                    new Scene(new Label("Bonjour"), MainWindow.initialWidth(screen), MainWindow.initialHeight(screen)));
            stage.setTitle("Hello");
            stage.show();
        }
    }
}
