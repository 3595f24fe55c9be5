package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypting an open workspace and changing its password, as the window's Réglages do. */
class WorkspacePasswordTest {

    @TempDir
    Path folder;

    @Test
    void anOpenWorkspaceIsEncryptedThenItsPasswordChangedAndOnlyTheNewOneOpensIt() {
        Workspace plain = Workspace.open(folder.resolve("w"));
        Path w = folder.resolve("w");
        plain.importDossiers()
                .fromFile(SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder), ColumnMapping.NONE, Progress.NONE);

        InvalidInputException mismatch = assertThrows(
                InvalidInputException.class,
                () -> WorkspacePassword.check(plain, null, "premier-mot".toCharArray(), "premier-mit".toCharArray()));
        assertEquals(
                "Les deux saisies du nouveau mot de passe diffèrent\u00a0: rien n'a été modifié.",
                mismatch.getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> WorkspacePassword.check(plain, null, "court".toCharArray(), "court".toCharArray()));
        assertEquals(12, plain.listDossiers().all().size(), "refused before anything was closed");

        WorkspacePassword.check(plain, null, "premier-mot".toCharArray(), "premier-mot".toCharArray());
        WorkspacePassword.Outcome encrypted = WorkspacePassword.change(plain, null, "premier-mot".toCharArray());
        assertNull(encrypted.failure());
        assertTrue(Workspace.isEncrypted(w));
        assertEquals(12, encrypted.workspace().listDossiers().all().size());
        assertTrue(encrypted.workspace().passwordMatches("premier-mot".toCharArray()));

        // a wrong current password is refused while the workspace stays open and usable
        InvalidInputException wrong = assertThrows(
                InvalidInputException.class,
                () -> WorkspacePassword.check(
                        encrypted.workspace(),
                        "pas-le-bon".toCharArray(),
                        "second-mot".toCharArray(),
                        "second-mot".toCharArray()));
        assertEquals("Mot de passe actuel incorrect\u00a0: rien n'a été modifié.", wrong.getMessage());
        assertEquals(12, encrypted.workspace().listDossiers().all().size());

        WorkspacePassword.check(
                encrypted.workspace(),
                "premier-mot".toCharArray(),
                "second-mot".toCharArray(),
                "second-mot".toCharArray());
        WorkspacePassword.Outcome changed = WorkspacePassword.change(
                encrypted.workspace(), "premier-mot".toCharArray(), "second-mot".toCharArray());
        assertNull(changed.failure());
        changed.workspace().close();

        WorkspaceAccessException old =
                assertThrows(WorkspaceAccessException.class, () -> Workspace.open(w, "premier-mot".toCharArray()));
        assertEquals(WorkspaceAccessException.Reason.PASSWORD_REFUSED, old.reason());
        assertEquals(
                WorkspaceAccessException.Reason.PASSWORD_REQUIRED,
                assertThrows(WorkspaceAccessException.class, () -> Workspace.open(w))
                        .reason());
        try (Workspace reopened = Workspace.open(w, "second-mot".toCharArray())) {
            assertEquals(12, reopened.listDossiers().all().size());
            assertFalse(reopened.passwordMatches("premier-mot".toCharArray()));
        }
    }

    @Test
    void anInMemoryWorkspaceCannotBeEncrypted() {
        try (Workspace memory = Workspace.inMemory(java.time.Clock.systemUTC())) {
            assertThrows(
                    InvalidInputException.class,
                    () -> WorkspacePassword.check(
                            memory, null, "premier-mot".toCharArray(), "premier-mot".toCharArray()));
        }
    }
}
