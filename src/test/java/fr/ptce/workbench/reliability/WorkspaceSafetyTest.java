package fr.ptce.workbench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.CommandLineRun;
import fr.ptce.workbench.cli.common.ExitStatus;
import fr.ptce.workbench.persistence.WorkspaceHolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process per workspace, online backup and restore, campaign purge, and no personal data in the logs. */
class WorkspaceSafetyTest {

    private static final String CLI = "fr.ptce.workbench.Main";

    @TempDir
    Path dir;

    private Path workspaceWithSample() {
        Path workspace = dir.resolve("espace");
        Path sample = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, dir);
        CommandLineRun.of("import", "--workspace", workspace.toString(), sample.toString())
                .ok();
        return workspace;
    }

    @Test
    void theCommandLineOnAWorkspaceOpenInAnotherProcessExitsWithCode3AndTheDocumentedMessage() throws Exception {
        Path workspace = workspaceWithSample();
        String digest;
        try (Workspace open = Workspace.open(workspace)) {
            digest = open.contentDigest();
        }
        Path ready = dir.resolve("ready");
        try (ChildJvm holder =
                ChildJvm.start("-Xmx128m", WorkspaceHolder.class, workspace.toString(), ready.toString())) {
            for (int i = 0; i < 1200 && !Files.exists(ready); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(ready), () -> "holder did not open: " + holder.lines());
            try (ChildJvm second = ChildJvm.start(
                    "-Xmx128m",
                    Class.forName(CLI),
                    "score",
                    "--workspace",
                    workspace.toString(),
                    "--dossier",
                    "4847721",
                    "V1=4")) {
                int status = second.waitFor(120_000);
                String output = String.join("\n", second.lines());
                assertEquals(ExitStatus.WORKSPACE_IN_USE, status, output);
                assertTrue(
                        output.contains("L'espace de travail «\u00a0" + workspace.toRealPath()
                                + "\u00a0» est déjà ouvert par une autre instance de l'Atelier PTCE."
                                + " Fermez-la puis réessayez."),
                        output);
            }
        }
        try (Workspace reopened = Workspace.open(workspace)) {
            assertEquals(digest, reopened.contentDigest());
        }
    }

    @Test
    void anOnlineBackupRestoresToTheSameContent() throws Exception {
        Path workspace = workspaceWithSample();
        CommandLineRun.correspondent(workspace.toString(), "Bretagne");
        CommandLineRun.of(
                        "score",
                        "--workspace",
                        workspace.toString(),
                        "--dossier",
                        "4847721",
                        "V1=4",
                        "--comment",
                        "V1=Équipe solide")
                .ok();
        Path backup = dir.resolve("sauvegarde.zip");
        String digest;
        try (Workspace open = Workspace.open(workspace)) {
            digest = open.contentDigest();
            open.backup(backup); // online: the workspace stays open
            open.scoreDossier().setScore("4847721", "V2", java.math.BigDecimal.ONE);
        }
        CommandLineRun restored = CommandLineRun.of(
                        "restore",
                        "--backup",
                        backup.toString(),
                        "--workspace",
                        dir.resolve("restaure").toString())
                .ok();
        assertTrue(restored.out().contains("Espace de travail restauré"), restored.out());
        try (Workspace open = Workspace.open(dir.resolve("restaure"))) {
            assertEquals(digest, open.contentDigest());
        }
        CommandLineRun again = CommandLineRun.of(
                "restore",
                "--backup",
                backup.toString(),
                "--workspace",
                dir.resolve("restaure").toString());
        assertEquals(1, again.status());
        assertTrue(again.err().contains("n'est pas vide"), again.err());
        CommandLineRun viaCli = CommandLineRun.of(
                "backup",
                "--workspace",
                workspace.toString(),
                "--out",
                dir.resolve("b2.zip").toString());
        assertEquals(0, viaCli.status(), viaCli.err());
    }

    @Test
    void aPurgeNeedsConfirmationThenLeavesNoDossierAndNoTraceInTheFiles() throws Exception {
        Path workspace = workspaceWithSample();
        Set<String> personal;
        String digest;
        try (Workspace open = Workspace.open(workspace)) {
            personal = PersonalData.of(open);
            digest = open.contentDigest();
        }
        CommandLineRun unconfirmed = CommandLineRun.of("purge", "--workspace", workspace.toString());
        assertEquals(1, unconfirmed.status());
        assertTrue(unconfirmed.err().contains("relancez avec --confirm"), unconfirmed.err());
        try (Workspace open = Workspace.open(workspace)) {
            assertEquals(digest, open.contentDigest());
        }

        CommandLineRun purged = CommandLineRun.of("purge", "--workspace", workspace.toString(), "--confirm")
                .ok();

        assertTrue(purged.out().contains("Campagne purgée\u00a0: 12 dossiers supprimés."), purged.out());
        try (Workspace open = Workspace.open(workspace)) {
            assertTrue(open.listDossiers().all().isEmpty());
        }
        List<String> found = PersonalData.foundIn(workspace, personal);
        assertTrue(found.isEmpty(), "left on disk after the purge: " + found);
    }

    @Test
    void aFullCommandLineRunLogsNoPersonalData() throws Exception {
        Path workspace = workspaceWithSample();
        Set<String> personal;
        try (Workspace open = Workspace.open(workspace)) {
            personal = PersonalData.of(open);
        }
        Path sample = dir.resolve(SampleFiles.OCTOBER_2021_XLSX);
        Path fresh = dir.resolve("journal");
        List<String[]> run = List.of(
                new String[] {"import", "--workspace", fresh.toString(), sample.toString()},
                new String[] {
                    "user",
                    "--workspace",
                    fresh.toString(),
                    "--name",
                    "Maëlle Kerjean",
                    "--email",
                    "maelle.kerjean@example.org",
                    "--role",
                    "correspondant",
                    "--region",
                    "Bretagne"
                },
                new String[] {"score", "--workspace", fresh.toString(), "--dossier", "4847721", "V1=4"},
                new String[] {
                    "avis",
                    "--workspace",
                    fresh.toString(),
                    "--dossier",
                    "4847721",
                    "--recommendation",
                    "reserves",
                    "--motivation",
                    "Gouvernance à préciser."
                },
                new String[] {
                    "export-avis",
                    "--workspace",
                    fresh.toString(),
                    "--out",
                    dir.resolve("a.xlsx").toString()
                },
                new String[] {
                    "import",
                    "--workspace",
                    fresh.toString(),
                    dir.resolve("absent.xlsx").toString()
                });
        List<String> logged = new ArrayList<>();
        for (String[] args : run) {
            List<String> command = new ArrayList<>(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", CLI));
            command.addAll(List.of(args));
            try (ChildJvm child = ChildJvm.startWithStderr("-Xmx256m", command)) {
                child.waitFor(180_000);
                logged.addAll(child.errorLines());
            }
        }
        String log = String.join("\n", logged);
        assertFalse(log.isBlank(), "the run logged nothing: the scan would prove nothing");
        List<String> found = PersonalData.foundInText(
                new String(
                        log.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1),
                personal,
                "log");
        assertTrue(found.isEmpty(), "personal data in the log: " + found);
        System.out.println("WorkspaceSafetyTest: " + logged.size() + " log lines scanned for " + personal.size()
                + " personal values, none found");
    }
}
