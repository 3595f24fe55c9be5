package fr.ptce.workbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.ui.fx.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("fr/ptce/workbench/test-prefs-" + System.nanoTime());

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void recentWorkspacesAreTheLastEightTheLatestFirstWithoutRepeats() {
        UiPreferences preferences = new UiPreferences(node);
        for (int i = 1; i <= 10; i++) {
            preferences.rememberWorkspace(Path.of("/espaces/w" + i));
        }
        preferences.rememberWorkspace(Path.of("/espaces/w5"));
        List<Path> recent = preferences.recentWorkspaces();
        assertEquals(UiPreferences.RECENT_COUNT, recent.size());
        assertEquals(Path.of("/espaces/w5"), recent.get(0));
        assertEquals(Path.of("/espaces/w10"), recent.get(1));
        assertEquals(1, recent.stream().filter(Path.of("/espaces/w5")::equals).count());
        assertEquals(Path.of("/espaces/w5"), preferences.lastWorkspace().orElseThrow());

        preferences.forgetWorkspace(Path.of("/espaces/w10"));
        assertEquals(Path.of("/espaces/w9"), preferences.recentWorkspaces().get(1));
    }

    @Test
    void aSharedWorkspaceIsRecentByItsAddressWithItsTlsModeAndNeverBecomesTheFolderToReopen() throws Exception {
        UiPreferences preferences = new UiPreferences(node);
        preferences.rememberWorkspace(Path.of("/espaces/bretagne"));
        preferences.rememberShared(
                PostgresAddress.parse("postgresql://maelle@pg.example.fr:5433/ptce?sslmode=verify-full"));

        assertEquals(
                List.of("postgresql://maelle@pg.example.fr:5433/ptce?sslmode=verify-full", "/espaces/bretagne"),
                preferences.recentEntries());
        assertEquals(List.of(Path.of("/espaces/bretagne")), preferences.recentWorkspaces(), "folders only");
        assertEquals(Path.of("/espaces/bretagne"), preferences.lastWorkspace().orElseThrow());
        String stored = String.join(" ", node.keys()) + " " + node.get("recentWorkspaces", "");
        assertFalse(stored.contains("password") || stored.contains(":secret"), stored);
    }

    @Test
    void theLanguageIsFrenchUntilChosen() {
        UiPreferences preferences = new UiPreferences(node);
        assertEquals(Locale.FRENCH, preferences.locale());
        preferences.setLocale(Locale.ENGLISH);
        assertEquals("en", new UiPreferences(node).locale().getLanguage());
    }

    @Test
    void theThemeIsLightUntilTheDarkOneIsChosen() {
        UiPreferences preferences = new UiPreferences(node);
        assertEquals(Theme.LIGHT, preferences.theme());
        preferences.setTheme(Theme.DARK);
        assertEquals(Theme.DARK, new UiPreferences(node).theme());
        preferences.setTheme(Theme.LIGHT);
        assertEquals(Theme.LIGHT, new UiPreferences(node).theme());
        assertEquals(Theme.LIGHT, Theme.named("anything else"));
    }
}
