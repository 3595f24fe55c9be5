/** Phase 2 in the window: the phase selector's model, the phase-2 list and reader with its checks and link. */
package fr.ptce.workbench.ui.phase2;
