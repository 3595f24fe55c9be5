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

    /**
     * Whether the kit has the governance column: phase 1's judgement, from format version 2 (a version 1 kit, sent
     * before it came, has none; nor has a phase-2 kit).
     */
    public boolean asksGovernance() {
        return Integer.valueOf(1).equals(phase())
                && !KitFormat.VERSION_WITHOUT_GOVERNANCE.equals(meta(KitFormat.KEY_FORMAT_VERSION));
    }

    /**
     * The phase of the kit's dossiers: 2 when the metadata say {@code phase = 2}, 1 when they say {@code 1} or
     * nothing of it (every kit before phase 2), null when they name another phase.
     */
    public Integer phase() {
        String phase = meta(KitFormat.KEY_PHASE).strip();
        if (phase.isEmpty() || phase.equals("1")) {
            return 1;
        }
        return phase.equals("2") ? 2 : null;
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
