package fr.ptce.workbench.domain.review;

/** How mature the cooperation is; the grid is applied in proportion to it. */
public enum Maturity {
    EMERGENT("émergent"),
    EN_STRUCTURATION("en structuration"),
    OPERATIONNEL("opérationnel");

    private final String label;

    Maturity(String label) {
        this.label = label;
    }

    /** The French word, as shown and exported. */
    public String label() {
        return label;
    }
}
