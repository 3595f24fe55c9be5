package fr.ptce.workbench.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.LibreOffice;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierFacet;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.application.listing.ListFilter;
import fr.ptce.workbench.application.samples.SyntheticDossiers;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.SpreadsheetDamage;
import fr.ptce.workbench.spreadsheet.ds.synthetic.DsExportWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The correspondent's real case: a DS 2021 export (whose texts beginning with « = » are formula cells) opened in
 * LibreOffice Calc and saved again; the evaluated cells are named in the import report and their dossiers flagged.
 */
class ImportAlteredCellsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    @Test
    void anExportResavedByLibreOfficeNamesAndFlagsTheDossierWhoseTextItEvaluated() throws Exception {
        List<Dossier> dossiers = new ArrayList<>(SyntheticDossiers.generate(2021, 6));
        Dossier damaged = withS1(dossiers.get(2), "=Notre projet");
        dossiers.set(2, damaged);
        Path original = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx");
        DsExportWriter.writeXlsx(dossiers, DsEra.Y2021, original);
        Path resaved = folder.resolve("calc");
        LibreOffice.convert(folder, "xlsx:Calc MS Excel 2007 XML", resaved, original);
        Path file = resaved.resolve(original.getFileName());

        try (Workspace workspace = Workspace.inMemory(CLOCK)) {
            ImportReport report = workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
            assertEquals(6, report.newDossiers().size(), report.summary());
            List<RowProblem> altered = report.problems().stream()
                    .filter(p -> p.message().startsWith("texte altéré par un tableur"))
                    .toList();
            // every text starting with "=" was a formula cell that LibreOffice evaluated: the generator writes one too
            List<String> formulaTexts = dossiers.stream()
                    .filter(d -> java.util.Arrays.stream(Section.values())
                            .anyMatch(s -> d.sections().text(s).startsWith("=")))
                    .map(Dossier::number)
                    .toList();
            assertEquals(
                    formulaTexts,
                    altered.stream()
                            .map(p -> p.message().replaceAll(".*dossier (\\d+).*", "$1"))
                            .toList(),
                    report.problems().toString());
            RowProblem problem = altered.get(0);
            assertEquals("Dossiers", problem.sheet());
            assertEquals(4, problem.row());
            assertEquals(Champ.S1.label(), problem.column());
            assertTrue(problem.message().contains("dossier " + damaged.number()), problem.message());

            DossierView view =
                    workspace.readDossiers().byNumber(damaged.number()).orElseThrow();
            assertTrue(view.alteredBySpreadsheet());
            assertEquals(List.of(Champ.S1.label()), view.alteredColumns());
            String kept = view.dossier().sections().text(Section.S1);
            assertTrue(SpreadsheetDamage.isErrorValue(kept), "kept as found: " + kept);
            assertFalse(workspace
                    .readDossiers()
                    .byNumber(dossiers.get(0).number())
                    .orElseThrow()
                    .alteredBySpreadsheet());

            // the original export, imported again, clears the flag and brings the text back
            ImportReport again = workspace.importDossiers().fromFile(original, ColumnMapping.NONE, Progress.NONE);
            assertTrue(
                    again.problems().stream().noneMatch(p -> p.message().startsWith("texte altéré")),
                    again.problems().toString());
            DossierView repaired =
                    workspace.readDossiers().byNumber(damaged.number()).orElseThrow();
            assertFalse(repaired.alteredBySpreadsheet());
            assertEquals("=Notre projet", repaired.dossier().sections().text(Section.S1));
        }
    }

    @Test
    void theListFilterKeepsTheAlteredDossiers() throws Exception {
        List<Dossier> dossiers = new ArrayList<>(SyntheticDossiers.generate(2021, 4));
        dossiers.set(1, withS1(dossiers.get(1), "#VALUE!"));
        Path file = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx");
        DsExportWriter.writeXlsx(dossiers, DsEra.Y2021, file);
        try (Workspace workspace = Workspace.inMemory(CLOCK)) {
            workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
            Map<String, DossierFacet> facets = workspace.listFacets().all();
            ListFilter onlyAltered = ListFilter.NONE.withAltered(true);
            List<String> kept = workspace.listDossiers().all().stream()
                    .filter(onlyAltered.predicate(facets::get))
                    .map(d -> d.number())
                    .toList();
            assertEquals(List.of(dossiers.get(1).number()), kept);
            assertEquals(
                    3,
                    workspace.listDossiers().all().stream()
                            .filter(ListFilter.NONE.withAltered(false).predicate(facets::get))
                            .count());
            assertEquals(onlyAltered, ListFilter.decode(onlyAltered.encode()));
        }
    }

    private static Dossier withS1(Dossier dossier, String text) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, dossier.sections().text(section));
        }
        texts.put(Section.S1, text);
        return new Dossier(
                dossier.number(),
                dossier.tracking(),
                dossier.projectName(),
                dossier.region(),
                dossier.structure(),
                dossier.referent(),
                new Sections(texts),
                dossier.territory(),
                dossier.attachments(),
                dossier.attestation(),
                dossier.annotations(),
                dossier.raw());
    }
}
