package fr.ptce.workbench.domain.dossier;

/**
 * One cell of the source row, kept verbatim with its header, in source order.
 *
 * @param header the column header as exported (duplicates are kept as they come)
 * @param value the cell's text as exported ("" when empty); dates as ISO-8601 with the Paris offset
 * @param known whether the workbench maps this column to a field it understands; the others are the
 *     "autres champs" shown as they are
 */
public record RawCell(String header, String value, boolean known) {}
