/**
 * The region's avis workbook for PESSII: its names ({@link AvisFormat}), what it carries
 * ({@link AvisWorkbookContent}, {@link AvisMetadata}), its writer ({@link AvisWorkbookWriter}), its verification
 * against the checksum of its canonical content ({@link AvisWorkbookVerifier}, {@link AvisVerification},
 * {@link VerifiedAvisWorkbook}) and its reading back into typed rows ({@link AvisWorkbookReader},
 * {@link SheetCursor}, {@link ReadAvisWorkbook}).
 */
package fr.ptce.workbench.spreadsheet.avis;
