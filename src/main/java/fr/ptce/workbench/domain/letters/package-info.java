/**
 * The letters that tell every applicant the cabinet's recorded decision: their kinds, the named fields of their
 * templates and the values a decision gives them. Pure: the .docx files are the spreadsheet layer's.
 */
package fr.ptce.workbench.domain.letters;
