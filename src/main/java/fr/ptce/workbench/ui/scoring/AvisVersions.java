package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.application.review.AvisDraft;

/** The avis's versions in the window: a draft saved from a stored version, and two texts merged without loss. */
final class AvisVersions {

    private AvisVersions() {}

    static AvisDraft from(AvisDraft draft, long base) {
        return new AvisDraft(
                draft.dossierNumber(),
                draft.recommendation(),
                draft.proposedForPhase2(),
                draft.motivation(),
                draft.strengths(),
                draft.attentionPoints(),
                draft.consolidatedScores(),
                draft.scoreChangeReason(),
                base);
    }

    /**
     * « Ghislaine Morel a modifié cet avis à 10:42… » in the window's language, at Paris time as the command line
     * says it.
     */
    static String changedBy(fr.ptce.workbench.ui.fx.Messages messages, fr.ptce.workbench.domain.avis.Avis theirs) {
        return messages.format(
                "avis.conflict.header",
                theirs.author(),
                fr.ptce.workbench.application.common.ConcurrentChangeException.time(theirs.at()));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** Their text, then this one below it when it says something else: nothing typed on either side is lost. */
    static String merged(String theirs, String mine) {
        String a = text(theirs).strip();
        String b = text(mine).strip();
        if (a.equals(b) || b.isEmpty() || a.contains(b)) {
            return a;
        }
        if (a.isEmpty() || b.contains(a)) {
            return b;
        }
        return a + "\n\n" + b;
    }
}
