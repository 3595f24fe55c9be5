package fr.ptce.workbench.application.kit;

import fr.ptce.workbench.domain.kit.Expert;

/**
 * One expert's progress: kits sent and returned, dossiers scored on every criterion out of those assigned
 * without conflict, and whether a kit is past its deadline without having come back.
 */
public record ExpertProgress(
        Expert expert, int kitsSent, int kitsReturned, int scored, int assigned, int conflicts, boolean late) {}
