package fr.ptce.workbench.domain.national;

import java.util.Objects;

/** A dossier at its place in the national ranking of its wave (1 = best), with PESSII's decision on it. */
public record RankedDossier(int rank, NationalDossier dossier, NationalDecision decision) {

    public RankedDossier {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(decision, "decision");
    }

    public RegionalAvisRow row() {
        return dossier.row();
    }
}
