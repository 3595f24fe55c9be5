package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search box of the main window finds dossiers by the words of their texts, accents and case ignored. */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {

    /** Leaves no window behind to take the keyboard focus from the next window test. */
    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    private Workspace workspace;
    private FxTaskRunner runner;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        new MainWindow(stage, viewModel, messages).show();
        workspace = Workspace.inMemory(Clock.systemUTC());
        viewModel.useWorkspace(workspace);
    }

    @AfterEach
    void stop() {
        runner.close();
        workspace.close();
    }

    @Test
    void typingAWordOfASectionTextListsTheDossiersHoldingIt(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        java.nio.file.Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importReportClose").tryQuery().isPresent());
        robot.clickOn("#importReportClose");
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !runner.busyProperty().get());

        // "mobilisées" appears only in a section text of dossier 5127651, never in its list fields
        robot.clickOn("#quickFilter").write("MOBILISEES");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(
                List.of("5127651"),
                table.getItems().stream().map(DossierSummary::number).toList());
        assertEquals(
                "1 dossier sur 12", robot.lookup("#dossierCount").queryLabeled().getText());

        // the reader highlights the word found
        robot.clickOn("#dossierRow-5127651 .table-cell");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane .search-hit").tryQuery().isPresent());
        Text hit = robot.lookup("#readerPane .search-hit").queryAs(Text.class);
        assertEquals("mobilisées", hit.getText().toLowerCase(Locale.ROOT));

        // a field of the list still matches anywhere, and every word typed must match
        robot.doubleClickOn("#quickFilter").eraseText(20).write("finistere");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> table.getItems().size() == 1
                        && table.getItems().get(0).number().equals("5114581"));
        robot.write(" mobilisees");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        assertTrue(robot.lookup("#readerPane .search-hit").tryQuery().isEmpty());
    }
}
