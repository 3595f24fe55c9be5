package fr.ptce.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Réglages: the region from the list of regions, the workspace encrypted and its password changed. */
class EncryptionViewModelTest {

    private final Preferences node =
            Preferences.userRoot().node("fr/ptce/workbench/test-encryption-" + System.nanoTime());
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final Messages messages = Messages.load(Locale.FRENCH);
    private final MainViewModel main = new MainViewModel(runner, messages, new WorkspaceState());
    private final SettingsViewModel settings =
            new SettingsViewModel(runner, main.workspaceState(), new UiPreferences(node), messages, main::useWorkspace);
    private final EncryptionViewModel encryption = settings.encryption();

    @TempDir
    Path folder;

    @BeforeEach
    void openAWorkspaceFolder() throws Exception {
        try (Workspace filled = Workspace.open(folder)) {
            filled.importDossiers().fromFile(MainViewModelTest.sample(), ColumnMapping.NONE, Progress.NONE);
        }
        main.openFolder(folder);
        settings.load();
    }

    @AfterEach
    void close() throws Exception {
        main.workspaceState().current().ifPresent(Workspace::close);
        node.removeNode();
    }

    private void type(String current, String next, String repeated) {
        encryption.currentProperty().set(current);
        encryption.nextProperty().set(next);
        encryption.repeatedProperty().set(repeated);
    }

    @Test
    void twoDifferentNewPasswordsAreRefusedInFrenchTheStoreUnchanged() {
        Workspace before = main.workspaceState().current().orElseThrow();
        type("", "premier-mot", "premier-mit");
        encryption.apply();

        assertEquals(
                "Les deux saisies du nouveau mot de passe diffèrent\u00a0: rien n'a été modifié.",
                encryption.errorProperty().get());
        assertFalse(encryption.doneProperty().get());
        assertFalse(Workspace.isEncrypted(folder));
        assertSame(before, main.workspaceState().current().orElseThrow(), "the workspace was not closed");
        assertEquals(List.of(), runner.failures());
    }

    @Test
    void theWorkspaceIsEncryptedThenItsPasswordChangedAndTheWindowKeepsWorking() {
        assertTrue(encryption.availableProperty().get());
        assertFalse(encryption.encryptedProperty().get());
        Workspace before = main.workspaceState().current().orElseThrow();
        type("", "premier-mot", "premier-mot");
        encryption.apply();

        assertEquals(List.of(), runner.failures());
        assertEquals("", encryption.errorProperty().get());
        assertTrue(encryption.doneProperty().get());
        assertTrue(encryption.encryptedProperty().get());
        assertTrue(Workspace.isEncrypted(folder));
        Workspace reopened = main.workspaceState().current().orElseThrow();
        assertNotSame(before, reopened);
        assertEquals(12, main.dossiers().size(), "the list is read again from the re-encrypted workspace");

        settings.load();
        assertTrue(encryption.encryptedProperty().get());
        type("pas-le-bon", "second-mot", "second-mot");
        encryption.apply();
        assertEquals(
                "Mot de passe actuel incorrect\u00a0: rien n'a été modifié.",
                encryption.errorProperty().get());
        assertSame(reopened, main.workspaceState().current().orElseThrow());
        assertTrue(reopened.passwordMatches("premier-mot".toCharArray()));

        type("premier-mot", "second-mot", "second-mot");
        encryption.apply();
        assertTrue(encryption.doneProperty().get());
        assertEquals(
                "Mot de passe changé. L'ancien n'ouvre plus l'espace de travail.",
                encryption.outcomeProperty().get());
        assertTrue(main.workspaceState().current().orElseThrow().passwordMatches("second-mot".toCharArray()));
    }

    @Test
    void theRegionIsChosenFromTheEighteenRegions() {
        assertEquals(19, settings.regions().size());
        assertEquals("", settings.regions().get(0));
        assertTrue(settings.regions()
                .containsAll(List.of(
                        "Auvergne-Rhône-Alpes",
                        "Grand Est",
                        "Mayotte",
                        "Provence-Alpes-Côte d'Azur",
                        "Île-de-France",
                        "Corse",
                        "Guyane")));
        assertEquals("Auvergne-Rhône-Alpes", settings.regions().get(1));
        assertTrue(
                settings.regions().indexOf("Île-de-France") < settings.regions().indexOf("La Réunion"),
                "French order: Î sorts with I");
    }
}
