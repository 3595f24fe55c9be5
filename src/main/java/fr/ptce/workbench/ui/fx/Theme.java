package fr.ptce.workbench.ui.fx;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's look: an AtlantaFX theme for every control (Primer light by default, Primer dark on request) under
 * the workbench's own stylesheet (badges, accent, focus rings, spacing; {@code workbench-dark.css} on top of it
 * for the dark theme). Applied to the whole application at once: every window and dialog open now or later.
 */
public enum Theme {
    LIGHT,
    DARK;

    /** The workbench's own stylesheet, on every window. */
    static final String STYLESHEET = "/fr/ptce/workbench/ui/workbench.css";
    /** Its colours for a dark background, on every window under the dark theme. */
    public static final String DARK_STYLESHEET = "/fr/ptce/workbench/ui/workbench-dark.css";

    private static Theme current;
    private static final ListChangeListener<Window> NEW_WINDOWS = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(Theme::follow);
        }
    };

    /** The theme of this name ("light", "dark"), light for anything else. */
    public static Theme named(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }

    /** The name kept in the preferences. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The AtlantaFX user-agent stylesheet of this theme. */
    String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** The theme applied, if any (none: JavaFX's Modena, as in the window tests). */
    static java.util.Optional<Theme> current() {
        return java.util.Optional.ofNullable(current);
    }

    /** Applies the theme to the whole application, on the JavaFX thread: the windows open now and those to come. */
    public static void apply(Theme theme) {
        if (current == null) {
            Window.getWindows().addListener(NEW_WINDOWS);
            Window.getWindows().forEach(Theme::follow);
        }
        current = Objects.requireNonNull(theme);
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        Window.getWindows().forEach(w -> {
            if (w.getScene() != null) {
                style(w.getScene());
            }
        });
    }

    /** Back to JavaFX's own look, the stylesheets left on the scenes (for the tests that try a theme). */
    public static void reset() {
        Window.getWindows().removeListener(NEW_WINDOWS);
        Window.getWindows().forEach(w -> {
            if (w.getScene() != null) {
                w.getScene().getStylesheets().remove(url(DARK_STYLESHEET));
            }
        });
        current = null;
        Application.setUserAgentStylesheet(null);
    }

    private static void follow(Window window) {
        if (window instanceof Stage) {
            if (window.getScene() != null) {
                style(window.getScene());
            }
            window.sceneProperty().addListener((o, old, scene) -> {
                if (scene != null && current != null) {
                    style(scene);
                }
            });
        }
    }

    /** Gives a scene the workbench's stylesheet, and the dark one only under the dark theme. */
    public static void style(Scene scene) {
        List<String> sheets = scene.getStylesheets();
        String own = url(STYLESHEET);
        String dark = url(DARK_STYLESHEET);
        if (!sheets.contains(own)) {
            sheets.add(own);
        }
        if (current == DARK && !sheets.contains(dark)) {
            sheets.add(dark);
        } else if (current != DARK) {
            sheets.remove(dark);
        }
    }

    public static String url(String stylesheet) {
        return Objects.requireNonNull(Theme.class.getResource(stylesheet), stylesheet)
                .toExternalForm();
    }
}
