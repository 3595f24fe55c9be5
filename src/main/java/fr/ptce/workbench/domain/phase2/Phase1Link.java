package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The link of a phase-2 dossier to its phase-1 dossier, by « Numéro du dossier de phase 1 », checked by SIRET and
 * against the cabinet's invitation; its problems, in the order the call's rule lists them.
 *
 * @param phase1 what the workspace holds of the phase-1 dossier, empty when the number is unknown
 */
public record Phase1Link(String phase1Number, Optional<Phase1Record> phase1, List<LinkProblem> problems) {

    public Phase1Link {
        problems = List.copyOf(problems);
    }

    /**
     * Links a phase-2 dossier.
     *
     * @param known the phase-1 dossiers the workspace holds, by number
     * @param decisionsRecorded whether the workspace records any cabinet decision (else the invitation is unknown)
     */
    public static Phase1Link of(Phase2Dossier dossier, Map<String, Phase1Record> known, boolean decisionsRecorded) {
        String number = dossier.phase1Number();
        List<LinkProblem> problems = new ArrayList<>();
        if (number == null || number.isBlank()) {
            problems.add(LinkProblem.NO_NUMBER);
            return new Phase1Link(null, Optional.empty(), problems);
        }
        Optional<Phase1Record> phase1 = Optional.ofNullable(known.get(number));
        if (phase1.isEmpty()) {
            problems.add(LinkProblem.UNKNOWN_NUMBER);
            return new Phase1Link(number, phase1, problems);
        }
        Phase1Record record = phase1.get();
        if (!decisionsRecorded) {
            problems.add(LinkProblem.INVITATION_UNKNOWN);
        } else if (!record.invited()) {
            problems.add(LinkProblem.NOT_INVITED);
        }
        if (record.siret() == null) {
            problems.add(LinkProblem.SIRET_UNKNOWN);
        } else if (!record.siret().equals(dossier.siret())) {
            problems.add(LinkProblem.SIRET_MISMATCH);
        }
        return new Phase1Link(number, phase1, problems);
    }

    /** Whether the phase-1 dossier is in the workspace (a link the window can follow, flagged or not). */
    public boolean found() {
        return phase1.isPresent();
    }

    /** The reasons in French joined by « ; », null when the link holds without problem. */
    public String reason() {
        return reason(Locale.FRENCH);
    }

    /** The reasons in this language, null when the link holds without problem. */
    public String reason(Locale locale) {
        if (problems.isEmpty()) {
            return null;
        }
        Wording wording = wording(locale);
        return String.join(
                wording.get("separator"),
                problems.stream().map(p -> p.words(locale)).toList());
    }

    /** The bundle {@code link} beside this class. */
    static Wording wording(Locale locale) {
        return Wording.of("fr.ptce.workbench.domain.phase2.link", locale);
    }
}
