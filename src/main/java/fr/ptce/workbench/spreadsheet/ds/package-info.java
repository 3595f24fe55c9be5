/**
 * Reading a dossier export of demarches-simplifiees.fr: {@link DsExportReader} tells xlsx from csv by content
 * ({@link ContentSniffer}), streams an xlsx ({@link XlsxExportReader}) or a csv ({@link CsvExportReader},
 * {@link CsvRecordParser}, {@link StrictUtf8Reader}) sheet by sheet, row by row to a {@link DsExportSink}
 * ({@link DsSheet}, {@link DsSheetKind}, {@link SheetRowRouter}), dates the export ({@link ExportDating}) and lists
 * row problems ({@link ProblemList}); and the column-mapping file of {@code import --mapping}
 * ({@link ColumnMappingFile}).
 */
package fr.ptce.workbench.spreadsheet.ds;
