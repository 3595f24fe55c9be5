package fr.ptce.workbench.domain.review;

/** What a reviewer is in the call: regional correspondent, CRESS expert or PESSII. */
public enum ReviewerRole {
    CORRESPONDENT("correspondant régional"),
    EXPERT("expert"),
    PESSII("PESSII");

    private final String label;

    ReviewerRole(String label) {
        this.label = label;
    }

    /** The French name of the role. */
    public String label() {
        return label;
    }
}
