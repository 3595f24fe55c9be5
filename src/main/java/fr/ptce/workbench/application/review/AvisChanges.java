package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.ReviewChanges;
import fr.ptce.workbench.application.common.ReviewChanges.FieldChange;
import fr.ptce.workbench.domain.avis.Avis;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields that differ between a dossier's previous avis (maybe none) and its new one, named in French. */
final class AvisChanges {

    private AvisChanges() {}

    static List<FieldChange> between(Avis before, Avis after) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.add(
                changes,
                "avis\u00a0: recommandation",
                before == null ? null : before.recommendation().label(),
                after.recommendation().label());
        FieldChange.add(
                changes,
                "avis\u00a0: proposé en phase 2",
                before == null ? null : ReviewChanges.yesNo(before.proposedForPhase2()),
                ReviewChanges.yesNo(after.proposedForPhase2()));
        FieldChange.add(
                changes, "avis\u00a0: motivation", before == null ? null : before.motivation(), after.motivation());
        FieldChange.add(
                changes, "avis\u00a0: points forts", before == null ? null : before.strengths(), after.strengths());
        FieldChange.add(
                changes,
                "avis\u00a0: points d'attention",
                before == null ? null : before.attentionPoints(),
                after.attentionPoints());
        Set<String> codes = new LinkedHashSet<>(after.consolidatedScores().keySet());
        if (before != null) {
            codes.addAll(before.consolidatedScores().keySet());
        }
        for (String code : codes) {
            FieldChange.add(
                    changes,
                    "avis\u00a0: note consolidée " + code,
                    before == null
                            ? null
                            : ReviewChanges.number(before.consolidatedScores().get(code)),
                    ReviewChanges.number(after.consolidatedScores().get(code)));
        }
        FieldChange.add(
                changes,
                "avis\u00a0: motif du changement des notes",
                before == null ? null : before.scoreChangeReason(),
                after.scoreChangeReason());
        return changes;
    }
}
