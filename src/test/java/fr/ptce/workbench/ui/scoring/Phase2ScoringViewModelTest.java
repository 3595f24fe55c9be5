package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Phase2Fixture;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring screen's view model on a phase-2 dossier: the phase-2 grid, its keys, totals, reviewers and avis. */
class Phase2ScoringViewModelTest {

    private static final Reviewer PAUL =
            new Reviewer("Paul Le Goff", "paul@example.fr", ReviewerRole.EXPERT, "Bretagne");

    @TempDir
    Path folder;

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private final ScoringViewModel scoring = main.scoring();
    private Workspace workspace;
    private String number;

    @BeforeEach
    void bothPhases() {
        workspace = Workspace.inMemory(Clock.systemUTC());
        number = Phase2Fixture.importBothPhases(workspace, folder).get(0);
        main.useWorkspace(workspace);
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
        main.scoring().progress().refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void digitsScoreAPhase2DossierOnThePhase2Grid() {
        scoring.show(number);

        assertEquals(Grids.AMI_PTCE_2021_PHASE2, scoring.gridProperty().get().id());
        assertEquals(
                List.of("P1", "P2", "P3", "P4", "P5"),
                scoring.criteria().stream().map(c -> c.criterion().code()).toList());
        assertEquals(
                "Total provisoire\u00a0: 0 / 100 (0/5 critères notés)",
                scoring.totalProperty().get());

        scoring.digit(4);
        scoring.focusNext();
        scoring.digit(3);

        assertEquals(List.of(), runner.failures());
        assertEquals("28 / 100", scoring.subtotals().get("P"), "(4 + 3) / 25 of the block's 100");
        Review mine = workspace.readReviews().of(number).mine().orElseThrow();
        assertEquals(Grids.AMI_PTCE_2021_PHASE2, mine.gridId());
        assertEquals(0, new BigDecimal("3").compareTo(mine.score("P2").value()));
        scoring.halfMark();
        scoring.digit(5);
        assertEquals(1, runner.failures().size(), "the phase-2 scale is in whole points: 3,5 refused");
        assertTrue(
                runner.failures().get(0).getMessage().contains("P2"),
                runner.failures().get(0).getMessage());
        assertTrue(scoring.history().size() >= 2, "each score is in the dossier's history");
    }

    @Test
    void anotherReviewerShowsBesideAndTheAvisConsolidatesOnThePhase2Grid() {
        workspace.workspaceUser().set(PAUL);
        workspace.scoreDossier().setScore(number, "P1", new BigDecimal("2"));
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
        scoring.show(number);

        for (int digit : new int[] {4, 3, 5, 2, 4}) {
            scoring.digit(digit);
            scoring.focusNext();
        }

        assertEquals(List.of(), runner.failures());
        assertEquals(
                2,
                scoring.reviewers().reviewers().size(),
                scoring.reviewers().reviewers().toString());
        assertEquals(
                List.of("P1", "P2", "P3", "P4", "P5"),
                scoring.reviewers().lines().stream().map(l -> l.code()).toList());
        assertEquals(
                List.of("P1", "P2", "P3", "P4", "P5"),
                scoring.avis().consolidated().codes());
        assertTrue(
                scoring.avis().consolidated().mean("P1").get().startsWith("3"),
                "the avis starts from the mean of both reviews: "
                        + scoring.avis().consolidated().mean("P1").get());
    }
}
