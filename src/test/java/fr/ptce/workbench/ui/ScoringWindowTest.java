package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scoring screen on a workspace file (headless): the identity asked and a dossier scored with the keyboard only,
 * the scores found again after reopening the file.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringWindowTest {

    /** Leaves no window behind to take the keyboard focus from the next window test. */
    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @TempDir
    Path folder;

    private FxTaskRunner runner;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        new MainWindow(stage, viewModel, messages).show();
        viewModel.useWorkspace(Workspace.open(folder));
    }

    @AfterEach
    void stop() {
        runner.close();
        viewModel.workspaceState().current().ifPresent(Workspace::close);
    }

    @Test
    void aDossierIsScoredWithTheKeyboardOnlyAndFoundAfterReopening(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        robot.interact(() -> viewModel.importFile(sampleOrFail()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        ImportReports.close(robot);
        String first = table.getItems().get(0).number();
        String second = table.getItems().get(1).number();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#score-V1")
                        .tryQuery()
                        .map(n -> n.isFocused())
                        .orElse(false));
        assertTrue(robot.lookup("#scoringTitle").queryLabeled().getText().contains(first));

        // the first score asks who the user is: the dialog is answered from the keyboard
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#identityName")
                        .tryQuery()
                        .map(n -> n.isFocused())
                        .orElse(false));
        // written characters go to the robot's target window: the dialog's
        robot.targetWindow(robot.lookup("#identityName").query().getScene().getWindow());
        assertTrue(robot.lookup("#identityOk").query().isDisabled(), "no name, no e-mail: OK waits");
        robot.write("Claire Martin");
        robot.type(KeyCode.TAB);
        robot.write("claire.martin");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#identityOk").query().isDisabled(), "a malformed e-mail keeps OK disabled");
        robot.write("@example.fr");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !robot.lookup("#identityOk").query().isDisabled());
        robot.type(KeyCode.TAB, KeyCode.TAB);
        robot.write("Bretagne");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#identityDialog").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#mainWindow").query().getScene().getWindow());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#score-V1").query().isFocused());
        robot.type(KeyCode.DOWN, KeyCode.DIGIT3, KeyCode.DOWN, KeyCode.DIGIT5);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#total")
                        .queryLabeled()
                        .getText()
                        .equals("Total provisoire\u00a0: 24 / 100 (3/10 critères notés)"));
        assertEquals("24 / 50", robot.lookup("#subtotal-V").queryLabeled().getText());
        assertTrue(robot.lookup("#score-V3").query().isFocused());
        // a comment: C jumps to it, Escape comes back to the score
        robot.type(KeyCode.C);
        assertTrue(robot.lookup("#comment-V3").query().isFocused());
        robot.write("Innovation sociale réelle");
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#score-V3").query().isFocused());

        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#scoringTitle").queryLabeled().getText().contains(second));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#score-V1").query().isFocused());
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Enregistré à "));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !runner.busyProperty().get());

        Workspace workspace = viewModel.workspaceState().current().orElseThrow();
        assertScore(workspace, first, "V1", "4");
        assertScore(workspace, first, "V2", "3");
        assertScore(workspace, first, "V3", "5");
        assertEquals(
                "Innovation sociale réelle",
                mine(workspace, first).orElseThrow().score("V3").comment());
        assertScore(workspace, second, "V1", "2");

        // close the workspace file, open it again: the scores are there, on screen too
        robot.interact(() -> viewModel.useWorkspace(Workspace.inMemory(java.time.Clock.systemUTC())));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !runner.busyProperty().get());
        robot.interact(() -> viewModel.openFolder(folder));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        Workspace reopened = viewModel.workspaceState().current().orElseThrow();
        assertTrue(reopened.folder().isPresent());
        assertScore(reopened, first, "V2", "3");
        assertScore(reopened, second, "V1", "2");

        // still on the scoring screen, the dossier scored last selected again: the previous-dossier key goes to the
        // first
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> viewModel.selectedProperty().get() != null
                        && second.equals(viewModel.selectedProperty().get().number()));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#total")
                        .queryLabeled()
                        .getText()
                        .equals("Total provisoire\u00a0: 24 / 100 (3/10 critères notés)"));
        assertTrue(robot.lookup("#score-V2-3").queryAs(ToggleButton.class).isSelected());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#avisCountLabel").queryLabeled().getText().equals("0 / 12 dossiers avec avis"));
        assertEquals(
                "Claire Martin — correspondant régional de Bretagne",
                robot.lookup("#userLabel").queryLabeled().getText());
        assertEquals(
                "claire.martin@example.fr",
                reopened.workspaceUser().current().orElseThrow().email());
    }

    @Test
    void theScoringScreenShowsTheChosenDossiersStoredMaturityAndAvis(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        robot.interact(() -> viewModel.importFile(sampleOrFail()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        ImportReports.close(robot);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !runner.busyProperty().get());
        String second = table.getItems().get(1).number();
        Workspace workspace = viewModel.workspaceState().current().orElseThrow();
        workspace
                .workspaceUser()
                .set(new Reviewer("Claire Martin", "claire.martin@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne"));
        workspace.scoreDossier().setMaturity(second, Maturity.EN_STRUCTURATION);
        workspace
                .saveAvis()
                .save(new AvisDraft(
                        second, Recommendation.UNFAVORABLE, false, "Projet trop tôt", null, null, null, null));

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#scoringTitle")
                        .tryQuery()
                        .map(n -> ((javafx.scene.control.Labeled) n).getText().contains(second))
                        .orElse(false));
        assertEquals(
                Maturity.EN_STRUCTURATION,
                robot.lookup("#maturity").queryComboBox().getValue());
        assertEquals(
                Recommendation.UNFAVORABLE,
                robot.lookup("#recommendation").queryComboBox().getValue());
        // the call's words: its guidance above the grid, each target's full text as its tooltip
        Label guidance = robot.lookup("#maturityGuidance").queryAs(Label.class);
        assertTrue(guidance.isVisible());
        assertTrue(guidance.getText().contains("seront appréhendés de façon proportionnée"), guidance.getText());
        CheckBox targetC = robot.lookup("#targetC").queryAs(CheckBox.class);
        assertEquals(Targets.Target.C.label(), targetC.getText());
        // read as the accessible help at once, shown as a tooltip once the pointer comes (made then: LazyTooltip)
        assertTrue(targetC.getAccessibleHelp().contains(Targets.Target.C.callText()));
        robot.interact(() -> targetC.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_ENTERED,
                0,
                0,
                0,
                0,
                javafx.scene.input.MouseButton.NONE,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                null)));
        assertTrue(targetC.getTooltip().getText().contains(Targets.Target.C.callText()));
    }

    private static Path sampleOrFail() {
        try {
            return MainViewModelTest.sample();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Review> mine(Workspace workspace, String number) {
        return workspace.readReviews().of(number).mine();
    }

    private static void assertScore(Workspace workspace, String number, String code, String expected) {
        BigDecimal value = mine(workspace, number).orElseThrow().score(code).value();
        assertEquals(0, new BigDecimal(expected).compareTo(value), number + " " + code + " = " + value);
    }
}
