package fr.ptce.workbench.cli.dossier;

import fr.ptce.workbench.application.phase2.Phase2Row;
import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.application.review.DossierReviews;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Checks;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a phase-2 dossier ({@code dossiers --phase 2 --format json}), key by key. */
final class Phase2Json {

    private Phase2Json() {}

    static Map<String, Object> of(Phase2View view) {
        return of(view, null);
    }

    /** The dossier with its reviews and the region's avis (null: none). */
    static Map<String, Object> of(Phase2View view, DossierReviews reviews) {
        Phase2Dossier d = view.dossier();
        Phase2Checks checks = view.checks();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", d.number());
        json.put("phase1Number", d.phase1Number());
        json.put("phase1Found", view.link().found());
        json.put(
                "phase1Source", view.link().phase1().map(p -> p.source().name()).orElse(null));
        json.put("linkProblem", view.link().reason());
        json.put("project", d.projectName());
        json.put("siret", d.siret());
        json.put("state", d.state() == null ? null : d.state().label());
        json.put("depositedAt", d.depositedAt() == null ? null : d.depositedAt().toString());
        json.put("absent", view.absent());
        json.put("onTime", checks.onTime());
        json.put("missing", labels(checks.missing()));
        json.put("overLimit", labels(checks.overLimit()));
        json.put("budgetKnown", d.budgetKnown());
        Map<String, Object> byYear = new LinkedHashMap<>();
        if (d.budgetKnown()) {
            for (int year = 1; year <= 3; year++) {
                byYear.put(
                        Integer.toString(year), euros(checks.stateAmountByYear().get(year)));
            }
        }
        json.put("stateAmountByYear", d.budgetKnown() ? byYear : null);
        json.put("stateAmountYears1And2", euros(checks.twoYearStateAmount()));
        json.put("overEnvelope", checks.overEnvelope());
        json.put("depreciableAssets", euros(checks.depreciableAmount()));
        json.put(
                "depreciableAssetLines",
                checks.depreciableAssets().stream().map(Phase2Json::line).toList());
        json.put("animationShare", checks.animationShare());
        json.put("thirdYearRequested", d.thirdYearRequested());
        json.put("budget", d.budget().stream().map(Phase2Json::line).toList());
        json.put("reviews", ReviewJson.reviews(reviews));
        json.put("avis", ReviewJson.avis(reviews));
        json.put("decision", null);
        return json;
    }

    /** The JSON of a phase-2 dossier with its phase-2 decision ({@code decision} null when none is proposed). */
    static Map<String, Object> of(Phase2View view, DossierReviews reviews, Phase2Row row) {
        Map<String, Object> json = of(view, reviews);
        json.put("decision", row == null ? null : decision(row));
        return json;
    }

    private static Map<String, Object> decision(Phase2Row row) {
        Phase2Decision d = row.decision();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rank", row.rank() == 0 ? null : row.rank());
        json.put("score", row.score());
        json.put("decidable", row.decidable());
        json.put("notDecidable", row.decidable() ? null : String.join("\u00a0; ", row.notDecidable()));
        if (row.version() == 0) {
            json.put("laureate", null);
            return json;
        }
        json.put("laureate", d.laureate());
        json.put("motivation", d.motivation());
        json.put("decidedLaureate", d.decided() == null ? null : d.decided().laureate());
        json.put("decidedBy", d.decided() == null ? null : d.decided().by());
        json.put("decidedOn", d.decided() == null ? null : d.decided().on().toString());
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("1", euros(row.split().year1()));
        grant.put("2", euros(row.split().year2()));
        json.put("grantByYear", d.laureate() ? grant : null);
        json.put("thirdYear", d.thirdYear());
        json.put("thirdYearAmount", euros(d.thirdYearAmount()));
        return json;
    }

    private static Map<String, Object> line(BudgetLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", line.line());
        json.put("post", line.postText());
        json.put("year", line.year() == null ? null : line.year().number());
        json.put("stateAmount", euros(line.stateAmount()));
        json.put("otherAmount", euros(line.otherAmount()));
        json.put("description", line.description());
        return json;
    }

    private static List<String> labels(List<Phase2Champ> champs) {
        return champs.stream().map(Phase2Champ::label).toList();
    }

    /** Euros as a JSON number without useless decimals ({@code 100000}, {@code 2500.5}). */
    private static BigDecimal euros(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
