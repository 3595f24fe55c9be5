package fr.ptce.workbench.domain.phase2;

import java.util.Locale;

/**
 * Why a phase-2 dossier is not plainly linked to its phase-1 dossier: it is imported and flagged, never linked
 * silently.
 */
public enum LinkProblem {
    /** « Numéro du dossier de phase 1 » left empty or unreadable. */
    NO_NUMBER,
    /** The workspace holds no phase-1 dossier of that number (neither DS export nor consolidated avis). */
    UNKNOWN_NUMBER,
    /** The workspace records cabinet decisions, and this dossier was not invited to phase 2. */
    NOT_INVITED,
    /** The workspace records no cabinet decision at all: the invitation cannot be checked. */
    INVITATION_UNKNOWN,
    /** The SIRET differs from the phase-1 carrier's. */
    SIRET_MISMATCH,
    /** The workspace knows the phase-1 dossier without its SIRET (consolidated avis only, or no SIRET in DS). */
    SIRET_UNKNOWN;

    /** The reason in this language (French when the bundle does not have it). */
    public String words(Locale locale) {
        return Phase1Link.wording(locale).format(name());
    }

    /** The reason in French, as {@code dossiers --phase 2} gives it. */
    public String reason() {
        return words(Locale.FRENCH);
    }
}
