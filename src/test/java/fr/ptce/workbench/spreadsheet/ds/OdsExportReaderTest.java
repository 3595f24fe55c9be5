package fr.ptce.workbench.spreadsheet.ds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ods encodings of DS (rodf) and of LibreOffice, cell by cell, in small files the test writes. */
class OdsExportReaderTest {

    private static final String DOSSIERS_HEAD = TestOds.row("ID", "Email", "Description");

    @TempDir
    Path folder;

    private final RecordingSink sink = new RecordingSink();

    private DsExportFile read(Path file) {
        return new DsExportReader().read(file, sink, Progress.NONE);
    }

    private List<String> onlyRow(String cells) throws Exception {
        read(TestOds.withTables(
                folder,
                "export.ods",
                TestOds.table("Dossiers", DOSSIERS_HEAD + "<table:table-row>" + cells + "</table:table-row>")));
        assertEquals(1, sink.rows("Dossiers").size());
        return sink.rows("Dossiers").get(0).values();
    }

    private static String text(String inner) {
        return "<table:table-cell office:value-type=\"string\">" + inner + "</table:table-cell>";
    }

    @Test
    void rodfLinesSpacesTabsAndBreaksBecomeTheTextDsHeld() throws Exception {
        List<String> values = onlyRow(text("<text:p>1</text:p>")
                + text("<text:p>a@example.org</text:p>")
                + text("<text:p>Première ligne</text:p><text:p/><text:p>deux<text:s text:c=\"3\"/>espaces"
                        + "<text:tab/>tab<text:line-break/>saut <text:span>stylé</text:span></text:p>"
                        + "<office:annotation><text:p>commentaire ignoré</text:p></office:annotation>"));
        assertEquals(List.of("1", "a@example.org", "Première ligne\n\ndeux   espaces\ttab\nsaut stylé"), values);
    }

    @Test
    void libreOfficeTypedCellsReadAsTheirXlsxTwin() throws Exception {
        List<String> values = onlyRow(
                "<table:table-cell office:value-type=\"float\" office:value=\"1234.50\"><text:p>1 234,5</text:p>"
                        + "</table:table-cell>"
                        + "<table:table-cell office:value-type=\"date\" office:date-value=\"2021-06-23T23:58:02\">"
                        + "<text:p>23/06/2021</text:p></table:table-cell>"
                        + "<table:table-cell office:value-type=\"date\" office:date-value=\"2021-06-15\">"
                        + "<text:p>15/06/21</text:p></table:table-cell>"
                        + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\">"
                        + "<text:p>FAUX</text:p></table:table-cell>"
                        + text("<text:p>2021-06-15 10:23:45 +0200</text:p>"));
        assertEquals(List.of("1234.5", "2021-06-23T23:58:02+02:00", "2021-06-15"), values);
        // the header has three columns: the rest is beyond it, reported; read the whole row through a wider header
        sink.rows.clear();
        sink.sheets.clear();
        read(TestOds.withTables(
                folder,
                "large.ods",
                TestOds.table(
                        "Dossiers",
                        TestOds.row("ID", "Nombre", "Date", "Jour", "Booléen", "Heure rodf")
                                + "<table:table-row>" + text("<text:p>7</text:p>")
                                + "<table:table-cell office:value-type=\"float\" office:value=\"8\"/>"
                                + "<table:table-cell office:value-type=\"date\""
                                + " office:date-value=\"2021-12-01T08:00:00.6\"/>"
                                + "<table:table-cell office:value-type=\"date\" office:date-value=\"2021-12-01\"/>"
                                + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"/>"
                                + text("<text:p>2021-06-15 10:23:45 +0200</text:p>") + "</table:table-row>")));
        assertEquals(
                List.of("7", "8", "2021-12-01T08:00:01+01:00", "2021-12-01", "true", "2021-06-15T10:23:45+02:00"),
                sink.rows("Dossiers").get(0).values());
    }

    @Test
    void repeatedCellsAndRowsExpandButHugeEmptyRepeatsAreOnlyCounted() throws Exception {
        String rows = "<table:table-row>" + text("<text:p>ID</text:p>")
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\">"
                + "<text:p>Même</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16381\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\">" + text("<text:p>5</text:p>")
                + "<table:table-cell/>" + text("<text:p>x</text:p>")
                + "<table:table-cell table:number-columns-repeated=\"16381\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\">"
                + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
        read(TestOds.withTables(folder, "repeats.ods", TestOds.table("Dossiers", rows)));
        assertEquals(List.of("ID", "Même", "Même"), sink.sheet("Dossiers").headers());
        assertEquals(
                List.of(
                        new RecordingSink.Row(2, List.of("5", "", "x")),
                        new RecordingSink.Row(3, List.of("5", "", "x"))),
                sink.rows("Dossiers"));
    }

