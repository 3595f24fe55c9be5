package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.review.Targets;

/**
 * What the list's filters know of a dossier beyond its summary.
 *
 * @param scored whether the user's review is complete (the list's ✓)
 * @param recommendation the region's avis, null without one
 * @param targets the targets of the user's review, else of the first review, else none
 * @param overLimitSections the number of sections longer than their limit
 * @param wave the name of the dossier's wave, null when late for every wave
 * @param admissibilityDisagreement whether PESSII's annotation and the computed admissibility disagree
 * @param alteredBySpreadsheet whether a spreadsheet program altered cells of the dossier's last imported row
 */
public record DossierFacet(
        boolean scored,
        Recommendation recommendation,
        Targets targets,
        int overLimitSections,
        String wave,
        boolean admissibilityDisagreement,
        boolean alteredBySpreadsheet) {

    /** A dossier nothing is known of yet. */
    public static final DossierFacet NONE = new DossierFacet(false, null, Targets.NONE, 0, null, false, false);

    /** The facets of a dossier no spreadsheet program altered. */
    public DossierFacet(
            boolean scored,
            Recommendation recommendation,
            Targets targets,
            int overLimitSections,
            String wave,
            boolean admissibilityDisagreement) {
        this(scored, recommendation, targets, overLimitSections, wave, admissibilityDisagreement, false);
    }

    public DossierFacet {
        targets = targets == null ? Targets.NONE : targets;
    }
}
