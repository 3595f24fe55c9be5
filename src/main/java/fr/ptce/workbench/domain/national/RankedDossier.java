package fr.ptce.workbench.domain.national;

import java.util.Objects;

/**
 * A dossier at its place in the national ranking of its wave (1 = best), with PESSII's decision on it, and how many
 * of the grid's criteria its consolidated total counts: a partial total is ranked apart, after the complete ones.
 *
 * @param scoredCriteria how many criteria of the grid have a consolidated score
 * @param criteria how many criteria the grid has
 */
public record RankedDossier(
        int rank, NationalDossier dossier, NationalDecision decision, int scoredCriteria, int criteria) {

    public RankedDossier {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(decision, "decision");
    }

    public RegionalAvisRow row() {
        return dossier.row();
    }

    /** Whether every criterion of the grid has a consolidated score, so that the total is not a partial one. */
    public boolean complete() {
        return scoredCriteria >= criteria;
    }
}
