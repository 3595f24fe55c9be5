package fr.ptce.workbench.spreadsheet.avis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.spreadsheet.national.NationalWorkbookWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps formats.md true: its column table of the {@code Avis} sheet is the header the writer writes. */
class AvisFormatDocTest {

    private static final Path DOC = Path.of("src/site/markdown/formats.md");

    @Test
    void theDocumentedAvisColumnsAreTheWrittenHeader() throws IOException {
        assertEquals(
                documentedColumns("## Out: avis workbook", "### Sheet `Avis`"),
                AvisWorkbookWriter.avisHeaders(Grids.amiPtce2021()));
    }

    @Test
    void theDocumentedNationalColumnsAreTheWrittenHeader() throws IOException {
        assertEquals(
                documentedColumns("## Out: national workbook", "Sheet `Classement`"),
                NationalWorkbookWriter.rankingHeaders(Grids.amiPtce2021()));
    }

    @Test
    void theDocumentedMetadataKeysAreTheWrittenOnes() throws IOException {
        assertEquals(
                List.of(
                        AvisFormat.KEY_FORMAT,
                        AvisFormat.KEY_FORMAT_VERSION,
                        AvisFormat.KEY_REGION,
                        AvisFormat.KEY_AUTHOR,
                        AvisFormat.KEY_WORKSPACE_ID,
                        AvisFormat.KEY_APPLICATION_VERSION,
                        AvisFormat.KEY_EXPORTED_AT,
                        AvisFormat.KEY_GRID_ID,
                        AvisFormat.KEY_GRID_VERSION,
                        AvisFormat.KEY_ROWS,
                        // written in a phase-2 workbook only
                        AvisFormat.KEY_PHASE,
                        AvisFormat.KEY_SHA256),
                documentedColumns("## Out: avis workbook", "### Sheet `Métadonnées`"));
    }

    /** The first column of the first table under a heading of a section, without its back-quotes. */
    private static List<String> documentedColumns(String section, String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int at = indexOf(lines, section, 0);
        at = indexOf(lines, heading, at);
        while (!lines.get(at).startsWith("|")) {
            at++;
        }
        List<String> columns = new ArrayList<>();
        // skip the table's header and separator lines
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String first = lines.get(i).split("\\|")[1].strip();
            columns.add(first.replaceAll("^`|`$", ""));
        }
        return columns;
    }

    private static int indexOf(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("formats.md has no heading " + prefix);
    }
}
