package fr.ptce.workbench.domain.dossier;

/** The admissibility (recevabilité) of a dossier for a wave: complete and on time. */
public enum Admissibility {
    RECEVABLE("recevable"),
    INCOMPLET("incomplet"),
    HORS_DELAI("hors délai");

    private final String label;

    Admissibility(String label) {
        this.label = label;
    }

    /** The French word the call uses, as shown in badges and exports. */
    public String label() {
        return label;
    }
}
