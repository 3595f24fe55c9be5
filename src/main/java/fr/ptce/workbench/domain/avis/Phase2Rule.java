package fr.ptce.workbench.domain.avis;

import fr.ptce.workbench.domain.review.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The call's rule for proposing a dossier for phase 2: only with a favorable avis (with or without reservations)
 * and when target (b) or (c) holds.
 */
public final class Phase2Rule {

    private Phase2Rule() {}

    /** Why this avis may not propose its dossier for phase 2 (French), empty when it may or does not propose it. */
    public static Optional<String> refusal(Avis avis, Targets targets) {
        if (!avis.proposedForPhase2()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (!avis.recommendation().favorable()) {
            reasons.add("l'avis est défavorable (seul un avis favorable, avec ou sans réserves, peut proposer"
                    + " un dossier en phase 2)");
        }
        if (targets == null || !targets.allowPhase2()) {
            reasons.add("ni la cible b) (dynamiques de coopération déjà en émergence) ni la cible c) (territoires"
                    + " dits fragiles\u00a0: quartiers prioritaires de la ville et zones de revitalisation rurale)"
                    + " n'est retenue");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Dossier n° " + avis.dossierNumber() + "\u00a0: proposition en phase 2 impossible, "
                + String.join("\u00a0; ", reasons) + ".");
    }
}