    @Test
    void everySheetOfTheExportIsRead() throws Exception {
        DsExportFile file = read(TestOds.withTables(
                folder,
                "export.ods",
                TestOds.table("Dossiers", DOSSIERS_HEAD + TestOds.row("1", "a@example.org", "x"))
                        + TestOds.table(
                                "Etablissements", TestOds.row("Dossier ID", "Champ") + TestOds.row("1", "Dossier"))
                        + TestOds.table("Avis", "<table:table-row><table:table-cell/></table:table-row>")
                        + TestOds.table(
                                "(1187463) Communes du perimetr",
                                TestOds.row("Dossier ID", "Ligne", "Commune") + TestOds.row("1", "1", "Amiens (80000)"))
                        + TestOds.table("Notes perso", TestOds.row("a", "b"))));
        assertEquals(DsExportFile.Format.ODS, file.format());
        assertEquals(
                List.of("Dossiers", "Etablissements", "Avis", "(1187463) Communes du perimetr", "Notes perso"),
                file.sheetNames());
        assertEquals(List.of("Notes perso"), file.ignoredSheets());
        assertEquals(DsSheetKind.AVIS, sink.sheet("Avis").kind());
        assertEquals(List.of(), sink.sheet("Avis").headers());
        assertEquals(
                DsSheetKind.REPETITION,
                sink.sheet("(1187463) Communes du perimetr").kind());
        assertEquals("Dossier", sink.value("Etablissements", "1", "Champ"));
    }

    @Test
    void formulasAndErrorValuesAreMarkedComputed() throws Exception {
        Map<Long, BitSet> computed = new TreeMap<>();
        DsExportSink marking = new DsExportSink() {
            @Override
            public void sheet(DsSheet sheet) {}

            @Override
            public void row(DsSheet sheet, long rowNumber, List<String> values) {}

            @Override
            public void row(DsSheet sheet, long rowNumber, List<String> values, BitSet columns) {
                computed.put(rowNumber, (BitSet) columns.clone());
            }
        };
        Path file = TestOds.withTables(
                folder,
                "formules.ods",
                TestOds.table(
                        "Dossiers",
                        DOSSIERS_HEAD
                                + "<table:table-row>" + text("<text:p>1</text:p>") + "<table:table-cell/>"
                                + "<table:table-cell table:formula=\"of:=Notre projet\" office:value-type=\"string\""
                                + " office:string-value=\"\""
                                + " calcext:value-type=\"error\"><text:p>#NAME?</text:p></table:table-cell>"
                                + "</table:table-row>" + TestOds.row("2", "b@example.org", "Texte sain")));
        new DsExportReader().read(file, marking, Progress.NONE);
        assertEquals(Map.of(2L, BitSet.valueOf(new long[] {4}), 3L, new BitSet()), computed);
    }

    @Test
    void noDossiersSheetIsRefusedNamingTheSheetsFound() throws Exception {
        Path file = TestOds.withTables(folder, "feuilles.ods", TestOds.table("Feuille1", TestOds.row("ID")));
        InputRefusedException refusal = assertThrows(InputRefusedException.class, () -> read(file));
        assertTrue(
                refusal.getMessage()
                        .contains("pas de feuille «\u00a0Dossiers\u00a0» (feuilles trouvées\u00a0: " + "Feuille1)"),
                refusal.getMessage());
    }

    @Test
    void aCellPastTheLastColumnIsRefusedNamingSheetAndRow() throws Exception {
        Path file = TestOds.withTables(
                folder,
                "large.ods",
                TestOds.table(
                        "Dossiers",
                        DOSSIERS_HEAD
                                + "<table:table-row><table:table-cell table:number-columns-repeated=\"16384\""
                                + " office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
                                + text("<text:p>y</text:p>") + "</table:table-row>"));
        InputRefusedException refusal = assertThrows(InputRefusedException.class, () -> read(file));
        assertTrue(refusal.getMessage().contains("large.ods"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("Dossiers"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("colonne XFD"), refusal.getMessage());
    }
}
