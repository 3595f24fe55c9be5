package fr.ptce.workbench.application;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Where the workbench keeps its workspaces by default: the user-data folder of the operating system. */
public final class WorkspaceLocations {

    private static final String APP_FOLDER = "AtelierPTCE";

    private WorkspaceLocations() {}

    /** The application's data folder: {@code %APPDATA%}, {@code ~/Library/Application Support} or XDG. */
    public static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            return env("APPDATA")
                    .map(Path::of)
                    .orElse(home.resolve("AppData").resolve("Roaming"))
                    .resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        return env("XDG_DATA_HOME")
                .map(Path::of)
                .orElse(home.resolve(".local").resolve("share"))
                .resolve("ptce-workbench");
    }

    /** The default workspace. */
    public static Path defaultWorkspace() {
        return dataFolder().resolve("espace-de-travail");
    }

    /** The demo workspace, filled from the bundled sample exports. */
    public static Path demoWorkspace() {
        return dataFolder().resolve("demo");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
