/**
 * Phase 2 of the call: the « dossier additionnel » the invited phase-1 laureates file in a second DS procedure
 * (its champs, its « Dépenses prévisionnelles » budget lines), its link to the phase-1 dossier and its checks. Pure
 * records and rules; depends on {@code java.*} and the dossier package only.
 */
package fr.ptce.workbench.domain.phase2;
