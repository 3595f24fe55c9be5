package fr.ptce.workbench.domain.avis;

import java.util.Objects;

/**
 * One thing a favorable avis contradicts, as data: the window words it in its language; {@link #french()} is the
 * wording of the avis workbook.
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

    /** The alert as the avis workbook writes it (the workbook is French). */
    public String french() {
        return switch (kind) {
            case INCOMPLETE -> "avis favorable sur un dossier non recevable (incomplet)";
            case LATE -> "avis favorable sur un dossier non recevable (hors délai)";
            case ELIGIBILITY_UNKNOWN -> "avis favorable sans éligibilité renseignée";
            case NOT_ELIGIBLE -> "avis favorable sur un dossier non éligible (" + eligibilityMet + "/7 critères)";
        };
    }
}
