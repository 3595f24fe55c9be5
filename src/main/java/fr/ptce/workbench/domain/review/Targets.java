package fr.ptce.workbench.domain.review;

/**
 * The phase-1 targets a dossier meets: (a) wish to build a territorial cooperation, (b) cooperation emerging but
 * not yet mature, (c) fragile territory (QPV, ZRR, deindustrialised area); c is null while unknown.
 */
public record Targets(boolean a, boolean b, Boolean c) {

    /** No target ticked, fragility unknown. */
    public static final Targets NONE = new Targets(false, false, null);

    /** Whether the dossier may be drawn for phase 2: target (b) or (c) holds. */
    public boolean allowPhase2() {
        return b || Boolean.TRUE.equals(c);
    }
}
