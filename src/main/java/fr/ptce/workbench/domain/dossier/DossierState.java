package fr.ptce.workbench.domain.dossier;

import java.util.Arrays;
import java.util.Optional;

/** The DS states a dossier can be exported in (drafts are never exported), with the label DS writes. */
public enum DossierState {
    EN_CONSTRUCTION("En construction"),
    EN_INSTRUCTION("En instruction"),
    ACCEPTE("Accepté"),
    REFUSE("Refusé"),
    SANS_SUITE("Classé sans suite");

    private final String label;

    DossierState(String label) {
        this.label = label;
    }

    /** The label as DS writes it in the `État du dossier` column. */
    public String label() {
        return label;
    }

    /** The state for a DS label or API code ({@code en_construction}), ignoring case and accents. */
    public static Optional<DossierState> fromLabel(String text) {
        String folded = LabelFolding.fold(text);
        return Arrays.stream(values())
                .filter(s -> LabelFolding.fold(s.label).equals(folded)
                        || s.name().equalsIgnoreCase(folded.replace(' ', '_')))
                .findFirst();
    }
}
