package fr.ptce.workbench.application.listing;

import java.math.BigDecimal;

/**
 * Where the instruction of one dossier stands for the list: scored (the user's review is complete), with an avis,
 * and the user's total out of 100 (null while the user has no review), which is partial until every criterion of
 * the grid is scored.
 *
 * @param scoredCriteria how many criteria the user's review scores (0 without review)
 * @param criteria how many criteria the review's grid has (0 without review)
 */
public record DossierProgress(
        String dossierNumber, boolean scored, boolean hasAvis, BigDecimal total, int scoredCriteria, int criteria) {

    /** Whether the total is a partial one: a review whose grid has criteria still unscored. */
    public boolean partial() {
        return total != null && scoredCriteria < criteria;
    }
}
