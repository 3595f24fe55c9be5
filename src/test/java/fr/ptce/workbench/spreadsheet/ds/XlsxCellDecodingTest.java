package fr.ptce.workbench.spreadsheet.ds;

import static fr.ptce.workbench.spreadsheet.ds.TestXlsx.row;
import static fr.ptce.workbench.spreadsheet.ds.TestXlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.CancelledException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.RowProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cell encodings other producers than DS use, and sheet shapes, decoded from xlsx files built in the test. */
class XlsxCellDecodingTest {

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    private DsExportFile read(TestXlsx workbook) throws IOException {
        Path file = dir.resolve("export.xlsx");
        workbook.write(file);
        return new DsExportReader().read(file, sink, Progress.NONE);
    }

    private List<String> dossier(int index) {
        return sink.rows("Dossiers").get(index).values();
    }

    @Test
    void sharedRichBooleanFormulaAndGapCellsAreDecoded() throws IOException {
        String data = row(1, "ID", "Partagé", "Riche", "Booléen", "Formule", "Vide", "Fin")
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><r><t>R&amp;D </t></r><r><rPr><b/></rPr><t>solidaire</t></r>"
                + "<rPh><t>phonetic</t></rPh></is></c>"
                + "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"str\"><f>&gt; objectif</f></c>"
                + "<c r=\"G2\" t=\"str\"><f>A1</f><v>calculé</v></c></row>";

        read(new TestXlsx().sharedStrings("42", "  texte partagé ").sheet("Dossiers", data));

        assertEquals(
                List.of("42", "  texte partagé ", "R&D solidaire", "true", "=> objectif", "", "calculé"), dossier(0));
    }

    @Test
    void errorCellsAndEvaluatedFormulasAreMarkedComputedButADsFormulaIsNot() throws IOException {
        String data = row(1, "ID", "Erreur", "Calculée", "Formule DS")
                + "<row r=\"2\">" + text("A2", "1") + "<c r=\"B2\" t=\"e\"><f>Notre projet</f><v>#NAME?</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>A1</f><v>ID</v></c><c r=\"D2\" t=\"str\"><f>&gt; but</f></c></row>";
        Path file = dir.resolve("export.xlsx");
        new TestXlsx().sheet("Dossiers", data).write(file);
        List<java.util.BitSet> computed = new ArrayList<>();
        new DsExportReader()
                .read(
                        file,
                        new DsExportSink() {
                            @Override
                            public void sheet(DsSheet sheet) {}

                            @Override
                            public void row(DsSheet sheet, long rowNumber, List<String> values) {
                                throw new AssertionError("the reader gives the computed columns");
                            }

                            @Override
                            public void row(
                                    DsSheet sheet, long rowNumber, List<String> values, java.util.BitSet columns) {
                                assertEquals(List.of("1", "#NAME?", "ID", "=> but"), values);
                                computed.add((java.util.BitSet) columns.clone());
                            }
                        },
                        Progress.NONE);
        assertEquals(List.of(java.util.BitSet.valueOf(new long[] {0b110})), computed);
    }

    @Test
    void preservedSpacesAndLineBreaksAreKept() throws IOException {
        String data = row(1, "ID", "Texte") + "<row r=\"2\">" + text("A2", "1")
                + "<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  deux\nlignes  </t></is></c></row>";

        read(new TestXlsx().sheet("Dossiers", data));

        assertEquals("  deux\nlignes  ", dossier(0).get(1));
    }

    @Test
    void numbersLoseTrailingZerosAndDateStylesGiveParisIsoValues() throws IOException {
        String data = row(1, "ID", "Entier", "Décimal", "Déposé le", "Créée le", "Hiver", "Grand")
                + "<row r=\"2\">" + text("A2", "1") + "<c r=\"B2\" t=\"n\"><v>8.0</v></c><c r=\"C2\"><v>1234.5</v></c>"
                + "<c r=\"D2\" s=\"1\"><v>44370.998634259259</v></c><c r=\"E2\" s=\"2\"><v>44362</v></c>"
                + "<c r=\"F2\" s=\"1\"><v>44562.5</v></c><c r=\"G2\"><v>1E+20</v></c></row>";

        read(new TestXlsx().dateStyles().sheet("Dossiers", data));

        assertEquals(
                List.of(
                        "1",
                        "8",
                        "1234.5",
                        "2021-06-23T23:58:02+02:00",
                        "2021-06-15",
                        "2022-01-01T12:00:00+01:00",
                        "100000000000000000000"),
                dossier(0));
    }

