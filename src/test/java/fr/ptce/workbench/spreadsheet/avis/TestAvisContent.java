package fr.ptce.workbench.spreadsheet.avis;

import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import fr.ptce.workbench.spreadsheet.layout.ReviewLine;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small avis workbook content built in memory: two dossiers, one with two reviews and an avis. */
final class TestAvisContent {

    static final OffsetDateTime AT = OffsetDateTime.parse("2021-12-01T10:15:30+01:00");

    private TestAvisContent() {}

    static AvisWorkbookContent sample() {
        Grid grid = Grids.amiPtce2021();
        Reviewer marie = new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");
        Reviewer paul = new Reviewer("Paul Expert", "paul@example.fr", ReviewerRole.EXPERT, null);
        Map<String, Score> scores = new LinkedHashMap<>();
        Map<String, Score> others = new LinkedHashMap<>();
        Map<String, BigDecimal> consolidated = new LinkedHashMap<>();
        int i = 0;
        for (String code : grid.codes()) {
            scores.put(
                    code,
                    new Score(BigDecimal.valueOf(i % 6), code.equals("V1") ? "Équipe\texpérimentée\nsolide" : null));
            others.put(code, new Score(BigDecimal.valueOf((i + 1) % 6), null));
            consolidated.put(code, new BigDecimal(i % 6 + ".50").min(BigDecimal.valueOf(5)));
            i++;
        }
        Review first = new Review("4847721", marie, grid.id(), 1, scores, null, Maturity.EMERGENT, null, AT);
        Review second = new Review("4847721", paul, grid.id(), 1, others, null, null, null, AT.plusHours(2));
        Avis avis = new Avis(
                "4847721",
                Recommendation.FAVORABLE,
                true,
                "=HYPERLINK(\"x\")",
                "Ancrage",
                "-Budget fragile",
                consolidated,
                "arrondi",
                "Maëlle Kerjean",
                AT);
        AvisLine withAvis = new AvisLine(
                "4847721",
                "Projet « Tiers-lieu »",
                "Association A",
                "Association",
                null,
                "Bretagne",
                AT.minusMonths(2),
                "recevable",
                "Vague 1",
                5,
                null,
                Maturity.EMERGENT,
                true,
                true,
                false,
                true,
                null,
                false,
                consolidated,
                grid.totals(consolidated),
                2,
                BigDecimal.valueOf(5),
                avis,
                List.of());
        AvisLine bare = new AvisLine(
                "5074121",
                "Projet B",
                null,
                "SCIC",
                null,
                "Bretagne",
                null,
                "incomplet",
                "Vague 1",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                0,
                null,
                null,
                List.of("avis favorable sur un dossier non recevable (incomplet)"));
        return new AvisWorkbookContent(
                new AvisMetadata("Bretagne", "Maëlle Kerjean", "ws-1", "test", AT),
                grid,
                List.of(withAvis, bare),
                List.of(new ReviewLine(first, BigDecimal.valueOf(50)), new ReviewLine(second, null)));
    }
}
