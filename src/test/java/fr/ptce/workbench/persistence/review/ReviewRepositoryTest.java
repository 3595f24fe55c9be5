package fr.ptce.workbench.persistence.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridFrozenException;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.domain.review.Eligibility;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestDossiers;
import fr.ptce.workbench.persistence.TestStores;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ReviewRepositoryTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2021-12-01T10:00:00+01:00");
    private static final Reviewer MARIE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");

    private final Database database;

    ReviewRepositoryTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Grid halfPoints(Grid grid) {
        return new Grid(
                grid.id(),
                grid.version(),
                grid.name(),
                grid.blocks(),
                grid.criteria(),
                new Scale(
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(5),
                        new BigDecimal("0.5"),
                        grid.scale().meanings()),
                null);
    }

    @Test
    void gridRoundTripsThroughItsJsonDefinition() {
        Grid grid = Grids.amiPtce2021();
        Grid read = database.inTransaction(r -> {
            r.grids().save(grid);
            return r.grids().latest(grid.id()).orElseThrow();
        });
        assertTrue(read.sameContentAs(grid));
        assertEquals(grid, read);
    }

    @Test
    void usedGridVersionIsFrozenAndAChangeMustBeANewVersion() {
        Grid grid = Grids.amiPtce2021();
        database.inTransaction(r -> {
            r.dossiers().save(TestDossiers.sparse("42"));
            r.grids().save(grid);
            // unused: a version may still be corrected in place
            r.grids().save(halfPoints(grid));
            r.grids().save(grid);
            r.reviews()
                    .save(Review.start("42", MARIE, grid.id(), grid.version(), Targets.NONE, AT)
                            .withScore("V1", new Score(BigDecimal.valueOf(4), null), AT));
            return null;
        });
        assertThrows(
                GridFrozenException.class,
                () -> database.inTransaction(r -> {
                    r.grids().save(halfPoints(grid));
                    return null;
                }));
        Grid next = halfPoints(grid)
                .nextVersion(
                        grid.name(),
                        grid.blocks(),
                        grid.criteria(),
                        halfPoints(grid).scale(),
                        null);
        database.inTransaction(r -> {
            r.grids().save(grid);
            r.grids().save(next);
            return null;
        });
        assertEquals(
                Integer.valueOf(grid.version() + 1),
                database.inTransaction(
                        r -> r.grids().latest(grid.id()).orElseThrow().version()));
        assertTrue(database.inTransaction(
                        r -> r.grids().find(grid.id(), grid.version()).orElseThrow())
                .sameContentAs(grid));
    }

    @Test
    void reviewAndAvisRoundTripAndSurviveAReimportOfTheDossier() {
        Review review = Review.start(
                        "42",
                        MARIE,
                        Grids.AMI_PTCE_2021,
                        Grids.AMI_PTCE_2021_VERSION,
                        new Targets(true, false, null),
                        AT)
                .withScore("V1", new Score(new BigDecimal("4.0"), "Équipe solide"), AT)
                .withScore("E2", new Score(null, "À documenter"), AT)
                .withEligibility(
                        review0()
                                .eligibility()
                                .with(EligibilityCriterion.EL3, EligibilityAnswer.EN_PERSPECTIVE, "d'ici 2023"),
                        AT)
                .withMaturity(Maturity.EN_STRUCTURATION, AT);
        Avis avis = new Avis(
                "42",
                Recommendation.FAVORABLE_WITH_RESERVATIONS,
                false,
                "Motivation",
                "Forces",
                null,
                Map.of("V1", new BigDecimal("3.5")),
                null,
                "Maëlle Kerjean",
                AT);
        database.inTransaction(r -> {
            r.dossiers().save(TestDossiers.full("42"));
            r.grids().save(Grids.amiPtce2021());
            r.reviews().save(review);
            r.regionAvis().save(avis);
            return null;
        });
        database.inTransaction(r -> {
            r.dossiers().save(TestDossiers.sparse("42"));
            return null;
        });
        Review read = database.inTransaction(
                r -> r.reviews().find("42", "maelle@example.fr").orElseThrow());
        assertEquals(new BigDecimal("4"), read.score("V1").value());
        assertEquals("À documenter", read.score("E2").comment());
        assertEquals(1, read.eligibility().met());
        assertEquals(Maturity.EN_STRUCTURATION, read.maturity());
        assertEquals(new Targets(true, false, null), read.targets());
        assertEquals(AT.toInstant(), read.updatedAt().toInstant());
        Avis readAvis = database.inTransaction(r -> r.regionAvis().find("42").orElseThrow());
        assertEquals(Map.of("V1", new BigDecimal("3.5")), readAvis.consolidatedScores());
        assertEquals("Forces", readAvis.strengths());
        assertFalse(database.inTransaction(r -> r.reviews().find("42", "autre@example.fr"))
                .isPresent());
    }

    @Test
    void savingAReviewAgainKeepsExactlyItsScoresAndAnswersChangedAddedAndRemoved() {
        Review first = review0()
                .withScore("V1", new Score(new BigDecimal("4"), "Bien"), AT)
                .withScore("V2", new Score(new BigDecimal("2"), null), AT)
                .withEligibility(
                        review0()
                                .eligibility()
                                .with(EligibilityCriterion.EL1, EligibilityAnswer.OUI, null)
                                .with(EligibilityCriterion.EL3, EligibilityAnswer.EN_PERSPECTIVE, "d'ici 2023"),
                        AT);
        Review second = new Review(
                "42",
                MARIE,
                Grids.AMI_PTCE_2021,
                Grids.AMI_PTCE_2021_VERSION,
                Map.of("V1", new Score(new BigDecimal("3.5"), "Bien"), "E2", new Score(null, "À voir")),
                new Eligibility(
                        Map.of(EligibilityCriterion.EL3, new Eligibility.Answer(EligibilityAnswer.NON, "pas encore"))),
                null,
                Targets.NONE,
                AT.plusMinutes(5));
        database.inTransaction(r -> {
            r.dossiers().save(TestDossiers.full("42"));
            r.grids().save(Grids.amiPtce2021());
            r.reviews().save(first);
            return null;
        });
        Review again = database.inTransaction(r -> {
            r.reviews().save(second);
            return r.reviews().find("42", MARIE.email()).orElseThrow();
        });
        assertEquals(second.scores(), again.scores());
        assertEquals(second.eligibility().answers(), again.eligibility().answers());
        Review unchanged = database.inTransaction(r -> {
            r.reviews().save(again);
            return r.reviews().find("42", MARIE.email()).orElseThrow();
        });
        assertEquals(again.scores(), unchanged.scores());
        assertEquals(again.eligibility().answers(), unchanged.eligibility().answers());
    }

    private static Review review0() {
        return Review.start("42", MARIE, Grids.AMI_PTCE_2021, Grids.AMI_PTCE_2021_VERSION, Targets.NONE, AT);
    }

    @Test
    void userIdentityIsOneRowReplacedOnSave() {
        database.inTransaction(r -> {
            r.users().save(MARIE, AT);
            r.users().save(new Reviewer("Maëlle Kerjean-Le Goff", "maelle@example.fr", ReviewerRole.EXPERT, null), AT);
            return null;
        });
        Reviewer user = database.inTransaction(r -> r.users().find().orElseThrow());
        assertEquals("Maëlle Kerjean-Le Goff", user.name());
        assertEquals(ReviewerRole.EXPERT, user.role());
    }
}
