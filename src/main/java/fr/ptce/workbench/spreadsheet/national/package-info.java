/**
 * PESSII's workbooks: the national one ({@code Classement}, {@code Évaluations}, {@code Synthèse}) from
 * {@link NationalWorkbookContent}, and the public lists of the cabinet's decisions, both written by
 * {@link NationalWorkbookWriter} with the sheets of {@link NationalSheetLayout}.
 */
package fr.ptce.workbench.spreadsheet.national;
