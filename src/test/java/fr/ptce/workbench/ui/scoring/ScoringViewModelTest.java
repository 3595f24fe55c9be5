package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.ProgressViewModel;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public class ScoringViewModelTest {

    public static final Reviewer CLAIRE = new Reviewer(
            "Claire Martin", "claire.martin@example.fr", ReviewerRole.CORRESPONDENT, "Auvergne-Rhône-Alpes");
    private static final String NUMBER = "5019941";

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private final ScoringViewModel scoring = main.scoring();
    private Workspace workspace;

    @BeforeEach
    void importSample() throws Exception {
        workspace = Workspace.inMemory(Clock.systemUTC());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void selectWithIdentity() {
        workspace.workspaceUser().set(CLAIRE);
        main.scoring().progress().refresh();
        select(NUMBER);
    }

    private void select(String number) {
        main.selectedProperty()
                .set(main.dossiers().stream()
                        .filter(d -> d.number().equals(number))
                        .findFirst()
                        .orElseThrow());
    }

    private Review mine() {
        return workspace.readReviews().of(NUMBER).mine().orElseThrow();
    }

    @Test
    void digitsScoreTheFocusedCriterionAndTheTotalsFollow() {
        selectWithIdentity();
        assertEquals(
                "Total provisoire\u00a0: 0 / 100 (0/10 critères notés)",
                scoring.totalProperty().get());

        scoring.focus("V1");
        scoring.digit(4);
        scoring.focusNext();
        scoring.digit(5);
        scoring.focusNext();
        scoring.digit(3);

        assertEquals(List.of(), runner.failures());
        assertEquals("V3", scoring.focusedProperty().get());
        assertEquals("24 / 50", scoring.subtotals().get("V"));
        assertEquals("0 / 30", scoring.subtotals().get("O"));
        assertEquals(
                "Total provisoire\u00a0: 24 / 100 (3/10 critères notés)",
                scoring.totalProperty().get());
        ProgressViewModel progress = main.scoring().progress();
        ProgressViewModel.Row partial = progress.rows().get(NUMBER);
        assertTrue(partial.partial());
        assertEquals("24 · 3/10", progress.totalText(partial));
        assertEquals(
                "Total provisoire\u00a0: 3 critères notés sur 10, les autres comptent pour 0",
                progress.totalExplanation(partial));
        assertEquals(0, new BigDecimal("4").compareTo(mine().score("V1").value()));
        assertEquals(0, new BigDecimal("5").compareTo(mine().score("V2").value()));
        assertTrue(
                main.statusBinding().get().startsWith("Enregistré à "),
                main.statusBinding().get());
        assertFalse(scoring.history().isEmpty());
        assertEquals(
                "Claire Martin — correspondant régional de Auvergne-Rhône-Alpes",
                main.scoring().progress().userTextProperty().get());
    }

    @Test
    void theGovernanceJudgementIsSavedAtOnceAndShownAgainWithItsDossier() {
        selectWithIdentity();
        assertNull(scoring.judgement().governanceProperty().get());

        scoring.judgement().setGovernance(Governance.EN_PERSPECTIVE);

        assertEquals(List.of(), runner.failures());
        assertEquals(Governance.EN_PERSPECTIVE, mine().governance());
        select("4847721");
        assertNull(scoring.judgement().governanceProperty().get(), "another dossier, not judged yet");
        select(NUMBER);
        assertEquals(
                Governance.EN_PERSPECTIVE,
                scoring.judgement().governanceProperty().get());

        scoring.judgement().setGovernance(null);
        assertNull(mine().governance());
        assertTrue(
                scoring.history().stream().anyMatch(e -> e.field().equals("gouvernance démocratique")),
                "audited like the eligibility answers");
    }

    @Test
    void aCommentIsSavedWhenCommittedAndWhenSwitchingDossier() {
        selectWithIdentity();
        scoring.criterion("O1").comment().textProperty().set("Plan d'action précis");
        scoring.criterion("O1").comment().commit();
        scoring.criterion("O2").comment().textProperty().set("Budget à consolider");

        select("4847721");

        assertEquals("Plan d'action précis", mine().score("O1").comment());
        assertEquals("Budget à consolider", mine().score("O2").comment());
    }

    @Test
    void anOutOfScaleScoreIsReportedAndNotKept() {
        selectWithIdentity();

        scoring.score("V1", new BigDecimal("7"));

        assertEquals(1, runner.failures().size());
        assertTrue(runner.failures().get(0) instanceof InvalidInputException);
        assertTrue(
                scoring.lastErrorProperty().get().contains("n'est pas sur l'échelle"),
                scoring.lastErrorProperty().get());
        assertNull(scoring.criterion("V1").valueProperty().get());
    }

    @Test
    void theFirstScoreAsksWhoTheUserIsThenSavesIt() {
        select(NUMBER);
        scoring.focus("E1");
        scoring.digit(2);

        assertTrue(scoring.autosave().identityNeededProperty().get());
        assertTrue(workspace.readReviews().of(NUMBER).mine().isEmpty());

        scoring.autosave().identityGiven(CLAIRE);

        assertFalse(scoring.autosave().identityNeededProperty().get());
        assertEquals(0, new BigDecimal("2").compareTo(mine().score("E1").value()));
        assertEquals(CLAIRE, workspace.workspaceUser().current().orElseThrow());
    }

    @Test
    void aPhase2ProposalTheRuleForbidsIsRefusedWithTheReason() {
        selectWithIdentity();
        AvisViewModel avis = scoring.avis();
        avis.setRecommendation(Recommendation.UNFAVORABLE);

        avis.setPhase2(true);

        assertFalse(avis.phase2Property().get());
        assertTrue(
                avis.refusalProperty().get().contains("proposition en phase 2 impossible"),
                avis.refusalProperty().get());
        assertTrue(
                avis.refusalProperty().get().contains("défavorable"),
                avis.refusalProperty().get());
    }

    @Test
    void eligibilityAvisAndProgressReachTheListAndTheStatusBar() {
        selectWithIdentity();
        for (EligibilityCriterion c :
                List.of(EligibilityCriterion.EL1, EligibilityCriterion.EL2, EligibilityCriterion.EL3)) {
            scoring.judgement().answer(c, EligibilityAnswer.OUI);
        }
        scoring.judgement().answer(EligibilityCriterion.EL4, EligibilityAnswer.EN_PERSPECTIVE);
        assertTrue(scoring.judgement().eligibleProperty().get());
        for (CriterionModel c : scoring.criteria()) {
            scoring.score(c.code(), new BigDecimal("4"));
        }
        scoring.criterion("V1").comment().textProperty().set("Équipe expérimentée");
        scoring.flush();
        scoring.avis().setRecommendation(Recommendation.FAVORABLE);
        scoring.avis().draftFromComments();
        assertTrue(
                scoring.avis().motivation().text().contains("V1 — "),
                scoring.avis().motivation().text());
        scoring.avis().motivation().commit();

        assertEquals(List.of(), runner.failures());
        assertEquals(
                Recommendation.FAVORABLE,
                workspace.readReviews().of(NUMBER).avis().orElseThrow().recommendation());
        ProgressViewModel.Row row = main.scoring().progress().rows().get(NUMBER);
        assertTrue(row.scored());
        assertEquals(0, new BigDecimal("80").compareTo(row.total()));
        assertFalse(row.partial());
        assertEquals("80", main.scoring().progress().totalText(row));
        assertEquals("Total\u00a0: 80 / 100", scoring.totalProperty().get());
        assertEquals(Recommendation.FAVORABLE, row.avis());
        assertEquals(
                "1 / 12 dossiers avec avis",
                main.scoring().progress().avisCountProperty().get());
        assertEquals(4, mine().eligibility().met());
    }
}
