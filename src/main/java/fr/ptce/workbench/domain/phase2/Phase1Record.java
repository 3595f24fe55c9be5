package fr.ptce.workbench.domain.phase2;

import java.util.Objects;

/**
 * What the workspace knows of a phase-1 dossier, for the link of a phase-2 dossier: from the phase-1 DS export
 * (with the SIRET DS gave) or only from the consolidated avis of a region (no SIRET).
 *
 * @param siret the phase-1 carrier's SIRET, null when the workspace does not hold it
 * @param invited whether the cabinet invited the dossier to phase 2 (a recorded decision)
 */
public record Phase1Record(String number, Source source, String siret, boolean invited) {

    /** Where the workspace holds the phase-1 dossier. */
    public enum Source {
        /** The phase-1 DS export (a region's workspace, or the national export in PESSII's). */
        DS_EXPORT,
        /** Only a region's consolidated avis (PESSII's workspace). */
        CONSOLIDATED_AVIS
    }

    public Phase1Record {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(source, "source");
    }
}
