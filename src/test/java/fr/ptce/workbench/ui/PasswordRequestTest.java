package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening an encrypted workspace in the window asks for its password, again when refused, never as an error. */
class PasswordRequestTest {

    private static final String PASSWORD = "correct-cheval-batterie";

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final MainViewModel viewModel = new MainViewModel(runner, Messages.load(Locale.FRENCH), state);

    @TempDir
    Path temp;

    private Path folder;

    @BeforeEach
    void encryptedWorkspace() {
        folder = temp.resolve("chiffré");
        Workspace.open(folder, PASSWORD.toCharArray()).close();
        assertTrue(Workspace.isEncrypted(folder));
    }

    @AfterEach
    void close() {
        state.current().ifPresent(Workspace::close);
    }

    @Test
    void theRightPasswordOpensTheWorkspace() {
        viewModel.openFolder(folder);

        WorkspaceOpening.PasswordRequest request =
                viewModel.passwordRequestProperty().get();
        assertEquals(
                ListPlaceholder.Kind.LOADING,
                ListPlaceholder.kindOf(viewModel),
                "the list says « Chargement… » while the password is asked, not « Importez… »");
        assertEquals(folder, request.folder());
        assertFalse(request.refused());
        assertEquals(List.of(), runner.failures());
        assertTrue(state.current().isEmpty());
        assertEquals(
                "Mot de passe demandé pour l'espace «\u00a0chiffré\u00a0»",
                viewModel.statusBinding().get());

        char[] typed = PASSWORD.toCharArray();
        viewModel.opening().givePassword(typed);

        assertNull(viewModel.passwordRequestProperty().get());
        assertEquals(folder, state.current().orElseThrow().folder().orElseThrow());
        assertEquals(
                PASSWORD.length(), new String(typed).chars().filter(c -> c == 0).count(), "password wiped");
    }

    @Test
    void aWrongPasswordAsksAgainSayingSo() {
        viewModel.openFolder(folder);
        viewModel.opening().givePassword("mauvais-mot-de-passe".toCharArray());

        WorkspaceOpening.PasswordRequest again =
                viewModel.passwordRequestProperty().get();
        assertEquals(folder, again.folder());
        assertTrue(again.refused());
        assertEquals(List.of(), runner.failures());
        assertTrue(state.current().isEmpty());

        viewModel.opening().givePassword(PASSWORD.toCharArray());
        assertTrue(state.current().isPresent());
    }

    @Test
    void cancellingLeavesNoWorkspaceOpen() {
        viewModel.openFolder(folder);
        viewModel.opening().cancelPassword();

        assertNull(viewModel.passwordRequestProperty().get());
        assertTrue(state.current().isEmpty());
        assertEquals(
                "Aucun espace de travail ouvert\u00a0: Fichier > Ouvrir un espace de travail…",
                viewModel.statusBinding().get());
    }
}
