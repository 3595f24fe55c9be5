package fr.ptce.workbench.application.national;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.common.VersionedRow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The cabinet's decision recorded on every pending proposal (and, when asked, « non retenu » on every ranked dossier
 * left without one), in the caller's transaction, each with its audit row; with the versions the user saw, a
 * decision changed since refuses the whole confirmation.
 */
final class CabinetConfirmation {

    private CabinetConfirmation() {}

    static int record(
            Repositories r,
            String by,
            LocalDate on,
            boolean othersNotRetained,
            Map<String, Long> seen,
            OffsetDateTime now) {
        List<NationalDecision> pending = new java.util.ArrayList<>(r.decisions().all().values().stream()
                .filter(NationalDecision::awaitsDecision)
                .toList());
        if (othersNotRetained) {
            NationalDecisions.view(r).ranking().stream()
                    .map(RankedDossier::decision)
                    .filter(d -> !d.laureate() && !d.invited() && d.decided() == null)
                    .filter(d ->
                            pending.stream().noneMatch(p -> p.dossierNumber().equals(d.dossierNumber())))
                    .forEach(pending::add);
        }
        if (pending.isEmpty()) {
            throw new InvalidInputException(
                    othersNotRetained
                            ? "Aucun dossier n'attend de décision."
                            : "Aucune proposition du PESSII n'attend de décision.");
        }
        Reviewer me = Instruction.user(r);
        int version = CampaignSettings.current(r).version();
        for (NationalDecision proposal : pending) {
            CabinetDecision decided = new CabinetDecision(proposal.laureate(), proposal.invited(), by, on);
            NationalDecision confirmed = proposal.decidedBy(decided);
            if (seen == null) {
                r.decisions().save(confirmed, version, me.signature(), now);
            } else {
                long base = seen.getOrDefault(proposal.dossierNumber(), 0L);
                if (r.decisions().save(confirmed, version, me.signature(), now, base) == VersionedRow.STALE) {
                    throw NationalDecisions.conflict(r, confirmed, base);
                }
            }
            r.audit()
                    .append(
                            now,
                            me.signature(),
                            proposal.dossierNumber(),
                            "décision du cabinet",
                            describe(proposal.decided()),
                            describe(decided));
        }
        return pending.size();
    }

    private static String describe(CabinetDecision decided) {
        if (decided == null) {
            return null;
        }
        return "lauréat phase 1\u00a0: " + (decided.laureate() ? "oui" : "non") + ", invité phase 2\u00a0: "
                + (decided.invited() ? "oui" : "non") + " (" + decided.by() + ", " + decided.on() + ")";
    }
}
