package fr.ptce.workbench.domain.avis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.domain.review.Targets;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvisRulesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2021-12-01T10:00:00+01:00");

    private static Avis avis(Recommendation recommendation, boolean phase2) {
        return new Avis("5065081", recommendation, phase2, "Motivation", null, null, Map.of(), null, "Marie", AT);
    }

    @Test
    void phase2IsAllowedForAFavorableAvisWithTargetBOrC() {
        assertEquals(
                Optional.empty(),
                Phase2Rule.refusal(avis(Recommendation.FAVORABLE, true), new Targets(false, true, false)));
        assertEquals(
                Optional.empty(),
                Phase2Rule.refusal(
                        avis(Recommendation.FAVORABLE_WITH_RESERVATIONS, true), new Targets(false, false, true)));
        assertEquals(Optional.empty(), Phase2Rule.refusal(avis(Recommendation.UNFAVORABLE, false), Targets.NONE));
    }

    @Test
    void phase2IsRefusedWithoutTargetBOrC() {
        String reason = Phase2Rule.refusal(avis(Recommendation.FAVORABLE, true), new Targets(true, false, null))
                .orElseThrow();
        assertTrue(reason.startsWith("Dossier n° 5065081\u00a0: proposition en phase 2 impossible"), reason);
        assertTrue(reason.contains("ni la cible b)"), reason);
    }

    @Test
    void phase2IsRefusedForAnUnfavorableAvis() {
        String reason = Phase2Rule.refusal(avis(Recommendation.UNFAVORABLE, true), new Targets(false, true, true))
                .orElseThrow();
        assertTrue(reason.contains("l'avis est défavorable"), reason);
    }

    @Test
    void motivationDraftGroupsCommentsByBlock() {
        Reviewer marie = new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");
        Review review = Review.start("5065081", marie, Grids.AMI_PTCE_2021, 1, Targets.NONE, AT)
                .withScore("V1", new Score(BigDecimal.valueOf(4), "Équipe expérimentée"), AT)
                .withScore("V3", new Score(null, "Objectifs clairs"), AT)
                .withScore("E2", new Score(BigDecimal.ONE, "Impact peu documenté"), AT)
                .withScore("O1", new Score(BigDecimal.valueOf(2), null), AT);
        assertEquals("""
                Vision stratégique et objectifs
                V1 — Crédibilité de la proposition, expériences, compétences et professionnalisme\u00a0: Équipe \
                expérimentée
                V3 — Cohérence des objectifs, de la stratégie de coopération et de mutualisation au regard des \
                enjeux identifiés\u00a0: Objectifs clairs

                Évaluation des résultats et impacts
                E2 — Caractère exemplaire du PTCE en termes d'impacts durables sur le développement du \
                territoire\u00a0: Impact peu documenté""", MotivationDraft.fromComments(Grids.amiPtce2021(), review));
    }
}
