package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.dossier.LabelFolding;
import java.util.Optional;

/**
 * The champs of the assumed phase-2 DS procedure (formats.md, phase-2 import), in form order: their DS label, type,
 * length limit for a textarea and whether completeness requires them (the third year's justification is required
 * only when a third year is asked for).
 */
public enum Phase2Champ {
    PHASE1_NUMBER(1, "Numéro du dossier de phase 1", Type.NUMBER, 0, true),
    PROJECT_NAME(2, "Nom du projet", Type.TEXT, 0, true),
    SIRET(3, "SIRET de la structure porteuse", Type.TEXT, 0, true),
    ANIMATION(4, "Animation des coopérations territoriales", Type.TEXTAREA, 3_000, true),
    ACTION_PROGRAMME(5, "Programme d'actions sur deux ans", Type.TEXTAREA, 6_000, true),
    ECONOMIC_MODEL(6, "Modèle économique et autonomie financière", Type.TEXTAREA, 3_000, true),
    INDICATORS(7, "Indicateurs de suivi et résultats attendus", Type.TEXTAREA, 1_500, true),
    BUDGET(8, "Dépenses prévisionnelles", Type.REPETITION, 0, true),
    THIRD_YEAR(9, "Demande d'une troisième année", Type.YES_NO, 0, false),
    THIRD_YEAR_JUSTIFICATION(10, "Justification de la troisième année", Type.TEXTAREA, 1_500, false),
    PARTNER_LETTERS(11, "Lettres d'engagement des partenaires", Type.FILE, 0, true),
    ATTESTATION(12, "Attestation sur l'honneur", Type.CHECKBOX, 0, true);

    /** The DS type of a champ, as far as the workbench reads it. */
    public enum Type {
        NUMBER,
        TEXT,
        TEXTAREA,
        REPETITION,
        YES_NO,
        FILE,
        CHECKBOX
    }

    private final int order;
    private final String label;
    private final Type type;
    private final int limit;
    private final boolean required;

    Phase2Champ(int order, String label, Type type, int limit, boolean required) {
        this.order = order;
        this.label = label;
        this.type = type;
        this.limit = limit;
        this.required = required;
    }

    /** The champ's number in the form (1 to 12). */
    public int order() {
        return order;
    }

    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    /** The length limit in characters of a textarea, 0 for other champs. */
    public int limit() {
        return limit;
    }

    /** Whether completeness requires it always (the justification: only when a third year is asked for). */
    public boolean required() {
        return required;
    }

    /** Whether it is a column of the Dossiers sheet (the budget is a repetition block, on its own sheet). */
    public boolean inDossiersSheet() {
        return type != Type.REPETITION;
    }

    /** The champ a header names (after {@link LabelFolding}), or its code name. */
    public static Optional<Phase2Champ> of(String header) {
        String folded = LabelFolding.fold(header);
        for (Phase2Champ champ : values()) {
            if (LabelFolding.fold(champ.label).equals(folded) || champ.name().equalsIgnoreCase(header.strip())) {
                return Optional.of(champ);
            }
        }
        return Optional.empty();
    }
}
