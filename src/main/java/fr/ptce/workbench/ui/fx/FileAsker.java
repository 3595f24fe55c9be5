package fr.ptce.workbench.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * Asks the user for a file or a folder: the system's choosers in the window, a fixed answer in a test (the system's
 * choosers cannot be driven on a headless screen). Empty when the user cancels.
 */
public interface FileAsker {

    /**
     * A file to write, proposed under {@code initialName}, of the type {@code filter} ({@code pattern}: *.xlsx, or
     * several separated by semicolons: *.xlsx;*.csv).
     */
    Optional<Path> save(String title, String initialName, String filter, String pattern);

    /** An existing file to read, of the type {@code filter}. */
    Optional<Path> open(String title, String filter, String pattern);

    /** A folder. */
    Optional<Path> folder(String title);

    /** The system's choosers, owned by this window. */
    static FileAsker system(Stage owner) {
        return new FileAsker() {
            @Override
            public Optional<Path> save(String title, String initialName, String filter, String pattern) {
                FileChooser chooser = chooser(title, filter, pattern);
                chooser.setInitialFileName(initialName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(String title, String filter, String pattern) {
                return Optional.ofNullable(chooser(title, filter, pattern).showOpenDialog(owner))
                        .map(File::toPath);
            }

            @Override
            public Optional<Path> folder(String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                // GTK's chooser otherwise opens on « Recent », where « Open » stays disabled until one navigates
                File home = new File(System.getProperty("user.home"));
                if (home.isDirectory()) {
                    chooser.setInitialDirectory(home);
                }
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, String filter, String pattern) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, pattern.split(";")));
                return chooser;
            }
        };
    }
}
