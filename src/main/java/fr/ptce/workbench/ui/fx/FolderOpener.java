package fr.ptce.workbench.ui.fx;

import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * Shows a folder in the system's file manager, or a file (the user's guide) in its application, when the system lets
 * the application do it.
 */
public interface FolderOpener {

    /** No file manager to open (a test, or no application services): the window offers no « Ouvrir le dossier ». */
    FolderOpener NONE = new FolderOpener() {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public void open(Path folder) {
            // nothing to open with
        }
    };

    /** Whether {@link #open} can show a folder. */
    boolean supported();

    /** Shows the folder in the file manager. */
    void open(Path folder);

    /**
     * Opens a file (the guide's page) with the system's handler, running {@code failed} on the FX thread when the
     * system says nothing could open it. Without such an answer, as {@link #open(Path)}.
     */
    default void open(Path file, Runnable failed) {
        open(file);
    }

    /** The application's services: the system's handler of a file URI (xdg-open, Explorer, Finder). */
    static FolderOpener of(HostServices services) {
        return new FolderOpener() {
            @Override
            public boolean supported() {
                return true;
            }

            @Override
            public void open(Path folder) {
                services.showDocument(folder.toUri().toString());
            }

            /** On Linux, xdg-open says when no application can open the file (exit code 3 or 4): others do. */
            @Override
            public void open(Path file, Runnable failed) {
                if (!System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("linux")) {
                    open(file);
                    return;
                }
                Thread opener = new Thread(
                        () -> {
                            try {
                                Process process = new ProcessBuilder(
                                                "xdg-open", file.toUri().toString())
                                        .redirectErrorStream(true)
                                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                        .start();
                                // a browser started by xdg-open may keep it waiting: still running means it opened
                                if (process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)
                                        && process.exitValue() != 0) {
                                    javafx.application.Platform.runLater(failed);
                                }
                            } catch (java.io.IOException e) {
                                javafx.application.Platform.runLater(failed);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "open-document");
                opener.setDaemon(true);
                opener.start();
            }
        };
    }
}