    @Test
    void blankRowsAreSkippedAndMissingTrailingCellsAreEmpty() throws IOException {
        String data = row(1, "ID", "A", "B") + row(2, "1", "x") + "<row r=\"3\"><c r=\"B3\"/></row>" + "<row r=\"5\">"
                + text("A5", "2") + text("C5", "z") + "</row>";

        read(new TestXlsx().sheet("Dossiers", data));

        List<RecordingSink.Row> rows = sink.rows("Dossiers");
        assertEquals(2, rows.size());
        assertEquals(new RecordingSink.Row(2, List.of("1", "x", "")), rows.get(0));
        assertEquals(new RecordingSink.Row(5, List.of("2", "", "z")), rows.get(1));
    }

    @Test
    void cellsBeyondTheHeaderAreDroppedAndReportedAsRowProblems() throws IOException {
        String data = row(1, "ID", "Email") + row(2, "1", "a@b.fr", "parasite") + row(3, "2", "c@d.fr");

        DsExportFile result = read(new TestXlsx().sheet("Dossiers", data));

        assertEquals(List.of("1", "a@b.fr"), dossier(0));
        assertEquals(2, sink.rows("Dossiers").size());
        assertEquals(
                List.of(new RowProblem("Dossiers", 2, "C", "valeur hors des colonnes de l'en-tête, ignorée")),
                result.problems());
    }

    @Test
    void sheetsAreClassifiedAndUnknownOnesIgnored() throws IOException {
        TestXlsx workbook = new TestXlsx()
                .sheet("Dossiers", row(1, "ID") + row(2, "1"))
                .sheet("Notes perso", row(1, "Remarque") + row(2, "à revoir"))
                .sheet("Etablissements", "<row r=\"1\"></row>")
                .sheet("(123) Membres du consortium a", row(1, "Dossier ID", "Ligne", "Nom") + row(2, "1", "1", "X"))
                .sheet("Vide", "");

        DsExportFile result = read(workbook);

        assertEquals(
                List.of("Dossiers", "Notes perso", "Etablissements", "(123) Membres du consortium a", "Vide"),
                result.sheetNames());
        assertEquals(List.of("Notes perso", "Vide"), result.ignoredSheets());
        assertEquals(
                List.of("Dossiers", "Etablissements", "(123) Membres du consortium a"),
                List.copyOf(sink.sheets.keySet()));
        assertEquals(List.of(), sink.sheet("Etablissements").headers());
        assertEquals(
                DsSheetKind.REPETITION,
                sink.sheet("(123) Membres du consortium a").kind());
    }

    @Test
    void exportTemplateNumeroDossierHeaderIsAcceptedAsIdColumn() throws IOException {
        read(new TestXlsx().sheet("Dossiers", row(1, "N° dossier", "Archivé") + row(2, "7", "false")));

        assertEquals(List.of("7", "false"), dossier(0));
        assertEquals(false, sink.sheet("Dossiers").htmlEscapedTextareas());
    }

    @Test
    void progressIsReportedEveryHundredRowsAndCancellationStopsTheRead() throws IOException {
        StringBuilder data = new StringBuilder(row(1, "ID"));
        for (int i = 2; i <= 251; i++) {
            data.append(row(i, String.valueOf(i)));
        }
        Path file = dir.resolve("export.xlsx");
        new TestXlsx()
                .rawSheet(
                        "Dossiers",
                        "<?xml version=\"1.0\"?><worksheet xmlns=\"" + TestXlsx.MAIN_NS
                                + "\"><dimension ref=\"A1:A251\"/><sheetData>" + data + "</sheetData></worksheet>")
                .write(file);
        List<String> updates = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean isCancelled() {
                return updates.size() > 2;
            }
        };

        try {
            new DsExportReader().read(file, sink, recording);
            throw new AssertionError("the read was not cancelled");
        } catch (CancelledException expected) {
            assertEquals(
                    List.of(
                            "0/250 Lecture de la feuille «\u00a0Dossiers\u00a0»…",
                            "100/250 Lecture de la feuille " + "«\u00a0Dossiers\u00a0»…",
                            "200/250 Lecture de la feuille «\u00a0Dossiers\u00a0»…"),
                    updates);
            assertTrue(
                    sink.rows("Dossiers").size() >= 200 && sink.rows("Dossiers").size() < 250);
        }
    }
}
