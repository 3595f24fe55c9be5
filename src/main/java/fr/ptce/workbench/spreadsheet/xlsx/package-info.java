/**
 * The xlsx machinery every spreadsheet room shares. Reading: a package opened read-only once its zip content is
 * checked ({@link XlsxPackage}, {@link ZipContentCheck}), hardened XML ({@link SecureXml}), a sheet streamed with
 * SAX ({@link SheetXmlHandler}) into a {@link RowTarget} through a {@link CellDecoder} (text with
 * {@link CellValueFormatter}, typed values with {@link AvisCellDecoder}), chosen sheets read into
 * {@link WorkbookRows}, the sheet names ({@link WorkbookInfo}, {@link WorkbookSheets}) and the bounds of any read
 * ({@link ReadLimits}). Writing: typed columns and cell values ({@link AvisColumn}, {@link AvisValues}), their styles
 * ({@link AvisStyles}), a streamed sheet ({@link AvisSheetWriter}), the canonical form and checksum of a workbook's
 * content ({@link AvisCanonicalForm}) and the atomic replacement of a file ({@link TempFiles}).
 */
package fr.ptce.workbench.spreadsheet.xlsx;
