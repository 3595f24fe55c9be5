package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.LabelFolding;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a carrier's legal form is one the call funds: an association, a cooperative, or a commercial
 * company holding the ESUS agreement. Anything else is flagged for the reviewer, never dropped.
 */
public final class LegalFormCheck {

    private static final List<Pattern> ELIGIBLE = List.of(
            Pattern.compile("\\bassociation\\b"),
            Pattern.compile("\\bcooperative?\\b|\\bscop\\b|\\bscic\\b|\\bcae\\b|\\bcooperative"),
            Pattern.compile("\\besus\\b"));

    private LegalFormCheck() {
    }

    /** True for an eligible form, false for another one, null when the dossier gives none. */
    public static Boolean isEligible(String legalForm) {
        if (legalForm == null || legalForm.isBlank()) {
            return null;
        }
        String folded = LabelFolding.fold(legalForm);
        return ELIGIBLE.stream().anyMatch(p -> p.matcher(folded).find());
    }
}
