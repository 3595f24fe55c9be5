/**
 * The synthetic DS exports: {@link DsExportWriter} writes invented dossiers as DS would export them, in xlsx
 * ({@link XlsxExport}) or csv ({@link CsvExport}), with the columns of each era ({@link DossierColumns},
 * {@link EstablishmentColumns}) and DS's reference codes ({@link DsReferenceData}). Only the samples feature
 * ({@code generate-samples}, the demo) and the tests use it; no production reader depends on it.
 */
package fr.ptce.workbench.spreadsheet.ds.synthetic;
