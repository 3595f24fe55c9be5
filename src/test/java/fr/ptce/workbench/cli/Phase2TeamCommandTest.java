package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.ServerDatabase;
import fr.ptce.workbench.persistence.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team workspace's correspondent scores the phase-2 dossiers of its region (seen through their phase-1 dossier)
 * and no other region's: the row-level security follows a phase-2 dossier's number.
 */
class Phase2TeamCommandTest {

    @TempDir
    Path folder;

    @Test
    void aCorrespondentScoresThePhase2DossiersOfItsRegionOnly() throws Exception {
        ServerDatabase address = TestStores.freshDatabase();
        String admin = "postgresql://postgres@127.0.0.1:" + address.port() + "/" + address.database();
        Path adminPassword =
                Files.writeString(folder.resolve("admin"), EmbeddedPostgresServer.SUPERUSER_PASSWORD + "\n");
        Path userPassword = Files.writeString(folder.resolve("user"), "mot-de-passe-du-membre\n");
        Path phase1 = GenerateSamples.write(folder, 2021, 24, DsEra.Y2021, GenerateSamples.Format.XLSX);
        ok("import", "--workspace", admin, phase1.toString(), "--password-file", adminPassword.toString());
        Path phase2 = GenerateSamples.writePhase2(folder, phase1, GenerateSamples.Format.XLSX);
        ok("phase2", "import", "--workspace", admin, phase2.toString(), "--password-file", adminPassword.toString());
        ObjectMapper json = new ObjectMapper();
        Map<String, String> regions = new HashMap<>();
        json.readTree(ok(
                                "dossiers",
                                "--workspace",
                                admin,
                                "--format",
                                "json",
                                "--password-file",
                                adminPassword.toString())
                        .out())
                .forEach(d ->
                        regions.put(d.get("number").asText(), d.get("region").asText()));
        JsonNode phase2Dossiers = json.readTree(ok(
                        "dossiers",
                        "--workspace",
                        admin,
                        "--phase",
                        "2",
                        "--format",
                        "json",
                        "--password-file",
                        adminPassword.toString())
                .out());
        String mine = phase2Dossiers.get(0).get("number").asText();
        String region = regions.get(phase2Dossiers.get(0).get("phase1Number").asText());
        String other = null;
        for (JsonNode d : phase2Dossiers) {
            String itsRegion = regions.get(d.get("phase1Number").asText());
            if (itsRegion != null && !itsRegion.equals(region)) {
                other = d.get("number").asText();
            }
        }
        assertTrue(other != null, "the samples' phase-2 dossiers come from several regions");
        ok("team", "init", "--workspace", admin, "--password-file", adminPassword.toString());
        String login = "correspondant_" + address.database();
        ok(
                "team",
                "user",
                "add",
                "--workspace",
                admin,
                "--password-file",
                adminPassword.toString(),
                "--login",
                login,
                "--name",
                "Maëlle Kerjean",
                "--email",
                "maelle@example.fr",
                "--role",
                "correspondant",
                "--region",
                region,
                "--new-password-file",
                userPassword.toString());
        String member = "postgresql://" + login + "@127.0.0.1:" + address.port() + "/" + address.database();

        CommandLineRun scored = ok(
                "score",
                "--workspace",
                member,
                "--password-file",
                userPassword.toString(),
                "--phase",
                "2",
                "--dossier",
                mine,
                "P1=4");

        assertTrue(scored.out().contains("total 16,00 / 100"), scored.out());
        CommandLineRun refused = CommandLineRun.of(
                "score",
                "--workspace",
                member,
                "--password-file",
                userPassword.toString(),
                "--phase",
                "2",
                "--dossier",
                other,
                "P1=4");
        assertNotEquals(0, refused.status(), "another region's phase-2 dossier: " + refused.out());
    }

    private static CommandLineRun ok(String... args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(0, run.status(), run.err());
        return run;
    }
}
