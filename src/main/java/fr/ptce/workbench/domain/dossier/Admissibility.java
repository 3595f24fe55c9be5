package fr.ptce.workbench.domain.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The admissibility (recevabilité) of a dossier: « recevable » (complete, in a dated wave), « incomplet », or
 * « hors délai » (complete but late for the dated waves: instructed in the rolling track when the campaign has one).
 */
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

    /**
     * The admissibility a label names, folded (« Recevable », « Hors délai », « hors delai », as PESSII's DS
     * annotation or an avis workbook writes it); empty for blank or another text.
     */
    public static Optional<Admissibility> fromLabel(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = LabelFolding.fold(text);
        return Arrays.stream(values())
                .filter(a -> LabelFolding.fold(a.label).equals(folded))
                .findFirst();
    }
}
