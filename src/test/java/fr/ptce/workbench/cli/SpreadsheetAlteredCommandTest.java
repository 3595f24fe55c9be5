package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.application.samples.SyntheticDossiers;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.spreadsheet.ds.synthetic.DsExportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line imports an ods export, reports a damaged cell and shows its flag in {@code dossiers} json. */
class SpreadsheetAlteredCommandTest {

    @TempDir
    Path folder;

    @Test
    void anOdsFromTheSamplesGeneratorImports() throws Exception {
        CommandLineRun generate =
                CommandLineRun.of("generate-samples", "--out", folder.toString(), "--count", "5", "--format", "ODS");
        assertEquals(0, generate.status(), generate.err());
        Path ods = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.ods");
        assertTrue(Files.isRegularFile(ods));
        CommandLineRun run =
                CommandLineRun.of("import", "--workspace", folder.resolve("w").toString(), ods.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains(ods.getFileName() + "\u00a0: 5 dossiers — 5 nouveaux"), run.out());
    }

    @Test
    void aDamagedCellIsNamedInTheReportAndFlaggedInJson() throws Exception {
        List<Dossier> dossiers = new ArrayList<>(SyntheticDossiers.generate(11, 3));
        Dossier damaged = dossiers.get(1);
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, damaged.sections().text(section));
        }
        texts.put(Section.S3, "#NAME?");
        dossiers.set(
                1,
                new Dossier(
                        damaged.number(),
                        damaged.tracking(),
                        damaged.projectName(),
                        damaged.region(),
                        damaged.structure(),
                        damaged.referent(),
                        new Sections(texts),
                        damaged.territory(),
                        damaged.attachments(),
                        damaged.attestation(),
                        damaged.annotations(),
                        damaged.raw()));
        Path file = folder.resolve("dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx");
        DsExportWriter.writeXlsx(dossiers, DsEra.Y2025, file);
        String workspace = folder.resolve("w").toString();

        CommandLineRun run = CommandLineRun.of("import", "--workspace", workspace, file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(
                run.out()
                        .contains("ligne 3, colonne «\u00a0" + Champ.S3.label() + "\u00a0»\u00a0: texte altéré par "
                                + "un tableur («\u00a0#NAME?\u00a0») dans le dossier " + damaged.number()),
                run.out());

        JsonNode json = new ObjectMapper()
                .readTree(CommandLineRun.of("dossiers", "--workspace", workspace, "--format", "json")
                        .out());
        for (JsonNode dossier : json) {
            boolean isDamaged = dossier.get("number").asText().equals(damaged.number());
            JsonNode altered = dossier.get("altered_by_spreadsheet");
            assertEquals(
                    isDamaged ? 1 : 0, altered.size(), dossier.get("number").asText());
            if (isDamaged) {
                assertEquals(Champ.S3.label(), altered.get(0).asText());
            }
        }
    }
}
