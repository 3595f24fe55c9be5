package fr.ptce.workbench.cli.dossier;

import fr.ptce.workbench.application.review.DossierReviews;
import fr.ptce.workbench.application.review.ScoredReview;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.review.Eligibility;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Review;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a dossier's reviews and avis ({@code reviews} and {@code avis} keys of {@code dossiers}). */
final class ReviewJson {

    private ReviewJson() {}

    static List<Map<String, Object>> reviews(DossierReviews dossier) {
        return dossier == null
                ? List.of()
                : dossier.reviews().stream().map(ReviewJson::review).toList();
    }

    static Map<String, Object> avis(DossierReviews dossier) {
        return dossier == null ? null : dossier.avis().map(ReviewJson::avis).orElse(null);
    }

    private static Map<String, Object> review(ScoredReview scored) {
        Review review = scored.review();
        Grid grid = scored.grid();
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> reviewer = new LinkedHashMap<>();
        reviewer.put("name", review.reviewer().name());
        reviewer.put("email", review.reviewer().email());
        reviewer.put("role", review.reviewer().role().label());
        json.put("reviewer", reviewer);
        json.put("gridId", review.gridId());
        json.put("gridVersion", review.gridVersion());
        Map<String, Object> scores = new LinkedHashMap<>();
        Map<String, Object> comments = new LinkedHashMap<>();
        for (String code : grid.codes()) {
            scores.put(code, review.score(code).value());
            comments.put(code, review.score(code).comment());
        }
        json.put("scores", scores);
        json.put("comments", comments);
        json.put("eligibility", eligibility(review.eligibility()));
        json.put(
                "maturity", review.maturity() == null ? null : review.maturity().label());
        json.put(
                "governance",
                review.governance() == null ? null : review.governance().label());
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("a", review.targets().a());
        targets.put("b", review.targets().b());
        targets.put("c", review.targets().c());
        json.put("targets", targets);
        GridTotals totals = scored.totals();
        Map<String, Object> sums = new LinkedHashMap<>(totals.blocks());
        sums.put("total", totals.total());
        sums.put("complete", totals.complete());
        sums.put("scored", totals.scored());
        sums.put("criteria", totals.criteria());
        json.put("totals", sums);
        json.put("updatedAt", review.updatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return json;
    }

    private static Map<String, Object> eligibility(Eligibility eligibility) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            json.put(
                    c.name(),
                    eligibility
                            .answer(c)
                            .map(a -> a.value() == null ? null : a.value().label())
                            .orElse(null));
        }
        json.put("met", eligibility.met());
        json.put("eligible", eligibility.eligible());
        return json;
    }

    private static Map<String, Object> avis(Avis avis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recommendation", avis.recommendation().label());
        json.put("proposedForPhase2", avis.proposedForPhase2());
        json.put("motivation", avis.motivation());
        json.put("strengths", avis.strengths());
        json.put("attentionPoints", avis.attentionPoints());
        json.put("consolidatedScores", avis.consolidatedScores());
        json.put("scoreChangeReason", avis.scoreChangeReason());
        json.put("author", avis.author());
        json.put("at", avis.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return json;
    }
}
