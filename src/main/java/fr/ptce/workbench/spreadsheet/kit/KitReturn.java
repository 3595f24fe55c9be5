package fr.ptce.workbench.spreadsheet.kit;

import java.util.List;
import java.util.Map;

/**
 * A returned expert kit as read: its metadata, the sheets whose locked parts differ from their checksum, each
 * scoring row with its entries and problems, and the dossiers' texts as exported.
 */
public record KitReturn(
        String fileName,
        Map<String, String> metadata,
        List<String> alteredSheets,
        List<Row> rows,
        Map<String, List<Map.Entry<String, String>>> texts) {

    public KitReturn {
        metadata = Map.copyOf(metadata);
        alteredSheets = List.copyOf(alteredSheets);
        rows = List.copyOf(rows);
        texts = Map.copyOf(texts);
    }

    /** Whether the kit's format has the governance column (a version 1 kit, sent before it came, has none). */
    public boolean asksGovernance() {
        return !KitFormat.VERSION_WITHOUT_GOVERNANCE.equals(meta(KitFormat.KEY_FORMAT_VERSION));
    }

    /** A metadata value, empty text when absent. */
    public String meta(String key) {
        return metadata.getOrDefault(key, "");
    }

    /**
     * One row of the {@code Notation} sheet: its number in the sheet (1 = header), the dossier, the valid entries,
     * and a French problem per invalid cell, naming the cell.
     */
    public record Row(int sheetRow, String dossierNumber, KitEntries entries, List<String> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }
}
