package fr.ptce.workbench.application.national;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterKind;
import fr.ptce.workbench.domain.letters.Letters;
import fr.ptce.workbench.domain.letters.Recipient;
import fr.ptce.workbench.domain.national.NationalDossier;
import fr.ptce.workbench.domain.phase2.GrantSplit;
import fr.ptce.workbench.domain.phase2.Phase2Checker;
import fr.ptce.workbench.domain.phase2.Phase2Checks;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.persistence.Repositories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The phase-2 letters: one per phase-2 dossier whose decision the cabinet recorded, with the phase-1 carrier, region
 * and referent (from the phase-1 DS export, else the consolidated avis; the phase-2 dossier's e-mail when no referent
 * e-mail is known) and the split of the grant from the dossier's own budget lines.
 */
final class Phase2Letters {

    private Phase2Letters() {}

    static List<Letter> of(Repositories r, Campaign campaign, LocalDate today) {
        Map<String, Phase2Decision> decisions = r.phase2Decisions().all();
        Map<String, NationalDossier> avis = new HashMap<>();
        r.national().dossiers().forEach(d -> avis.putIfAbsent(d.number(), d));
        List<Letter> letters = new ArrayList<>();
        for (Phase2Dossier dossier : r.phase2().all().values()) {
            Phase2Decision decision = decisions.get(dossier.number());
            if (decision == null || !LetterKind.PHASE2.answers(decision)) {
                continue;
            }
            Phase2Checks checks = Phase2Checker.check(dossier);
            GrantSplit split = GrantSplit.of(
                    campaign.phase2Grant(),
                    checks.stateAmountByYear().get(1),
                    checks.stateAmountByYear().get(2));
            String phase1 = dossier.phase1Number();
            Optional<Dossier> ds =
                    phase1 == null ? Optional.empty() : r.dossiers().find(phase1);
            NationalDossier national = phase1 == null ? null : avis.get(phase1);
            String structure = ds.map(
                            d -> d.structure() == null ? null : d.structure().name())
                    .orElse(national == null ? null : national.row().structure());
            String region = ds.map(Dossier::region)
                    .orElse(national == null ? null : national.row().region());
            letters.add(Letters.phase2(
                    dossier, decision, split, structure, region, recipient(ds, dossier), campaign, today));
        }
        letters.sort(
                Comparator.comparing((Letter l) -> l.dossierNumber().length()).thenComparing(Letter::dossierNumber));
        return letters;
    }

    private static Recipient recipient(Optional<Dossier> phase1, Phase2Dossier dossier) {
        String name = phase1.map(d -> d.referent() == null ? null : d.referent().name())
                .orElse(null);
        String email = phase1.map(
                        d -> d.referent() == null ? null : d.referent().email())
                .orElse(null);
        if (email == null || email.isBlank()) {
            email = dossier.email();
        }
        return new Recipient(name, email);
    }
}
