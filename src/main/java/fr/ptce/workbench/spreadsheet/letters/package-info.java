/**
 * The letters room: Word templates (.docx) with {@code {{champ}}} fields filled with Apache POI XWPF, one letter
 * per dossier, and the mail-merge workbook with the decisions sheet for DS. Depends on the shared room xlsx only.
 */
package fr.ptce.workbench.spreadsheet.letters;
