package fr.ptce.workbench.domain.avis;

import fr.ptce.workbench.domain.Wording;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing a favorable avis contradicts, as data, worded from the bundle {@code alert} beside this class: the window
 * in its language, the avis workbook in French.
 *
 * @param eligibilityMet the criteria met, for {@link Kind#NOT_ELIGIBLE}; null otherwise
 */
public record AvisAlert(Kind kind, Integer eligibilityMet) {

    /** What the avis contradicts. */
    public enum Kind {
        /** The dossier is incomplete. */
        INCOMPLETE,
        /** The dossier came late and no wave takes it. */
        LATE,
        /** Nobody answered the eligibility criteria. */
        ELIGIBILITY_UNKNOWN,
        /** Fewer than the majority of the 7 criteria are met. */
        NOT_ELIGIBLE
    }

    public AvisAlert {
        Objects.requireNonNull(kind, "kind");
    }

    /** The alert in this language (French when the bundle does not have it). */
    public String words(Locale locale) {
        return Wording.of("fr.ptce.workbench.domain.avis.alert", locale).format(kind.name(), eligibilityMet);
    }

    /** The alert as the avis workbook writes it (the workbook is French). */
    public String french() {
        return words(Locale.FRENCH);
    }
}
