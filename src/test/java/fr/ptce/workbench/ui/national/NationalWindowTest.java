package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.RegionWorkbooks;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.ui.WorkbenchOnScreen;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The national view on screen (headless): opened from the menu, avis workbooks imported in the background. */
@ExtendWith(ApplicationExtension.class)
class NationalWindowTest {

    /** Leaves no window behind to take the keyboard focus from the next window test. */
    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @TempDir
    Path folder;

    private WorkbenchOnScreen screen;

    @Start
    void start(Stage stage) {
        Workspace workspace = Workspace.inMemory(Clock.systemUTC());
        workspace.workspaceUser().set(TestReviewers.PESSII);
        screen = WorkbenchOnScreen.show(stage, workspace);
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    @Test
    void showsTheRankedDossiersAndTheCountersOfTheDecisions(FxRobot robot) throws Exception {
        List<Path> files = List.of(
                RegionWorkbooks.write(folder, 2, 4, new Random(1)),
                RegionWorkbooks.write(folder, 10, 4, new Random(2)));
        screen.awaitIdle();
        robot.clickOn("#menuFile").clickOn("#menuNational");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nationalTable").tryQuery().isPresent());
        TableView<RankedDossier> table = robot.lookup("#nationalTable").queryTableView();

        robot.interact(() -> screen.viewModel().national().importFiles(files));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 8);

        assertEquals(1, table.getItems().get(0).rank());
        javafx.scene.control.TableColumn<RankedDossier, ?> criteria = table.getColumns().stream()
                .filter(c -> c.getText().equals("Critères notés"))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < table.getItems().size(); i++) {
            RankedDossier r = table.getItems().get(i);
            assertEquals(r.scoredCriteria() + "/10" + (r.complete() ? "" : " (incomplète)"), criteria.getCellData(i));
        }
        // the table may be shown again by the last refresh of the import: wait for its final rows
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(r -> r.row().meetsPhase2Target()));
        RankedDossier eligible = table.getItems().stream()
                .filter(r -> r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();
        robot.interact(() -> screen.viewModel().national().setLaureate(eligible, true));
        robot.interact(() -> screen.viewModel().national().setInvited(eligible, true));
        Label invited = robot.lookup("#nationalInvited").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> invited.getText()
                        .equals("Invités en phase\u00a02\u00a0: 1 proposé (objectif 15 à 20),"
                                + " 0 décidé par le cabinet"));
        String laureates =
                robot.lookup("#nationalLaureates").queryAs(Label.class).getText();
        assertEquals("Lauréats de la phase\u00a01\u00a0: 1 proposé, 0 décidé par le cabinet", laureates);
        assertFalse(laureates.contains("€"), "no money is attached to phase 1");
    }

    @Test
    void anOverrideWaitsForItsWrittenReason(FxRobot robot) throws Exception {
        List<Path> files = List.of(RegionWorkbooks.write(folder, 2, 2, new Random(3)));
        screen.awaitIdle();
        robot.clickOn("#menuFile").clickOn("#menuNational");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nationalTable").tryQuery().isPresent());
        TableView<RankedDossier> table = robot.lookup("#nationalTable").queryTableView();
        robot.interact(() -> screen.viewModel().national().importFiles(files));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);

        RankedDossier dossier = table.getItems().get(0);
        robot.interact(() -> screen.viewModel()
                .national()
                .overrideRequestProperty()
                .set(new NationalViewModel.OverrideRequest(
                        dossier, NationalViewModel.Decision.INVITED, "Refus d'essai")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#overrideReason").tryQuery().isPresent());
        javafx.scene.Node ok = ((javafx.scene.control.DialogPane)
                        robot.lookup("#overrideReason").query().getScene().getRoot())
                .lookupButton(javafx.scene.control.ButtonType.OK);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, ok::isDisabled);
        robot.clickOn("#overrideReason").write("   ");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ok.isDisabled(), "blanks are no reason");
        robot.write("Territoire prioritaire");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ok.isDisabled());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#overrideReason").tryQuery().isEmpty());
    }
}
