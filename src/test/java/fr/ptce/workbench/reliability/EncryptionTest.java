package fr.ptce.workbench.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.WorkspaceAccessException;
import fr.ptce.workbench.cli.CommandLineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: no plaintext of a dossier on disk, wrong password refused harmlessly, password changed. */
class EncryptionTest {

    private static final char[] PASSWORD = "correct cheval pile agrafe".toCharArray();

    @TempDir
    Path dir;

    private Path passwordFile(String name, String password) throws IOException {
        return Files.writeString(dir.resolve(name), password + "\n");
    }

    private Set<String> personalDataOfTheSample() {
        Path sample = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, dir);
        CommandLineRun.of("import", "--workspace", dir.resolve("plain").toString(), sample.toString())
                .ok();
        try (Workspace plain = Workspace.open(dir.resolve("plain"))) {
            return PersonalData.of(plain);
        }
    }

    @Test
    void anEncryptedWorkspacesFilesHoldNoProjectNameEmailOrPhoneOfItsDossiers() throws IOException {
        Set<String> personal = personalDataOfTheSample();
        // the control: a plain workspace does show them, so the grep below can fail
        assertFalse(PersonalData.foundIn(dir.resolve("plain"), personal).isEmpty());
        Path sample = dir.resolve(SampleFiles.OCTOBER_2021_XLSX);
        Path encrypted = dir.resolve("chiffre");

        CommandLineRun.of(
                        "import",
                        "--workspace",
                        encrypted.toString(),
                        "--password-file",
                        passwordFile("pw", new String(PASSWORD)).toString(),
                        sample.toString())
                .ok();
        CommandLineRun.of(
                        "score",
                        "--workspace",
                        encrypted.toString(),
                        "--password-file",
                        dir.resolve("pw").toString(),
                        "--dossier",
                        firstNumber(encrypted),
                        "V1=4",
                        "--reviewer",
                        "Maëlle Kerjean")
                .ok();

        assertTrue(Workspace.isEncrypted(encrypted));
        try (Workspace open = Workspace.open(encrypted, PASSWORD)) {
            assertEquals(personal, PersonalData.of(open));
        }
        List<String> found = PersonalData.foundIn(encrypted, personal);
        assertTrue(found.isEmpty(), "plaintext on disk: " + found);
        System.out.println("EncryptionTest: " + personal.size() + " personal values, none found in "
                + Files.list(encrypted).toList());
    }

    private String firstNumber(Path encrypted) {
        try (Workspace open = Workspace.open(encrypted, PASSWORD)) {
            return open.listDossiers().all().get(0).number();
        }
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedInFrenchAndLeavesTheFileUntouched() throws IOException {
        Path workspace = dir.resolve("w");
        String digest;
        try (Workspace created = Workspace.open(workspace, PASSWORD)) {
            created.workspaceUser();
            digest = created.contentDigest();
        }
        byte[] before = Files.readAllBytes(workspace.resolve("workspace.mv.db"));

        CommandLineRun wrong = CommandLineRun.of(
                "dossiers",
                "--workspace",
                workspace.toString(),
                "--password-file",
                passwordFile("faux", "pas le bon mot").toString());
        CommandLineRun missing = CommandLineRun.of("dossiers", "--workspace", workspace.toString());

        assertEquals(1, wrong.status());
        assertTrue(wrong.err().contains("Mot de passe incorrect pour l'espace de travail"), wrong.err());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("est chiffré\u00a0: indiquez son mot de passe"), missing.err());
        assertArrayEquals(before, Files.readAllBytes(workspace.resolve("workspace.mv.db")));
        try (Workspace reopened = Workspace.open(workspace, PASSWORD)) {
            assertEquals(digest, reopened.contentDigest());
        }
    }

    @Test
    void aPlainWorkspaceIsEncryptedThenItsPasswordChangedWithItsContentKept() throws IOException {
        Set<String> personal = personalDataOfTheSample();
        Path workspace = dir.resolve("plain");
        String digest;
        try (Workspace plain = Workspace.open(workspace)) {
            digest = plain.contentDigest();
        }

        CommandLineRun.of(
                        "password",
                        "--workspace",
                        workspace.toString(),
                        "--new-password-file",
                        passwordFile("one", "premier-mot-de-passe").toString())
                .ok();
        assertTrue(Workspace.isEncrypted(workspace));
        assertTrue(PersonalData.foundIn(workspace, personal).isEmpty());
        CommandLineRun.of(
                        "password",
                        "--workspace",
                        workspace.toString(),
                        "--password-file",
                        dir.resolve("one").toString(),
                        "--new-password-file",
                        passwordFile("two", "second-mot-de-passe").toString())
                .ok();

        WorkspaceAccessException old = assertThrows(
                WorkspaceAccessException.class, () -> Workspace.open(workspace, "premier-mot-de-passe".toCharArray()));
        assertEquals(WorkspaceAccessException.Reason.PASSWORD_REFUSED, old.reason());
        try (Workspace reopened = Workspace.open(workspace, "second-mot-de-passe".toCharArray())) {
            assertEquals(digest, reopened.contentDigest());
        }
        CommandLineRun tooShort = CommandLineRun.of(
                "password",
                "--workspace",
                workspace.toString(),
                "--password-file",
                dir.resolve("two").toString(),
                "--new-password-file",
                passwordFile("short", "court").toString());
        assertEquals(1, tooShort.status());
        assertTrue(tooShort.err().contains("au moins 8 caractères"), tooShort.err());
    }
}
