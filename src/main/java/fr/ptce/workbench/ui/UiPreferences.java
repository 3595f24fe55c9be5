package fr.ptce.workbench.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/** What the window remembers between sessions on this computer: the last workspace and the language. */
public final class UiPreferences {

    private static final String LAST_WORKSPACE = "lastWorkspace";
    private static final String LANGUAGE = "language";
    private static final String DEFAULT_LANGUAGE = "fr";

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The current user's preferences of the workbench. */
    public static UiPreferences user() {
        return new UiPreferences(Preferences.userNodeForPackage(UiPreferences.class));
    }

    /** The folder of the workspace used last, if any. */
    public Optional<Path> lastWorkspace() {
        return Optional.ofNullable(node.get(LAST_WORKSPACE, null)).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void rememberWorkspace(Path folder) {
        node.put(LAST_WORKSPACE, folder.toAbsolutePath().toString());
    }

    /** The language of the window: French unless the user chose another, whatever the system's language. */
    public Locale locale() {
        return Locale.forLanguageTag(node.get(LANGUAGE, DEFAULT_LANGUAGE));
    }
}
