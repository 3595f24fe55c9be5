package fr.ptce.workbench.domain.avis;

/** The region's recommendation on a dossier. */
public enum Recommendation {
    FAVORABLE("favorable"),
    FAVORABLE_WITH_RESERVATIONS("favorable avec réserves"),
    UNFAVORABLE("défavorable");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    /** The French wording, as shown and exported. */
    public String label() {
        return label;
    }

    /** Whether the recommendation is favorable, with or without reservations. */
    public boolean favorable() {
        return this != UNFAVORABLE;
    }
}
