package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.dossier.LabelFolding;
import java.util.Optional;

/** The « Poste » of a budget line: the values of the drop-down list of « Dépenses prévisionnelles ». */
public enum BudgetPost {
    ANIMATION("Animation des coopérations territoriales"),
    PERMANENT_OPERATION("Fonctionnement permanent du pôle (personnel, frais généraux)"),
    SHARED_ACTIONS("Animation des actions mutualisées ou collectives"),
    ECONOMIC_MODEL("Élaboration du modèle économique"),
    DEPRECIABLE_ASSETS("Biens amortissables"),
    OTHER("Autre");

    private final String label;

    BudgetPost(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The post a DS value names, compared whole (the note in brackets included). */
    public static Optional<BudgetPost> fromLabel(String text) {
        String folded = fold(text);
        for (BudgetPost post : values()) {
            if (fold(post.label).equals(folded)) {
                return Optional.of(post);
            }
        }
        return Optional.empty();
    }

    private static String fold(String text) {
        return LabelFolding.fold(text == null ? "" : text.replace('(', '[').replace(')', ']'));
    }
}
