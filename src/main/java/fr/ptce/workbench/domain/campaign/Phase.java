package fr.ptce.workbench.domain.campaign;

/**
 * The two phases of the call, each its own DS procedure: phase 1 (every applicant) and phase 2 (the « dossier
 * additionnel » of the invited phase-1 laureates). A campaign holds both in one workspace.
 */
public enum Phase {
    ONE(1),
    TWO(2);

    private final int number;

    Phase(int number) {
        this.number = number;
    }

    /** 1 or 2, as the command line's {@code --phase} and the store write it. */
    public int number() {
        return number;
    }

    /** The phase of {@code --phase N}. */
    public static Phase of(int number) {
        return switch (number) {
            case 1 -> ONE;
            case 2 -> TWO;
            default -> throw new IllegalArgumentException("phase 1 ou 2 attendue\u00a0: " + number);
        };
    }
}
