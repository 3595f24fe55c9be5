/** Phase 2 of the call: the phase-2 dossiers read with their checks and their link to phase 1. */
package fr.ptce.workbench.application.phase2;
