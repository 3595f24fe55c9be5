package fr.ptce.workbench.online.ds;

import java.util.List;

/**
 * One table of the dossiers read from DS's API, shaped as the same sheet of a DS export (formats.md, « DS online »):
 * the header row, then one row of strings per line, one value per header.
 */
public record DsApiSheet(Kind kind, String name, List<String> headers, List<List<String>> rows) {

    /** The export's sheet this table stands for. */
    public enum Kind {
        DOSSIERS,
        ETABLISSEMENTS,
        AVIS,
        REPETITION
    }

    public DsApiSheet {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
