/** The phase-2 dossiers and their budget lines, and what the phase-1 tables tell of their link. */
package fr.ptce.workbench.persistence.phase2;
