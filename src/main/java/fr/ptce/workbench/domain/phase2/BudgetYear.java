package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.dossier.LabelFolding;
import java.util.Optional;

/** The « Année » of a budget line; the third is optional and outside the 1.5 M€ envelope. */
public enum BudgetYear {
    YEAR_1(1, "Année 1"),
    YEAR_2(2, "Année 2"),
    YEAR_3(3, "Année 3 (optionnelle)");

    private final int number;
    private final String label;

    BudgetYear(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** 1, 2 or 3. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** The year a DS value names ({@code Année 3} with or without its note). */
    public static Optional<BudgetYear> fromLabel(String text) {
        String folded = LabelFolding.fold(text);
        for (BudgetYear year : values()) {
            if (LabelFolding.fold(year.label).equals(folded)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }
}
