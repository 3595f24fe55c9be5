package fr.ptce.workbench.domain.national;

import java.util.Objects;

/**
 * PESSII's decision on a dossier: phase-1 laureate (granted {@link Shortlist#GRANT}) and invited to phase 2.
 */
public record NationalDecision(String dossierNumber, boolean laureate, boolean invited) {

    public NationalDecision {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
    }

    /** No decision yet. */
    public static NationalDecision none(String dossierNumber) {
        return new NationalDecision(dossierNumber, false, false);
    }

    public NationalDecision withLaureate(boolean value) {
        return new NationalDecision(dossierNumber, value, invited);
    }

    public NationalDecision withInvited(boolean value) {
        return new NationalDecision(dossierNumber, laureate, value);
    }
}
