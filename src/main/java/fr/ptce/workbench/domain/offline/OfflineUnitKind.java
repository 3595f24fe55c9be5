package fr.ptce.workbench.domain.offline;

/** The kinds of shared unit a check-in sends back, each keyed by its dossier (and a reviewer for a review). */
public enum OfflineUnitKind {
    /** One reviewer's review: scores, comments, eligibility, maturity, targets, block comments. */
    REVIEW("évaluation"),
    /** The region's avis and its consolidated scores. */
    AVIS("avis de la région"),
    /** The dossier's note. */
    NOTE("note"),
    /** The admissibility override and its reason. */
    OVERRIDE("dérogation de recevabilité");

    private final String label;

    OfflineUnitKind(String label) {
        this.label = label;
    }

    /** The unit in French, for the reports. */
    public String label() {
        return label;
    }
}
