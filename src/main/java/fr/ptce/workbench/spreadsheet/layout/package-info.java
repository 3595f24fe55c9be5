/**
 * The sheets the avis workbook defines and other workbooks reproduce: the columns and rows of {@code Avis}
 * ({@link AvisSheetLayout}, one {@link AvisLine} per dossier), {@code Évaluations} ({@link ReviewSheetLayout}, one
 * {@link ReviewLine} per review) and {@code Grille} ({@link GridSheetLayout}). The national workbook carries the
 * region's {@code Avis} and {@code Évaluations} columns unchanged and the expert kit takes the grid's criterion
 * notes, so these live in a shared room below the avis, national and kit rooms.
 */
package fr.ptce.workbench.spreadsheet.layout;
