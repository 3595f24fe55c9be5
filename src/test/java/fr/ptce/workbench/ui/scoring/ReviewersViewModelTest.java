package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reviews side by side in the scoring screen: hidden until the user has scored, mean, spread, flags. */
class ReviewersViewModelTest {

    private static final String NUMBER = "5019941";
    private static final List<String> CODES = List.of("V1", "V2", "V3", "V4", "V5", "O1", "O2", "O3", "E1", "E2");
    private static final Reviewer ODILE = new Reviewer("Odile Ferrand", "odile@example.org", ReviewerRole.EXPERT, null);

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private final ScoringViewModel scoring = main.scoring();
    private final ReviewersViewModel reviewers = scoring.reviewers();
    private Workspace workspace;

    @BeforeEach
    void anotherReviewerScored() throws Exception {
        workspace = Workspace.inMemory(Clock.systemUTC());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
        workspace.workspaceUser().set(ODILE);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        CODES.forEach(c -> scores.put(c, BigDecimal.valueOf(4)));
        scores.put("V2", BigDecimal.ONE);
        workspace.scoreDossier().setScores(NUMBER, scores, Map.of());
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
        scoring.progress().refresh();
        main.selectedProperty()
                .set(main.dossiers().stream()
                        .filter(d -> d.number().equals(NUMBER))
                        .findFirst()
                        .orElseThrow());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theOthersScoresWaitUntilEveryCriterionIsScoredThenShowSideBySideWithTheDisagreementsFlagged() {
        scoring.score("V1", BigDecimal.valueOf(3));
        assertTrue(reviewers.hiddenProperty().get());
        assertEquals(List.of("Claire Martin (moi)"), reviewers.reviewers());
        assertTrue(reviewers.summaryProperty().get().startsWith("Notez d'abord tous les critères"));

        CODES.forEach(c -> scoring.score(c, BigDecimal.valueOf(3)));
        assertFalse(reviewers.hiddenProperty().get());
        assertEquals(List.of("Claire Martin (moi)", "Odile Ferrand"), reviewers.reviewers());
        ReviewersViewModel.Line v2 = reviewers.lines().get(1);
        assertEquals(List.of("3", "1"), v2.values());
        assertEquals("2", v2.mean());
        assertEquals("1 – 3", v2.range());
        assertTrue(v2.disputed());
        assertFalse(reviewers.lines().get(0).disputed());
        assertEquals("À discuter\u00a0: V2", reviewers.summaryProperty().get());

        reviewers.spreadProperty().set(BigDecimal.valueOf(3));
        assertFalse(reviewers.lines().get(1).disputed());
        reviewers.passMarkProperty().set(BigDecimal.valueOf(4));
        assertTrue(reviewers.lines().get(0).disputed(), "3 and 4 fall on both sides of 4");
    }

    @Test
    void theSettingOffShowsTheOthersAtOnce() {
        reviewers.ownScoresFirstProperty().set(false);
        scoring.score("V1", BigDecimal.valueOf(3));
        assertFalse(reviewers.hiddenProperty().get());
        assertEquals(2, reviewers.reviewers().size());
        assertEquals(List.of("3", "4"), reviewers.lines().get(0).values());
    }

    @Test
    void theSpreadStartsFromTheWorkspaceSetting() {
        assertEquals(
                0, BigDecimal.valueOf(2).compareTo(reviewers.spreadProperty().get()));
        workspace.settings().setDisagreementThreshold(BigDecimal.valueOf(3));
        main.selectedProperty()
                .set(main.dossiers().stream()
                        .filter(d -> !d.number().equals(NUMBER))
                        .findFirst()
                        .orElseThrow());
        main.selectedProperty()
                .set(main.dossiers().stream()
                        .filter(d -> d.number().equals(NUMBER))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                0, BigDecimal.valueOf(3).compareTo(reviewers.spreadProperty().get()));
        CODES.forEach(c -> scoring.score(c, BigDecimal.valueOf(3)));
        assertFalse(reviewers.lines().get(1).disputed(), "3 and 1 are 2 apart, under the workspace's 3");
    }
}
