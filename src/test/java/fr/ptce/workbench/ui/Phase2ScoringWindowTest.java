package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.scoring.ScoringViewModelTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A phase-2 dossier scored with the keyboard only, on the phase-2 grid, in the window. */
@ExtendWith(ApplicationExtension.class)
class Phase2ScoringWindowTest {

    private Workspace workspace;
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        MainViewModel viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        window = new MainWindow(stage, viewModel, messages);
        window.show();
        workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
        viewModel.useWorkspace(workspace);
    }

    @AfterEach
    void stop() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
        runner.close();
        workspace.close();
    }

    @Test
    void aPhase2DossierIsScoredByKeyboardOnThePhase2Grid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#phaseBar").query().isVisible());
        robot.clickOn("#phase2Toggle");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2Table").tryQuery().isPresent());
        TableView<Phase2View> table = robot.lookup("#phase2Table").queryTableView();
        String number = table.getItems().get(0).number();
        robot.clickOn(robot.lookup("#phase2Table .table-row-cell").nth(0).queryAs(Node.class));

        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2ScoringPane")
                                .tryQuery()
                                .map(Node::isVisible)
                                .orElse(false)
                        && !window.phase2Scoring().viewModel().loadingProperty().get()
                        && robot.lookup("#phase2ScoringPane #score-P1")
                                .tryQuery()
                                .isPresent());
        assertFalse(
                robot.lookup("#phase2ScoringPane #eligibilityTab").tryQuery().isPresent(),
                "no phase-1 eligibility on a phase-2 dossier");
        robot.type(KeyCode.DIGIT4, KeyCode.DOWN, KeyCode.DIGIT3, KeyCode.DOWN, KeyCode.DIGIT5);

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> scored(number).map(r -> r.score("P3").value() != null).orElse(false));
        Review mine = scored(number).orElseThrow();
        assertEquals(Grids.AMI_PTCE_2021_PHASE2, mine.gridId());
        assertEquals(0, new BigDecimal("4").compareTo(mine.score("P1").value()));
        assertEquals(0, new BigDecimal("3").compareTo(mine.score("P2").value()));
        assertEquals(0, new BigDecimal("5").compareTo(mine.score("P3").value()));
        Label total = robot.lookup("#phase2ScoringPane #total").queryAs(Label.class);
        assertEquals("Total provisoire\u00a0: 48 / 100 (3/5 critères notés)", total.getText());

        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);

        String second = table.getItems().get(1).number();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2ScoringPane #scoringTitle")
                                .queryAs(Label.class)
                                .getText()
                                .contains(second)
                        && !window.phase2Scoring().viewModel().loadingProperty().get());
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> scored(second).map(r -> r.score("P1").value() != null).orElse(false));
        assertEquals(
                0,
                new BigDecimal("2")
                        .compareTo(scored(second).orElseThrow().score("P1").value()));

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#phase2Table").query().isVisible());
        assertTrue(robot.lookup("#phase2ScoringPane").tryQuery().isEmpty(), "Ctrl+E goes back to the list");
    }

    private Optional<Review> scored(String number) {
        return workspace.readReviews().of(number).mine();
    }
}
