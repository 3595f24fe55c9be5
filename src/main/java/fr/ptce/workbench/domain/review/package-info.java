/**
 * One reviewer's judgement of a dossier: eligibility, maturity, targets, scores and comments, and the reviewer
 * identity written on it. Pure records and rules; depends on {@code java.*} and the dossier model only.
 */
package fr.ptce.workbench.domain.review;
