package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;

/**
 * What DS itself records about a dossier (state, dates, followers), as opposed to what the applicant typed.
 * Dates are in Europe/Paris with their offset; null when DS left them empty.
 */
public record DsTracking(
        DossierState state,
        boolean archived,
        String accountEmail,
        OffsetDateTime depositedAt,
        OffsetDateTime updatedAt,
        OffsetDateTime champsUpdatedAt,
        OffsetDateTime instructionAt,
        OffsetDateTime processedAt,
        String motivation,
        String instructors,
        String instructorGroup) {}
