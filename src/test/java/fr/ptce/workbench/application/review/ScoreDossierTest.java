package fr.ptce.workbench.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.IdentityRequiredException;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.listing.DossierProgress;
import fr.ptce.workbench.application.listing.ProgressOverview;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ScoreDossierTest {

    private static final String OCTOBER = "dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";
    private static final String NOVEMBER = "dossiers_ami-ptce-emergents_2021-11-19_14-37.xlsx";
    /** ZRR and QPV detected. */
    private static final String FRAGILE = "4847721";
    /** Neither ZRR nor QPV detected. */
    private static final String NOT_FRAGILE = "5074121";

    private static final Reviewer MARIE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");

    @TempDir
    Path folder;

    private final Workspace workspace;

    ScoreDossierTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void importSample() throws IOException {
        importFile(OCTOBER);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void importFile(String name) throws IOException {
        Path target = SampleFiles.copy(name, folder);
        workspace.importDossiers().fromFile(target, ColumnMapping.NONE, Progress.NONE);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private List<String> fields(String number) {
        return workspace.readReviews().of(number).history().stream()
                .map(AuditEntry::field)
                .toList();
    }

    @Test
    void scoringWithoutIdentityIsRefusedInFrench() {
        IdentityRequiredException e = assertThrows(
                IdentityRequiredException.class, () -> workspace.scoreDossier().setScore(FRAGILE, "V1", n("4")));
        assertTrue(e.getMessage().startsWith("Indiquez d'abord qui vous êtes"), e.getMessage());
    }

    @Test
    void everyKindOfChangeWritesOneAuditRowWithWhoOldAndNew() {
        workspace.workspaceUser().set(MARIE);
        ScoreDossier score = workspace.scoreDossier();
        score.setScore(FRAGILE, "V1", n("3"));
        score.setScore(FRAGILE, "V1", n("4"));
        score.setComment(FRAGILE, "V1", "Équipe expérimentée");
        score.setEligibility(FRAGILE, EligibilityCriterion.EL2, EligibilityAnswer.EN_PERSPECTIVE, "2022");
        score.setMaturity(FRAGILE, Maturity.EMERGENT);
        Review review = score.setTargets(FRAGILE, new Targets(true, false, false));
        workspace
                .saveAvis()
                .save(new AvisDraft(FRAGILE, Recommendation.FAVORABLE, false, "Projet solide", null, null, null, null));
        workspace.overrideAdmissibility().apply(FRAGILE, Admissibility.RECEVABLE, "Fonction reçue par courriel");

        assertEquals(
                List.of(
                        "note V1",
                        "note V1",
                        "commentaire V1",
                        "éligibilité EL2",
                        "éligibilité EL2 (note)",
                        "maturité",
                        "cible a)",
                        "cible c)",
                        "avis\u00a0: recommandation",
                        "avis\u00a0: proposé en phase 2",
                        "avis\u00a0: motivation",
                        "avis\u00a0: note consolidée V1",
                        "recevabilité",
                        "recevabilité (motif)"),
                fields(FRAGILE));
        List<AuditEntry> history = workspace.readReviews().of(FRAGILE).history();
        AuditEntry second = history.get(1);
        assertEquals("3", second.oldValue());
        assertEquals("4", second.newValue());
        assertEquals("Maëlle Kerjean <maelle@example.fr>", second.who());
        assertEquals(Instant.parse("2021-12-01T09:00:00Z"), second.at().toInstant());
        // 4847721 is computed « incomplet »: the list shows the reviewer's override instead
        assertEquals(
                Admissibility.RECEVABLE,
                workspace.listDossiers().all().stream()
                        .filter(s -> s.number().equals(FRAGILE))
                        .findFirst()
                        .orElseThrow()
                        .admissibility());
        assertEquals("oui", history.get(7).oldValue(), "target c was pre-filled from ZRR/QPV detection");
        assertEquals("incomplet", history.get(12).oldValue());
        assertEquals(1, review.eligibility().met());
        assertEquals(Maturity.EMERGENT, review.maturity());
    }

    @Test
    void theGovernanceJudgementIsStoredWithTheReviewAndAuditedLikeTheEligibilityAnswers() {
        workspace.workspaceUser().set(MARIE);
        ScoreDossier score = workspace.scoreDossier();
        score.setGovernance(FRAGILE, Governance.EN_PERSPECTIVE);
        Review review = score.setGovernance(FRAGILE, Governance.OUI);
        score.setGovernance(FRAGILE, Governance.OUI);

        assertEquals(Governance.OUI, review.governance());
        assertEquals(
                Governance.OUI,
                workspace.readReviews().of(FRAGILE).mine().orElseThrow().governance());
        List<AuditEntry> history = workspace.readReviews().of(FRAGILE).history();
        assertEquals(List.of("gouvernance démocratique", "gouvernance démocratique"), fields(FRAGILE));
        assertEquals(null, history.get(0).oldValue());
        assertEquals("en perspective", history.get(0).newValue());
        assertEquals("en perspective", history.get(1).oldValue());
        assertEquals("oui", history.get(1).newValue());

        score.setGovernance(FRAGILE, null);
        assertEquals(
                null, workspace.readReviews().of(FRAGILE).mine().orElseThrow().governance());
        assertEquals("oui", workspace.readReviews().of(FRAGILE).history().get(2).oldValue());
    }

    @Test
    void scoresAndGovernanceAreSavedTogetherOrNotAtAll() {
        workspace.workspaceUser().set(MARIE);
        assertThrows(
                InvalidInputException.class,
                () -> workspace.scoreDossier().setScores(FRAGILE, Map.of("V1", n("9")), Map.of(), Governance.NON));
        assertTrue(workspace.readReviews().of(FRAGILE).mine().isEmpty(), "a refused score saves no governance");

        Review review = workspace.scoreDossier().setScores(FRAGILE, Map.of("V1", n("4")), Map.of(), Governance.NON);
        assertEquals(Governance.NON, review.governance());
        assertEquals(n("4"), review.score("V1").value());
    }

    @Test
    void aFirstScorePrefillsTargetCFromTheTerritoryAndAnUnknownDossierIsRefused() {
        workspace.workspaceUser().set(MARIE);
        assertEquals(
                Boolean.TRUE,
                workspace
                        .scoreDossier()
                        .setScore(FRAGILE, "V1", n("3"))
                        .targets()
                        .c());
        assertEquals(
                Boolean.FALSE,
                workspace
                        .scoreDossier()
                        .setScore(NOT_FRAGILE, "V1", n("3"))
                        .targets()
                        .c());
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> workspace.scoreDossier().setScore("404", "V1", n("3")));
        assertEquals("Le dossier n° 404 n'existe pas dans l'espace de travail.", e.getMessage());
    }

    @Test
    void invalidScoreSavesNothingAndNamesDossierCriterionAndAllowedValues() {
        workspace.workspaceUser().set(MARIE);
        workspace.scoreDossier().setScore(FRAGILE, "V1", n("2"));
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> workspace.scoreDossier().setScores(FRAGILE, Map.of("V2", n("4"), "O1", n("7")), Map.of()));
        assertEquals(
                "Dossier n° 4847721, critère O1\u00a0: la note 7 n'est pas sur l'échelle de la grille (valeurs"
                        + " permises\u00a0: 0, 1, 2, 3, 4, 5).",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> workspace.scoreDossier().setScore(FRAGILE, "V1", n("3.5")));
        assertThrows(InvalidInputException.class, () -> workspace.scoreDossier().setScore(FRAGILE, "Z9", n("3")));
        Review mine = workspace.readReviews().of(FRAGILE).mine().orElseThrow();
        assertEquals(n("2"), mine.score("V1").value());
        assertNull(mine.score("V2").value());
        assertEquals(List.of("note V1"), fields(FRAGILE));
    }

    @Test
    void totalsAndProgressFollowTheScores() {
        workspace.workspaceUser().set(MARIE);
        Map<String, BigDecimal> all = new java.util.LinkedHashMap<>();
        for (String code : List.of("V1", "V2", "V3", "V4", "V5", "O1", "O2", "O3", "E1", "E2")) {
            all.put(code, n("4"));
        }
        workspace.scoreDossier().setScores(FRAGILE, all, Map.of("V1", "Très bien"));
        ReviewSheet sheet = workspace.readReviews().of(FRAGILE);
        assertEquals(n("80.00"), sheet.myTotals().total());
        assertTrue(sheet.myTotals().complete());
        workspace.scoreDossier().setScore(NOT_FRAGILE, "V1", n("5"));
        ProgressOverview progress = workspace.listProgress().all();
        assertEquals(12, progress.dossierCount());
        assertEquals(0, progress.withAvis());
        DossierProgress fragile = progress.dossiers().stream()
                .filter(p -> p.dossierNumber().equals(FRAGILE))
                .findFirst()
                .orElseThrow();
        assertTrue(fragile.scored());
        assertFalse(fragile.partial());
        assertEquals(10, fragile.scoredCriteria());
        DossierProgress other = progress.dossiers().stream()
                .filter(p -> p.dossierNumber().equals(NOT_FRAGILE))
                .findFirst()
                .orElseThrow();
        assertFalse(other.scored());
        assertEquals(n("10.00"), other.total());
        assertTrue(other.partial(), "one criterion of ten scored: the total is partial");
        assertEquals(1, other.scoredCriteria());
        assertEquals(10, other.criteria());
        assertEquals(
                "Vision stratégique et objectifs\nV1 — Crédibilité de la proposition, expériences, compétences et"
                        + " professionnalisme\u00a0: Très bien",
                workspace.draftMotivation().of(FRAGILE));
    }

    @Test
    void phase2IsRefusedWithTheReasonAndNothingIsSaved() {
        workspace.workspaceUser().set(MARIE);
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> workspace
                        .saveAvis()
                        .save(new AvisDraft(
                                NOT_FRAGILE, Recommendation.FAVORABLE, true, "Bon projet", null, null, null, null)));
        assertTrue(
                e.getMessage().contains("proposition en phase 2 impossible")
                        && e.getMessage().contains("ni la cible b)"),
                e.getMessage());
        assertTrue(workspace.readReviews().of(NOT_FRAGILE).avis().isEmpty());
        assertEquals(List.of(), fields(NOT_FRAGILE));

        workspace.scoreDossier().setTargets(NOT_FRAGILE, new Targets(false, true, false));
        Avis avis = workspace
                .saveAvis()
                .save(new AvisDraft(NOT_FRAGILE, Recommendation.FAVORABLE, true, "Bon projet", null, null, null, null));
        assertTrue(avis.proposedForPhase2());
        assertEquals("Maëlle Kerjean", avis.author());
    }

    @Test
    void consolidatedScoresComeFromTheReviewsAndAChangeNeedsAReason() {
        workspace.workspaceUser().set(MARIE);
        workspace.scoreDossier().setScore(FRAGILE, "V1", n("4"));
        Avis prefilled = workspace
                .saveAvis()
                .save(new AvisDraft(FRAGILE, Recommendation.FAVORABLE, false, "Ok", null, null, null, null));
        assertEquals(Map.of("V1", n("4")), prefilled.consolidatedScores());
        assertThrows(
                InvalidInputException.class,
                () -> workspace
                        .saveAvis()
                        .save(new AvisDraft(
                                FRAGILE,
                                Recommendation.FAVORABLE,
                                false,
                                "Ok",
                                null,
                                null,
                                Map.of("V1", n("3")),
                                " ")));
        Avis changed = workspace
                .saveAvis()
                .save(new AvisDraft(
                        FRAGILE,
                        Recommendation.FAVORABLE,
                        false,
                        "Ok",
                        null,
                        null,
                        Map.of("V1", n("3")),
                        "Entretien avec le porteur"));
        assertEquals(Map.of("V1", n("3")), changed.consolidatedScores());
    }

    @Test
    void overrideWithoutReasonIsRefused() {
        workspace.workspaceUser().set(MARIE);
        assertThrows(
                InvalidInputException.class,
                () -> workspace.overrideAdmissibility().apply(FRAGILE, Admissibility.RECEVABLE, " "));
        assertTrue(workspace.readReviews().of(FRAGILE).override().isEmpty());
    }

    @Test
    void reimportingTheExportKeepsScoresAvisAndOverrides() throws IOException {
        workspace.workspaceUser().set(MARIE);
        workspace.scoreDossier().setScore(FRAGILE, "E2", n("5"));
        workspace.scoreDossier().setComment(FRAGILE, "E2", "Emplois maintenus");
        workspace
                .saveAvis()
                .save(new AvisDraft(
                        FRAGILE,
                        Recommendation.FAVORABLE_WITH_RESERVATIONS,
                        false,
                        "Motivation",
                        "Ancrage",
                        "Budget",
                        null,
                        null));
        workspace.overrideAdmissibility().apply(FRAGILE, Admissibility.RECEVABLE, "Pièce reçue");
        ReviewSheet before = workspace.readReviews().of(FRAGILE);

        importFile(NOVEMBER);
        Files.delete(folder.resolve(OCTOBER));
        importFile(OCTOBER);

        ReviewSheet after = workspace.readReviews().of(FRAGILE);
        assertEquals(before.mine(), after.mine());
        assertEquals(before.avis(), after.avis());
        assertEquals(before.override(), after.override());
        assertEquals(before.history(), after.history());
        assertEquals(1, workspace.listProgress().all().withAvis());
    }
}
