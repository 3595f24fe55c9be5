package fr.ptce.workbench.application.exporting;

import fr.ptce.workbench.application.common.Consolidation;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.AvisAlert;
import fr.ptce.workbench.domain.avis.AvisAlerts;
import fr.ptce.workbench.domain.campaign.Wave;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.check.InseeLegalCategories;
import fr.ptce.workbench.domain.check.LegalFormCheck;
import fr.ptce.workbench.domain.check.LegalFormVerdict;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@code Avis} sheet line of one dossier from its outline, territory checks, reviews, avis and
 * admissibility override.
 */
final class AvisLines {

    private AvisLines() {}

    /**
     * The verdicts that depend only on a legal form and category, computed once per distinct value in one export (a
     * few hundred forms for thousands of dossiers). The QPV/ZRR detections are not kept: hashing and comparing the
     * territories' commune lists cost more than detecting again (performance.md, P4 fourth pass).
     */
    static final class Memo {
        private final Map<List<Object>, LegalFormVerdict> legalForms = new HashMap<>();

        LegalFormVerdict legalForm(DossierOutline dossier) {
            return legalForms.computeIfAbsent(
                    Arrays.asList(dossier.legalForm(), dossier.legalCategory()),
                    k -> LegalFormCheck.assess(
                            dossier.legalForm(), dossier.legalCategory(), InseeLegalCategories.shipped()));
        }
    }

    /**
     * The line: the legal-form verdict; admissibility overridden, else PESSII's, else computed; the dossier's wave;
     * the alerts of a favorable avis on a dossier not recevable or not eligible; eligibility, governance, maturity and
     * targets from the user's own review, else the first one (target c from the fragile-territory detection while
     * nobody judged it); consolidated scores from the avis when there is one, else the mean of the reviews.
     *
     * @param admissibility the computed admissibility (the override, when there is one, wins)
     */
    static AvisLine of(
            Grid grid,
            DossierOutline dossier,
            Admissibility admissibility,
            DossierChecker checker,
            List<Review> reviews,
            Optional<Avis> avis,
            Optional<AdmissibilityOverride> override,
            Reviewer me,
            Memo memo) {
        Admissibility shown = override.map(AdmissibilityOverride::value).orElse(admissibility);
        // computed for each dossier: a territory is seldom repeated, and hashing its communes cost more than this
        Boolean qpvDetected = checker.qpvDetected(dossier.territory());
        Boolean zrrDetected = checker.zrrDetected(dossier.territory());
        Optional<Review> reference = reviews.stream()
                .filter(v -> v.reviewer().email().equals(me.email()))
                .findFirst()
                .or(() -> reviews.stream().findFirst());
        Targets targets =
                reference.map(Review::targets).orElseGet(() -> Instruction.prefilled(zrrDetected, qpvDetected));
        Map<String, BigDecimal> scores =
                avis.map(Avis::consolidatedScores).orElseGet(() -> Consolidation.mean(grid, reviews));
        Optional<Wave> wave = checker.campaign().waveOf(dossier.depositedAt());
        Integer eligibilityMet = reference
                .filter(v -> v.eligibility().answered() > 0)
                .map(v -> v.eligibility().met())
                .orElse(null);
        List<String> alerts = AvisAlerts.of(
                        avis.map(a -> a.recommendation().favorable()).orElse(false),
                        shown,
                        wave.isPresent(),
                        eligibilityMet)
                .stream()
                .map(AvisAlert::french)
                .toList();
        return new AvisLine(
                dossier.number(),
                dossier.projectName(),
                dossier.structureName(),
                dossier.legalForm(),
                memo.legalForm(dossier),
                dossier.region(),
                dossier.depositedAt(),
                shown.label(),
                wave.map(Wave::name).orElse(null),
                eligibilityMet,
                reference.map(Review::governance).orElse(null),
                reference.map(Review::maturity).orElse(null),
                reference.isPresent() ? targets.b() : null,
                targets.c(),
                dossier.territory().declaredQpv(),
                qpvDetected,
                dossier.territory().declaredZrr(),
                zrrDetected,
                scores,
                scores.isEmpty() ? null : grid.totals(scores),
                reviews.size(),
                spread(grid, reviews),
                avis.orElse(null),
                alerts);
    }

    /** The largest gap between two reviews' scores on one criterion; null when no criterion has two scores. */
    static BigDecimal spread(Grid grid, List<Review> reviews) {
        BigDecimal largest = null;
        for (String code : grid.codes()) {
            List<BigDecimal> values = reviews.stream()
                    .map(r -> r.score(code).value())
                    .filter(v -> v != null)
                    .toList();
            if (values.size() >= 2) {
                BigDecimal gap = values.stream()
                        .max(BigDecimal::compareTo)
                        .orElseThrow()
                        .subtract(values.stream().min(BigDecimal::compareTo).orElseThrow());
                largest = largest == null || gap.compareTo(largest) > 0 ? gap : largest;
            }
        }
        return largest;
    }
}
