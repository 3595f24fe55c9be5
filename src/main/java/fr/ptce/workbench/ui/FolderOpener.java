package fr.ptce.workbench.ui;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Shows a folder in the system's file manager, when the system lets the application do it. */
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
        };
    }
}
