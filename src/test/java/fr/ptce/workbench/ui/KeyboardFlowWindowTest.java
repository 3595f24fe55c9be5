package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.scoring.JudgementViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard flow of the scoring screen (issue 16), headless: Ctrl+Tab from a text area into the next tab's first
 * control, Ctrl+Page suivante onto the next dossier's grid, eligibility answered with O / P / N, the keys hint
 * following the tab, Échap closing the national view and the experts window.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowWindowTest {

    private FxTaskRunner runner;
    private MainViewModel viewModel;
    private MainWindow window;
    private Workspace workspace;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        window = new MainWindow(stage, viewModel, messages);
        window.show();
        workspace = Workspace.inMemory(java.time.Clock.systemUTC());
        workspace
                .workspaceUser()
                .set(new Reviewer("Claire Martin", "claire.martin@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne"));
        viewModel.useWorkspace(workspace);
    }

    @BeforeEach
    void importTheSample(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        ImportReports.close(robot);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !runner.busyProperty().get());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        workspace.close();
    }

    @Test
    void ctrlTabChangesTabFromATextAreaAndTheFocusLandsInsideTheTab(FxRobot robot) throws Exception {
        openScoring(robot);
        assertEquals("gridTab", selectedTab(robot).getId());
        assertTrue(hint(robot).startsWith("Chiffres\u00a0: noter"), hint(robot));
        // in the comment's text area, which keeps Ctrl+Tab for itself unless the window takes it first
        robot.type(KeyCode.C);
        assertTrue(robot.lookup("#comment-V1").query().isFocused());
        ctrlTab(robot, false);
        waitFocused(robot, "#eligibility-EL1-OUI");
        assertEquals("eligibilityTab", selectedTab(robot).getId());
        assertTrue(hint(robot).startsWith("O\u00a0: oui · P\u00a0: en perspective · N\u00a0: non"), hint(robot));

        // from the eligibility's note, a text field: the next tab, the focus inside it, not on its header
        robot.interact(() -> robot.lookup("#eligibilityNote-EL2").query().requestFocus());
        ctrlTab(robot, false);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "reviewersTab".equals(selectedTab(robot).getId()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusIsInside(robot, "#reviewersSection"));
        assertTrue(hint(robot).contains("évaluateur"), hint(robot));
        ctrlTab(robot, false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusIsInside(robot, "#avisSection"));
        assertTrue(hint(robot).contains("ouvrir la liste"), hint(robot));
        ctrlTab(robot, false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusIsInside(robot, "#historyTable"));
        // round: from the last tab to the grid, on its criterion; Ctrl+Maj+Tab goes back
        ctrlTab(robot, false);
        waitFocused(robot, "#score-V1");
        assertEquals("gridTab", selectedTab(robot).getId());
        ctrlTab(robot, true);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "historyTab".equals(selectedTab(robot).getId()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusIsInside(robot, "#historyTable"));
    }

    @Test
    void outsideTheScoringScreenCtrlTabSwitchesBetweenTheDossiersAndTheDashboard(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusOwner(robot) instanceof TextInputControl);
        ctrlTab(robot, false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> focusIsInside(robot, "#dashboard"));
        assertEquals(
                "dashboardTab",
                robot.lookup("#mainTabs")
                        .queryAs(javafx.scene.control.TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId());
        ctrlTab(robot, false);
        waitFocused(robot, "#dossierTable");
    }

    @Test
    void ctrlPageDownShowsTheNextDossierOnTheGridAtItsTopReadyForDigits(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        String second = table.getItems().get(1).number();
        openScoring(robot);
        // the history tab: digits do nothing there
        ctrlTab(robot, true);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "historyTab".equals(selectedTab(robot).getId()));

        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#scoringTitle").queryLabeled().getText().contains(second));
        waitFocused(robot, "#score-V1");
        assertEquals("gridTab", selectedTab(robot).getId());
        assertEquals(0, robot.lookup("#gridSection").queryAs(ScrollPane.class).getVvalue(), 1e-9);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> workspace
                        .readReviews()
                        .of(second)
                        .mine()
                        .map(r -> r.score("V1").value() != null
                                && r.score("V1").value().intValue() == 3)
                        .orElse(false));

        // from further down the grid, the previous dossier comes back at the top too
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN);
        waitFocused(robot, "#score-O2");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        String first = table.getItems().get(0).number();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#scoringTitle").queryLabeled().getText().contains(first));
        waitFocused(robot, "#score-V1");
        assertEquals(0, robot.lookup("#gridSection").queryAs(ScrollPane.class).getVvalue(), 1e-9);
    }

    @Test
    void eligibilityIsAnsweredWithOPNAndTheArrows(FxRobot robot) throws Exception {
        openScoring(robot);
        ctrlTab(robot, false);
        waitFocused(robot, "#eligibility-EL1-OUI");

        robot.type(KeyCode.O, KeyCode.DOWN, KeyCode.P, KeyCode.DOWN, KeyCode.N);
        JudgementViewModel judgement = viewModel.scoring().judgement();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> judgement.answerProperty(EligibilityCriterion.EL3).get() == EligibilityAnswer.NON);
        assertEquals(
                EligibilityAnswer.OUI,
                judgement.answerProperty(EligibilityCriterion.EL1).get());
        assertEquals(
                EligibilityAnswer.EN_PERSPECTIVE,
                judgement.answerProperty(EligibilityCriterion.EL2).get());
        // the chosen answer is selected and holds the focus, styled apart
        ToggleButton no = robot.lookup("#eligibility-EL3-NON").queryAs(ToggleButton.class);
        assertTrue(no.isSelected() && no.isFocused());
        assertTrue(no.getStyleClass().contains("answer-toggle"));
        assertFalse(
                robot.lookup("#eligibility-EL3-OUI").queryAs(ToggleButton.class).isSelected());

        // ↑ back to EL2 on its chosen answer; Suppr clears it
        robot.type(KeyCode.UP);
        waitFocused(robot, "#eligibility-EL2-EN_PERSPECTIVE");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> judgement.answerProperty(EligibilityCriterion.EL2).get() == null);

        // after EL7, the governance, answered the same way
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitFocused(robot, "#governance-OUI");
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> judgement.governanceProperty().get() == Governance.EN_PERSPECTIVE);
        assertTrue(robot.lookup("#governance-EN_PERSPECTIVE").query().isFocused());
        assertNull(judgement.answerProperty(EligibilityCriterion.EL7).get(), "EL7 passed over, not answered");
    }

    @Test
    void escapeClosesTheNationalViewTheExpertsWindowAndTheHelp(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nationalView").tryQuery().isPresent());
        pressEscapeIn(robot, "#nationalView");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nationalView").tryQuery().isEmpty());

        robot.clickOn("#menuExpertsMenu").clickOn("#menuExperts");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#expertsTable").tryQuery().isPresent());
        pressEscapeIn(robot, "#expertsTable");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#expertsTable").tryQuery().isEmpty());

        backToMain(robot);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#shortcutsHelp").tryQuery().isPresent());
        pressEscapeIn(robot, "#shortcutsHelp");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#shortcutsHelp").tryQuery().isEmpty());
    }

    @Test
    void theStatusLineIsReadAsTheStatusAndGoesBackToTheCountOfDossiers(FxRobot robot) {
        javafx.scene.control.Label status = robot.lookup("#statusLabel").queryAs(javafx.scene.control.Label.class);
        robot.interact(() -> viewModel.clearStatus());
        assertEquals("12 dossiers", status.getText());
        assertEquals("État\u00a0: 12 dossiers", status.getAccessibleText());
    }

    private void pressEscapeIn(FxRobot robot, String query) throws Exception {
        Window shown = robot.lookup(query).query().getScene().getWindow();
        robot.interact(shown::requestFocus);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, shown::isFocused);
        robot.targetWindow(shown);
        robot.type(KeyCode.ESCAPE);
    }

    private void backToMain(FxRobot robot) throws Exception {
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isFocused);
        robot.targetWindow(stage);
    }

    private static void openScoring(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFocused(robot, "#score-V1");
    }

    private static void ctrlTab(FxRobot robot, boolean back) {
        if (back) {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB)
                    .release(KeyCode.TAB, KeyCode.SHIFT, KeyCode.CONTROL);
        } else {
            robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        }
    }

    private static void waitFocused(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false));
    }

    private Tab selectedTab(FxRobot robot) {
        return window.scoringPane().selectedTab();
    }

    private static String hint(FxRobot robot) {
        return robot.lookup("#scoringHint").queryLabeled().getText();
    }

    private static Node focusOwner(FxRobot robot) {
        Scene scene = robot.lookup("#mainWindow").query().getScene();
        return scene.getFocusOwner();
    }

    /** Whether the focus owner is this node or inside it. */
    private static boolean focusIsInside(FxRobot robot, String query) {
        Node container = robot.lookup(query).query();
        for (Node n = focusOwner(robot); n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
