package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.ServerDatabase;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a team workspace: {@code --workspace postgresql://…} on the tests' PostgreSQL server. */
class SharedWorkspaceCommandTest {

    private static final String FRAGILE = "4847721";

    @TempDir
    Path folder;

    private String workspace;
    private Path passwordFile;

    @BeforeEach
    void newDatabase() throws IOException {
        ServerDatabase address = TestStores.freshDatabase();
        workspace = "postgresql://postgres@127.0.0.1:" + address.port() + "/" + address.database();
        passwordFile = Files.writeString(folder.resolve("mot-de-passe"), EmbeddedPostgresServer.SUPERUSER_PASSWORD);
    }

    private CommandLineRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--password-file";
        all[args.length + 1] = passwordFile.toString();
        return CommandLineRun.of(all);
    }

    @Test
    void importsScoresAndExportsAvisOnAPostgresqlWorkspace() throws IOException {
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        CommandLineRun imported = run("import", "--workspace", workspace, xlsx.toString());
        assertEquals(0, imported.status(), imported.err());
        assertEquals(
                0,
                run(
                                "user",
                                "--workspace",
                                workspace,
                                "--name",
                                "Maëlle Kerjean",
                                "--email",
                                "maelle@example.fr",
                                "--role",
                                "correspondant",
                                "--region",
                                "Bretagne")
                        .status());
        CommandLineRun score = run(
                "score",
                "--workspace",
                workspace,
                "--dossier",
                FRAGILE,
                "V1=4",
                "V2=3",
                "V3=5",
                "V4=4",
                "V5=2",
                "O1=4",
                "O2=3",
                "O3=3",
                "E1=2",
                "E2=4");
        assertEquals(0, score.status(), score.err());
        assertTrue(score.out().contains("total 68,00 / 100"), score.out());
        CommandLineRun avis = run(
                "avis",
                "--workspace",
                workspace,
                "--dossier",
                FRAGILE,
                "--recommendation",
                "reserves",
                "--phase2",
                "--motivation",
                "Projet prometteur");
        assertEquals(0, avis.status(), avis.err());
        Path out = folder.resolve("avis.xlsx");
        CommandLineRun exported =
                run("export-avis", "--workspace", workspace, "--out", out.toString(), "--all-regions");
        assertEquals(0, exported.status(), exported.err());
        assertTrue(exported.out().contains("Dossiers\u00a0: 12"), exported.out());
        assertTrue(Files.size(out) > 0);

        CommandLineRun listed = run("dossiers", "--workspace", workspace, "--format", "json");
        assertEquals(0, listed.status(), listed.err());
        JsonNode fragile = null;
        for (JsonNode node : new ObjectMapper().readTree(listed.out())) {
            if (node.get("number").asText().equals(FRAGILE)) {
                fragile = node;
            }
        }
        assertEquals(
                68.0, fragile.get("reviews").get(0).get("totals").get("total").asDouble());
        assertEquals(
                "favorable avec réserves",
                fragile.get("avis").get("recommendation").asText());
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsWritten() throws IOException {
        Files.writeString(passwordFile, "pas-le-bon");
        CommandLineRun refused = run("dossiers", "--workspace", workspace);
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains("identifiant ou mot de passe incorrect"), refused.err());
        assertFalse(refused.err().contains("pas-le-bon"), "the password is never shown");
    }

    @Test
    void whatBelongsToTheServerIsRefusedInFrenchNamingWhoDoesIt() {
        CommandLineRun password =
                run("password", "--workspace", workspace, "--new-password-file", passwordFile.toString());
        assertEquals(2, password.status(), password.err());
        assertTrue(
                password.err().contains("sslmode=verify-full") && password.err().contains("disque du serveur"),
                password.err());
        CommandLineRun restore = run(
                "restore",
                "--workspace",
                workspace,
                "--backup",
                folder.resolve("s.zip").toString());
        assertEquals(2, restore.status(), restore.err());
        assertTrue(restore.err().contains("pg_restore"), restore.err());
        CommandLineRun backup = run(
                "backup",
                "--workspace",
                workspace,
                "--out",
                folder.resolve("s.zip").toString());
        assertEquals(1, backup.status(), backup.err());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
        CommandLineRun typo = run("dossiers", "--workspace", "postgresql://127.0.0.1/db?sslmode=oui");
        assertEquals(2, typo.status(), typo.err());
        assertTrue(typo.err().contains("sslmode «\u00a0oui\u00a0» inconnu"), typo.err());
    }
}
