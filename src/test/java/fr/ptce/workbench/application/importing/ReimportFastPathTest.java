package fr.ptce.workbench.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.samples.SyntheticDossiers;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreDigest;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.ds.synthetic.DsExportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The re-import's fast path (rows known unchanged by their digest, never mapped) changes nothing of what an import
 * does: every sequence of imports gives, step by step, the same report and the same store as the same sequence with
 * every digest cleared before each import (which forces the full comparison of every row).
 */
@ParameterizedClass
@ArgumentsSource(TestStores.Engines.class)
class ReimportFastPathTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private final StoreEngine engine;

    @TempDir
    Path folder;

    private Path october;
    private Path octoberCsv;
    private Path october2025;
    private Path november;
    private Path damaged;
    private Path siretsAgree;
    private Path siretsDisagree;
    private Path siretsDisagreeRewritten;

    ReimportFastPathTest(StoreEngine engine) {
        this.engine = engine;
    }

    @BeforeEach
    void files() throws IOException {
        List<Dossier> dossiers = SyntheticDossiers.generate(21, 12);
        october = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx");
        DsExportWriter.writeXlsx(dossiers, DsEra.Y2021, october);
        octoberCsv = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.csv");
        DsExportWriter.writeCsv(dossiers, DsEra.Y2021, octoberCsv);
        october2025 = folder.resolve("dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx");
        DsExportWriter.writeXlsx(dossiers, DsEra.Y2025, october2025);

        // a later export: a text, a SIRET and a perimeter changed, one dossier gone, one new
        List<Dossier> later = new ArrayList<>(dossiers);
        later.set(3, withSection(later.get(3), Section.S1, "Un projet réécrit pour la nouvelle version."));
        later.set(5, later.get(5).withStructure(later.get(5).structure().withSiret("44306184100047")));
        later.set(
                7,
                later.get(7)
                        .withTerritory(later.get(7)
                                .territory()
                                .withCommunes(List.of(new Commune("75056", "Paris", "Paris (75)")))));
        later.remove(9);
        later.add(SyntheticDossiers.generate(22, 13).get(12));
        november = folder.resolve("dossiers_ami-ptce-emergents_2021-11-19_14-37.xlsx");
        DsExportWriter.writeXlsx(later, DsEra.Y2021, november);

        // a file a spreadsheet program altered (an error value), with a dossier listed twice
        List<Dossier> altered = new ArrayList<>(dossiers);
        altered.set(2, withSection(altered.get(2), Section.S2, "#NAME?"));
        altered.add(4, altered.get(4));
        damaged = folder.resolve("dossiers_ami-ptce-emergents_2021-10-16_08-00.xlsx");
        DsExportWriter.writeXlsx(altered, DsEra.Y2021, damaged);

        // a Dossiers sheet that gives the SIRET itself: first as the Etablissements sheet does, then another one
        Map<String, String> sirets = new HashMap<>();
        dossiers.forEach(d -> sirets.put(d.number(), d.structure().siret()));
        siretsAgree = folder.resolve("dossiers_ami-ptce-emergents_2021-10-17_08-00.xlsx");
        DsExportWriter.writeXlsx(dossiers, DsEra.Y2021, siretsAgree);
        withSiretColumn(siretsAgree, sirets);
        List<Dossier> moved = new ArrayList<>(dossiers);
        moved.set(6, moved.get(6).withStructure(moved.get(6).structure().withSiret("44306184100054")));
        siretsDisagree = folder.resolve("dossiers_ami-ptce-emergents_2021-10-18_08-00.xlsx");
        DsExportWriter.writeXlsx(moved, DsEra.Y2021, siretsDisagree);
        withSiretColumn(siretsDisagree, sirets);
        moved.set(6, withSection(moved.get(6), Section.S1, "Un projet réécrit, et un autre établissement."));
        siretsDisagreeRewritten = folder.resolve("dossiers_ami-ptce-emergents_2021-10-19_08-00.xlsx");
        DsExportWriter.writeXlsx(moved, DsEra.Y2021, siretsDisagreeRewritten);
        withSiretColumn(siretsDisagreeRewritten, sirets);
    }

    /** Adds the column « Établissement SIRET » to the Dossiers sheet, from the dossier number. */
    private static void withSiretColumn(Path file, Map<String, String> sirets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheet("Dossiers");
            int column = sheet.getRow(0).getLastCellNum();
            sheet.getRow(0).createCell(column).setCellValue("Établissement SIRET");
            DataFormatter formatter = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String number = formatter.formatCellValue(row.getCell(0));
                row.createCell(column).setCellValue(sirets.get(number));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    @Test
    void theSameExportAgainIsFoundUnchangedWithoutMappingAnyRow() {
        assertSameAsFullComparison(october, october, october);
    }

    @Test
    void aLaterExportAndBackGiveWhatTheFullComparisonGives() {
        assertSameAsFullComparison(october, november, october, november, november);
    }

    @Test
    void aCsvBetweenTwoWorkbooksGivesWhatTheFullComparisonGives() {
        assertSameAsFullComparison(octoberCsv, october, octoberCsv, octoberCsv, october, october);
    }

    @Test
    void anAlteredFileReportsItsProblemsAtEveryImport() {
        assertSameAsFullComparison(damaged, damaged, october, damaged, damaged);
    }

    @Test
    void anotherEraOfTheSameDossiersGivesWhatTheFullComparisonGives() {
        assertSameAsFullComparison(october, october2025, october2025, october);
    }

    @Test
    void aRowThatDisagreesWithItsLinkedSheetIsComparedInFullEveryTime() {
        assertSameAsFullComparison(
                siretsAgree, siretsAgree, siretsDisagree, siretsDisagree, siretsDisagree, siretsAgree, siretsAgree);
    }

    @Test
    void aRowComparedInFullThenContradictedByItsLinkedSheetIsComparedInFullAgain() {
        assertSameAsFullComparison(
                siretsAgree, siretsAgree, siretsDisagreeRewritten, siretsDisagreeRewritten, siretsAgree);
    }

    @Test
    void onlyTheRowsWithoutProblemsKeepADigest() {
        Database store = TestStores.open(engine);
        try (Workspace workspace = TestWorkspaces.over(store, CLOCK)) {
            importFile(workspace, damaged);
            List<String> withoutDigest = TestStores.withDsl(
                    store,
                    dsl -> dsl.fetch("SELECT number FROM dossier WHERE row_digest IS NULL ORDER BY number")
                            .getValues(0, String.class));
            // the dossier with the error value; the one listed twice keeps the digest of its first row, the one stored
            assertEquals(List.of(SyntheticDossiers.generate(21, 12).get(2).number()), withoutDigest);
        }
    }

    /** Runs the imports twice, with and without the digests kept between them, comparing each step. */
    private void assertSameAsFullComparison(Path... files) {
        Database fast = TestStores.open(engine);
        Database full = TestStores.open(engine);
        try (Workspace withDigests = TestWorkspaces.over(fast, CLOCK);
                Workspace without = TestWorkspaces.over(full, CLOCK)) {
            int step = 0;
            int skipped = 0;
            for (Path file : files) {
                step++;
                skipped += digested(fast);
                TestStores.withDsl(full, dsl -> dsl.execute("UPDATE dossier SET row_digest = NULL"));
                ImportReport expected = importFile(without, file);
                ImportReport actual = importFile(withDigests, file);
                String where = "step " + step + " (" + file.getFileName() + ")";
                assertEquals(expected, actual, where);
                assertEquals(content(full), content(fast), where);
            }
            assertTrue(skipped > 0, "some rows were known by their digest");
            assertNotEquals(0, digested(fast), "the digests are kept");
        }
    }

    /**
     * The store's dump without the workspace's own identity (a random id and its creation time) and without the row
     * digests: the full comparison run clears them before each import, those of dossiers absent from a file included.
     */
    private static String content(Database store) {
        StringBuilder content = new StringBuilder();
        boolean dossiers = false;
        boolean workspace = false;
        for (String line : StoreDigest.dump(store).split("\n")) {
            if (line.startsWith("# ")) {
                // upper case in H2, lower case in PostgreSQL
                String table = line.toUpperCase(java.util.Locale.ROOT);
                dossiers = table.startsWith("# DOSSIER (");
                workspace = table.startsWith("# WORKSPACE (");
            } else if (workspace) {
                continue;
            } else if (dossiers) {
                // the row digest is the dossier table's last column
                line = line.substring(0, line.lastIndexOf('\t'));
            }
            content.append(line).append('\n');
        }
        return content.toString();
    }

    private static int digested(Database store) {
        return TestStores.withDsl(
                store, dsl -> dsl.fetchCount(dsl.selectOne().from("dossier").where("row_digest IS NOT NULL")));
    }

    private static ImportReport importFile(Workspace workspace, Path file) {
        return workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
    }

    private static Dossier withSection(Dossier dossier, Section changed, String text) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, dossier.sections().text(section));
        }
        texts.put(changed, text);
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
