package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void importPrintsOneSummaryLinePerFile() {
        Path xlsx = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        Path later = SampleFiles.copy(SampleFiles.NOVEMBER_2021_XLSX, folder);
        CommandLineRun run = CommandLineRun.of(
                "import", "--workspace", folder.resolve("w").toString(), xlsx.toString(), later.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(SampleFiles.OCTOBER_2021_XLSX + "\u00a0: 12 dossiers — 12 nouveaux"), run.out());
        assertTrue(
                run.out().contains("13 dossiers — 2 nouveaux, 3 modifiés, 8 inchangés, 1 absent du fichier"),
                run.out());
    }

    @Test
    void dossiersShowTheLegalFormVerdictInJsonAndInTheTable() throws IOException {
        Path later = SampleFiles.copy(SampleFiles.NOVEMBER_2021_XLSX, folder);
        String workspace = folder.resolve("w").toString();
        CommandLineRun.of("import", "--workspace", workspace, later.toString()).ok();

        JsonNode dossiers = new ObjectMapper()
                .readTree(CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json")
                        .out());
        Map<String, JsonNode> byNumber = new HashMap<>();
        dossiers.forEach(d -> byNumber.put(d.get("number").asText(), d));
        JsonNode esus = byNumber.get("6496081");
        assertEquals("5499", esus.get("legalFormInseeCode").asText());
        assertEquals(
                "Société à responsabilité limitée (sans autre indication)",
                esus.get("legalFormInseeLabel").asText());
        assertTrue(esus.get("legalFormEligible").asBoolean(), "the existing key keeps its yes/no meaning");
        assertEquals(
                "agrément ESUS à vérifier",
                esus.get("legalFormCheck").get("status").asText());
        assertEquals(
                "forme juridique déclarée",
                esus.get("legalFormCheck").get("evidence").asText());
        assertTrue(esus.get("legalFormCheck").get("disagreement").isNull());
        JsonNode scop = byNumber.get("4847721").get("legalFormCheck");
        assertEquals("éligible", scop.get("status").asText());
        assertEquals("catégorie juridique INSEE", scop.get("evidence").asText());
        assertTrue(scop.get("explanation").asText().contains("5458"), scop.toString());

        String csv = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "csv")
                .out();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",Recevabilité,Forme juridique"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("5127651,") && l.endsWith(",non éligible")), csv);
        String table = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "table")
                .out();
        assertTrue(
                table.lines().anyMatch(l -> l.startsWith("6496081") && l.endsWith("agrément ESUS à vérifier")), table);
    }

    @Test
    void renamedHeaderIsRefusedWithExit1ThenImportsWithAMappingFile() throws IOException {
        Path csv = SampleFiles.copy(SampleFiles.OCTOBER_2021_CSV, folder);
        Path renamed = folder.resolve("modele.csv");
        Files.writeString(
                renamed,
                Files.readString(csv, StandardCharsets.UTF_8).replaceFirst("Nom du projet", "Intitulé du projet"),
                StandardCharsets.UTF_8);
        String workspace = folder.resolve("w").toString();

        CommandLineRun refused = CommandLineRun.of("import", "--workspace", workspace, renamed.toString());
        assertEquals(1, refused.status());
        assertTrue(
                refused.err().contains("«\u00a0Nom du" + " projet\u00a0»")
                        && refused.err().contains("modele.csv"),
                refused.err());
        CommandLineRun empty = CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "csv");
        assertEquals(1, empty.out().lines().count(), "only the header: nothing was imported");

        Path mapping = folder.resolve("correspondance.txt");
        Files.writeString(mapping, "# export modèle\nIntitulé du projet => Nom du projet\n", StandardCharsets.UTF_8);
        CommandLineRun mapped = CommandLineRun.of(
                "import", "--workspace", workspace, "--mapping", mapping.toString(), renamed.toString());
        assertEquals(0, mapped.status(), mapped.err());
        assertTrue(mapped.out().contains("12 nouveaux"), mapped.out());
    }

    @Test
    void malformedMappingFileIsRefusedWithItsLine() throws IOException {
        Path mapping = folder.resolve("correspondance.txt");
        Files.writeString(mapping, "Intitulé => Champ qui n'existe pas\n", StandardCharsets.UTF_8);
        Path csv = SampleFiles.copy(SampleFiles.OCTOBER_2021_CSV, folder);
        CommandLineRun run = CommandLineRun.of(
                "import",
                "--workspace",
                folder.resolve("w").toString(),
                "--mapping",
                mapping.toString(),
                csv.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("correspondance.txt") && run.err().contains("ligne 1"), run.err());
    }

    @Test
    void theHelpIsFrenchForTheRootCommandAndEverySubcommand() {
        CommandLineRun root = CommandLineRun.of("--help");
        assertEquals(0, root.status(), root.err());
        assertTrue(root.out().startsWith("Utilisation\u00a0: ptce-workbench [-hV]"), root.out());
        assertTrue(root.out().contains("[COMMANDE]") && root.out().contains("Commandes\u00a0:"), root.out());
        for (String[] args :
                new String[][] {{"--help"}, {"kit", "export", "--help"}, {"import", "-h"}, {"restore", "--help"}}) {
            String out = CommandLineRun.of(args).out();
            assertTrue(
                    out.contains("Affiche cette aide et quitte.") && out.contains("Affiche la version et quitte."),
                    out);
            for (String english : new String[] {
                "Show this help", "Print version", "Usage:", "Options:", "Commands:", "=DOSSIER", "<name>"
            }) {
                assertFalse(out.contains(english), english + " in\n" + out);
            }
        }
        String kitExport = CommandLineRun.of("kit", "export", "--help").out();
        assertTrue(
                kitExport.contains("--workspace=RÉPERTOIRE")
                        && kitExport.contains("--expert=E-MAIL")
                        && kitExport.contains("kit-expert-<nom>-<AAAA-MM-JJ>.xlsx"),
                kitExport);
        assertFalse(kitExport.toLowerCase(java.util.Locale.FRENCH).contains("grille"), kitExport);
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, CommandLineRun.of("import").status());
        assertEquals(
                2,
                CommandLineRun.of("dossiers", "--workspace", folder.toString(), "--format", "pdf")
                        .status());
    }

    @Test
    void notADsExportIsRefusedWithExit1AndAFrenchMessage() throws IOException {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "Bonjour\n", StandardCharsets.UTF_8);
        CommandLineRun run =
                CommandLineRun.of("import", "--workspace", folder.resolve("w").toString(), text.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("Refusé. Fichier «\u00a0notes.txt\u00a0»"), run.err());
    }

    @Test
    void anExportSharingNoDossierIsRefusedWithExit1UnlessForced() {
        String workspace = CommandLineRun.workspaceWithOctoberSample(folder);
        Path other = SampleFiles.copy(SampleFiles.SEPTEMBER_2025_XLSX, folder);

        CommandLineRun refused = CommandLineRun.of("import", "--workspace", workspace, other.toString());
        assertEquals(1, refused.status(), refused.out());
        assertTrue(
                refused.err()
                        .contains("Refusé. Fichier «\u00a0" + SampleFiles.SEPTEMBER_2025_XLSX
                                + "\u00a0»\u00a0: cet export ne partage aucun dossier avec l'espace de"
                                + " travail, qui en contient 12"),
                refused.err());
        assertTrue(refused.err().contains("--force"), refused.err());

        CommandLineRun forced = CommandLineRun.of("import", "--workspace", workspace, "--force", other.toString());
        assertEquals(0, forced.status(), forced.err());
        assertTrue(forced.out().contains("12 absents du fichier"), forced.out());
    }
}
