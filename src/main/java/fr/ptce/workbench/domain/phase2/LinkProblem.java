package fr.ptce.workbench.domain.phase2;

/**
 * Why a phase-2 dossier is not plainly linked to its phase-1 dossier: it is imported and flagged, never linked
 * silently.
 */
public enum LinkProblem {
    /** « Numéro du dossier de phase 1 » left empty or unreadable. */
    NO_NUMBER("numéro du dossier de phase 1 absent"),
    /** The workspace holds no phase-1 dossier of that number (neither DS export nor consolidated avis). */
    UNKNOWN_NUMBER("numéro de phase 1 inconnu de l'espace de travail"),
    /** The workspace records cabinet decisions, and this dossier was not invited to phase 2. */
    NOT_INVITED("dossier de phase 1 non invité en phase 2"),
    /** The workspace records no cabinet decision at all: the invitation cannot be checked. */
    INVITATION_UNKNOWN("aucune décision du cabinet dans l'espace\u00a0: invitation non vérifiable"),
    /** The SIRET differs from the phase-1 carrier's. */
    SIRET_MISMATCH("SIRET différent de celui du dossier de phase 1"),
    /** The workspace knows the phase-1 dossier without its SIRET (consolidated avis only, or no SIRET in DS). */
    SIRET_UNKNOWN("SIRET du dossier de phase 1 inconnu\u00a0: lien non vérifié");

    private final String reason;

    LinkProblem(String reason) {
        this.reason = reason;
    }

    /** The reason in French, as the list, the reader and {@code dossiers --phase 2} give it. */
    public String reason() {
        return reason;
    }
}
