package fr.ptce.workbench.spreadsheet.ds;

import java.util.List;

/**
 * A sheet of a DS export as the reader announces it, before its rows.
 *
 * @param kind what the sheet holds
 * @param name the sheet name as in the file (the file name for a csv)
 * @param headers the header row, verbatim and in order, duplicates included; empty for a sheet DS wrote
 *     without a header because it has no rows
 * @param htmlEscapedTextareas whether DS HTML-escaped textarea values in this file (exports made before
 *     2025-07-08)
 * @param htmlEscapedText whether DS also HTML-escaped single-line text (exports of 2025-05-05 to 2025-07-08)
 * @param onlyTable whether this table is the whole export (a csv: DS leaves out the Etablissements and Avis
 *     sheets and the repetition blocks such as the communes)
 * @param depositIsLastConstruction whether the export was made before 2021-12-06, when DS wrote in
 *     {@code Déposé le} the last passage into "en construction" instead of the first deposit
 */
public record DsSheet(
        DsSheetKind kind,
        String name,
        List<String> headers,
        boolean htmlEscapedTextareas,
        boolean htmlEscapedText,
        boolean onlyTable,
        boolean depositIsLastConstruction) {

    public DsSheet {
        headers = List.copyOf(headers);
    }
}
