package fr.ptce.workbench.application.phase2;

import fr.ptce.workbench.domain.phase2.Envelope;
import java.util.List;

/** The phase-2 decisions as stored now: the phase-2 ranking with each dossier's decision, and the envelope. */
public record Phase2DecisionView(List<Phase2Row> ranking, Envelope envelope) {

    public Phase2DecisionView {
        ranking = List.copyOf(ranking);
    }
}
