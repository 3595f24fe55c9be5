package fr.ptce.workbench.domain.dossier;

/**
 * The ten free-text sections of the candidate's form (S1–S10), with their champ and the call's length limit
 * in characters (1 page = 3,000, 15 lines = 1/2 page = 1,500, 2 pages = 6,000).
 */
public enum Section {
    S1(Champ.S1, 3000),
    S2(Champ.S2, 3000),
    S3(Champ.S3, 6000),
    S4(Champ.S4, 1500),
    S5(Champ.S5, 1500),
    S6(Champ.S6, 3000),
    S7(Champ.S7, 3000),
    S8(Champ.S8, 3000),
    S9(Champ.S9, 3000),
    S10(Champ.S10, 3000);

    private final Champ champ;
    private final int defaultLimit;

    Section(Champ champ, int defaultLimit) {
        this.champ = champ;
        this.defaultLimit = defaultLimit;
    }

    public Champ champ() {
        return champ;
    }

    /** The champ label, which is also the section's title. */
    public String title() {
        return champ.label();
    }

    public boolean optional() {
        return !champ.required();
    }

    /** The default limit in characters (Unicode code points), which a grid may change. */
    public int defaultLimit() {
        return defaultLimit;
    }
}
