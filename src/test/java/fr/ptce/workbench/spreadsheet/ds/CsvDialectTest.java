package fr.ptce.workbench.spreadsheet.ds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.RowProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The csv dialect DS writes (Ruby CSV defaults) read from files built in the test. */
class CsvDialectTest {

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    private DsExportFile read(String name, byte[] content) throws IOException {
        return new DsExportReader().read(Files.write(dir.resolve(name), content), sink, Progress.NONE);
    }

    private DsExportFile read(String name, String content) throws IOException {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndCrlfVerbatim() throws IOException {
        read("export.csv", "ID,Texte,Vide,Chaîne vide\r\n1,\"a, \"\"b\"\"\r\nc\",,\"\"\r\n");

        assertEquals(List.of(new RecordingSink.Row(2, List.of("1", "a, \"b\"\r\nc", "", ""))), sink.rows("export.csv"));
    }

    @Test
    void utf8ByteOrderMarkIsDroppedFromTheFirstHeader() throws IOException {
        byte[] body = "ID,Nom\n1,Éloïse\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        read("export.csv", withBom);

        assertEquals(List.of("ID", "Nom"), sink.sheet("export.csv").headers());
        assertEquals(List.of("1", "Éloïse"), sink.rows("export.csv").get(0).values());
    }

    @Test
    void rowNumbersCountRecordsNotLinesAndBlankRecordsAreSkipped() throws IOException {
        read("export.csv", "ID,Texte\n1,\"deux\nlignes\"\n\n2,x\n");

        List<RecordingSink.Row> rows = sink.rows("export.csv");
        assertEquals(
                List.of(2L, 4L), rows.stream().map(RecordingSink.Row::number).toList());
    }

    @Test
    void shortRecordsArePaddedAndLongOnesReported() throws IOException {
        DsExportFile result = read("export.csv", "ID,A,B\n1\n2,a,b,c\n");

        assertEquals(List.of("1", "", ""), sink.rows("export.csv").get(0).values());
        assertEquals(List.of("2", "a", "b"), sink.rows("export.csv").get(1).values());
        assertEquals(
                List.of(new RowProblem("export.csv", 3, "n° 4", "valeur hors des colonnes de l'en-tête, ignorée")),
                result.problems());
    }

    @Test
    void csvContentIsDetectedEvenWithAnXlsxExtension() throws IOException {
        DsExportFile result = read("dossiers_ami_2025-06-01_10-00.xlsx", "ID\n1\n");

        assertEquals(DsExportFile.Format.CSV, result.format());
        assertTrue(sink.sheet("dossiers_ami_2025-06-01_10-00.xlsx").htmlEscapedText());
    }
}
