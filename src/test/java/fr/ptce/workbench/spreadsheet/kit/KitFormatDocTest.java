package fr.ptce.workbench.spreadsheet.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.domain.grid.Grids;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps formats.md true for expert kits: the documented Notation header and metadata keys are the written ones. */
class KitFormatDocTest {

    private static final String SECTION = "## Out and back: expert kit";

    @Test
    void theDocumentedNotationColumnsAreTheWrittenHeader() throws IOException {
        assertEquals(KitWorkbookWriter.scoringHeaders(Grids.amiPtce2021()), firstColumn("### Sheet `Notation`"));
    }

    @Test
    void theDocumentedMetadataKeysAreTheWrittenOnes() throws IOException {
        assertEquals(
                List.of(
                        KitFormat.KEY_FORMAT,
                        KitFormat.KEY_FORMAT_VERSION,
                        KitFormat.KEY_KIT_ID,
                        KitFormat.KEY_EXPERT_NAME,
                        KitFormat.KEY_EXPERT_EMAIL,
                        KitFormat.KEY_EXPERT_ORGANISATION,
                        KitFormat.KEY_DOSSIERS,
                        KitFormat.KEY_GRID_ID,
                        KitFormat.KEY_GRID_VERSION,
                        KitFormat.KEY_EXPORTED_AT,
                        KitFormat.KEY_DEADLINE,
                        KitFormat.KEY_PSEUDONYMISED,
                        KitFormat.KEY_PHASE,
                        KitFormat.KEY_CONTENT_PREFIX + "<n°>",
                        KitFormat.KEY_SHA256,
                        KitFormat.KEY_SHA256 + "-<feuille>"),
                firstColumn("### Sheet `Métadonnées` (hidden)"));
    }

    private static List<String> firstColumn(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/site/markdown/formats.md"), StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).startsWith(SECTION)) {
            at++;
        }
        while (!lines.get(at).startsWith(heading)) {
            at++;
        }
        while (!lines.get(at).startsWith("|")) {
            at++;
        }
        List<String> cells = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            cells.add(lines.get(i).split("\\|")[1].strip().replaceAll("^`|`$", ""));
        }
        return cells;
    }
}
