package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.phase2.LinkProblem;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The phase selector on screen: the demo's phase 2, its checks, the link to phase 1 and back. */
@ExtendWith(ApplicationExtension.class)
class Phase2WindowTest {

    private Workspace workspace;
    private WorkbenchOnScreen screen;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
        screen = WorkbenchOnScreen.show(stage, workspace);
        viewModel = screen.viewModel();
        window = screen.window();
    }

    @AfterEach
    void stop() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
        screen.close();
    }

    @Test
    void thePhaseSelectorSwitchesTheListAndTheReaderShowsTheChecks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#phaseBar").query().isVisible());
        assertTrue(robot.lookup("#phase2Table").tryQuery().isEmpty(), "the window opens on phase 1");

        robot.clickOn("#phase2Toggle");

        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2Table").tryQuery().isPresent());
        TableView<Phase2View> table = robot.lookup("#phase2Table").queryTableView();
        assertEquals(6, table.getItems().size());
        assertFalse(
                robot.lookup("#dossierTable").tryQuery().map(Node::isVisible).orElse(false));
        Phase2View over = table.getItems().stream()
                .filter(v -> v.checks().overEnvelope())
                .findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(over));
        Label envelope = robot.lookup("#phase2Reader #envelopeCheck").queryAs(Label.class);
        assertTrue(envelope.getStyleClass().contains("flagged"), "over 100,000 € shows red");
        assertTrue(envelope.getText().startsWith("124\u00a0000\u00a0€"), envelope.getText());
        Phase2View wrongSiret = table.getItems().stream()
                .filter(v -> v.link().problems().contains(LinkProblem.SIRET_MISMATCH))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(wrongSiret));
        Label link = robot.lookup("#phase2Reader #linkCheck").queryAs(Label.class);
        assertTrue(link.getStyleClass().contains("flagged"));
        assertEquals("SIRET différent de celui du dossier de phase 1", link.getText());

        robot.clickOn("#phase1Toggle");
        assertTrue(robot.lookup("#dossierTable").query().isVisible());
        assertEquals(Phase.ONE, window.phase2().phaseProperty().get());
    }

    @Test
    void theStatusBarCountsThePhaseTheListShows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#phaseBar").query().isVisible());
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "24 dossiers".equals(status.getText()));

        // the region's avis on one phase-2 dossier: the avis count follows the phase shown
        workspace
                .workspaceUser()
                .set(new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Grand Est"));
        workspace
                .saveAvis()
                .save(new AvisDraft(
                        "6100000", Recommendation.FAVORABLE, false, "Animation solide", null, null, null, null));
        robot.interact(() -> viewModel.scoring().progress().refresh());
        Label avis = robot.lookup("#avisCountLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "0 / 24 dossiers avec avis".equals(avis.getText()));

        robot.clickOn("#phase2Toggle");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "6 dossiers de phase\u00a02".equals(status.getText()));
        assertEquals(6, robot.lookup("#phase2Table").queryTableView().getItems().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "1 / 6 dossiers avec avis".equals(avis.getText()));

        robot.clickOn("#phase1Toggle");
        robot.clickOn("#quickFilter").write("rhone");
        WaitForAsyncUtils.waitForFxEvents();
        int left = viewModel.filteredDossiers().size();
        assertTrue(left > 0 && left < 24, "the filter keeps some: " + left);
        assertEquals(left + (left == 1 ? " dossier sur 24" : " dossiers sur 24"), status.getText());
        assertEquals("0 / 24 dossiers avec avis", avis.getText());
    }

    @Test
    void theLinkLeadsToThePhaseOneDossierAndBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#phaseBar").query().isVisible());
        robot.clickOn("#phase2Toggle");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2Table").tryQuery().isPresent());
        TableView<Phase2View> table = robot.lookup("#phase2Table").queryTableView();
        Phase2View first = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(first));

        robot.clickOn("#phase2Reader #phase1Link");

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#dossierTable").query().isVisible());
        DossierSummary selected = viewModel.selectedProperty().get();
        assertEquals(first.dossier().phase1Number(), selected.number());
        assertTrue(robot.lookup("#phase1Toggle").queryAs(ToggleButton.class).isSelected());
        Hyperlink back = robot.lookup("#phase2Link").queryAs(Hyperlink.class);
        assertTrue(back.isVisible());
        assertEquals("Dossier de phase 2 n°\u00a0" + first.number() + " →", back.getText());

        robot.clickOn("#phase2Link");

        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#phase2Table").query().isVisible());
        assertEquals(first, table.getSelectionModel().getSelectedItem());
        assertFalse(back.isVisible(), "the link to phase 2 shows on phase 1 only");
    }
}
