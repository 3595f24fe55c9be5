/**
 * The region's avis on a dossier: recommendation, phase-2 proposal and its rule, motivation and consolidated
 * scores. Pure records and rules; depends on {@code java.*}, the grid and the reviews only.
 */
package fr.ptce.workbench.domain.avis;
