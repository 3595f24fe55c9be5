/**
 * Every file format the workbench reads or writes: DS exports (read as streamed xlsx or csv, written for tests and
 * the demo), the region's avis workbook and its checksum verification. Depends on domain only; the only package
 * that imports Apache POI.
 */
package fr.ptce.workbench.spreadsheet;
