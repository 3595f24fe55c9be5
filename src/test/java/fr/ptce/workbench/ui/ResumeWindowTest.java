package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window stopped then started again on the same workspace shows it as it was left (headless). */
@ExtendWith(ApplicationExtension.class)
class ResumeWindowTest {

    @TempDir
    Path folder;

    private final Preferences node =
            Preferences.userRoot().node("fr/ptce/workbench/test-resume-window-" + System.nanoTime());
    private final Messages messages = Messages.load(Locale.FRENCH);
    private FxTaskRunner runner;
    private MainViewModel viewModel;
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopAndForget() throws Exception {
        FxToolkit.cleanupStages();
        stopWindow();
        node.removeNode();
    }

    /** Starts the window as WorkbenchApp does, opening the workspace folder. */
    private void startWindow(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
            viewModel = new MainViewModel(runner, messages, new WorkspaceState());
            window = new MainWindow(stage, viewModel, messages, new UiPreferences(node));
            window.show();
            viewModel.openFolder(folder);
        });
    }

    /** Stops the window as WorkbenchApp.stop does: the writer thread, then the workspace. */
    private void stopWindow() {
        if (runner != null) {
            viewModel.scoring().flush();
            runner.close();
            viewModel.workspaceState().current().ifPresent(Workspace::close);
            runner = null;
        }
    }

    @Test
    void theDossierTabFilterAndSortComeBackAfterARestart(FxRobot robot) throws Exception {
        try (Workspace filled = Workspace.open(folder)) {
            filled.importDossiers().fromFile(MainViewModelTest.sample(), ColumnMapping.NONE, Progress.NONE);
        }
        startWindow(robot);
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        // nothing remembered: the first dossier of the list is selected
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> table.getSelectionModel().getSelectedItem()
                        == table.getItems().get(0));

        // sort by project, descending; search; pick the last dossier shown; the Avis tab
        robot.interact(() -> {
            TableColumn<DossierSummary, ?> project = table.getColumns().stream()
                    .filter(c -> "projectColumn".equals(c.getId()))
                    .findFirst()
                    .orElseThrow();
            project.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(project);
        });
        robot.clickOn("#quickFilter").write("rhone");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        DossierSummary chosen = table.getItems().get(5);
        java.util.List<String> order =
                table.getItems().stream().map(DossierSummary::number).toList();
        robot.interact(() -> table.getSelectionModel().select(chosen));
        robot.interact(() -> window.showScoring());
        TabPane scoringTabs = robot.lookup("#scoringTabs").queryAs(TabPane.class);
        robot.interact(() -> scoringTabs.getSelectionModel().select(3));
        String tabId = scoringTabs.getSelectionModel().getSelectedItem().getId();
        assertEquals("avisTab", tabId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.close());
        stopWindow();

        startWindow(robot);
        // the scoring screen comes back on the tab it showed, on the dossier selected then
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#scoringTabs")
                        .tryQuery()
                        .map(n -> tabId.equals(((TabPane) n)
                                .getSelectionModel()
                                .getSelectedItem()
                                .getId()))
                        .orElse(false));
        assertEquals(chosen.number(), viewModel.selectedProperty().get().number());
        robot.interact(() -> window.showList());
        TableView<DossierSummary> again = robot.lookup("#dossierTable").queryTableView();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> again.getItems().size() == 6 && again.getSelectionModel().getSelectedItem() != null);
        assertEquals(
                chosen.number(), again.getSelectionModel().getSelectedItem().number());
        assertEquals(
                "rhone", robot.lookup("#quickFilter").queryTextInputControl().getText());
        assertEquals(1, again.getSortOrder().size());
        assertEquals("projectColumn", again.getSortOrder().get(0).getId());
        assertEquals(
                TableColumn.SortType.DESCENDING, again.getSortOrder().get(0).getSortType());
        assertEquals(
                order, again.getItems().stream().map(DossierSummary::number).toList(), "the same order as before");

        // a search that empties the list says so, with a way back
        robot.interact(() -> viewModel.filterTextProperty().set("aucun-dossier-ne-contient-ceci"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getItems().isEmpty());
        assertEquals(
                "Aucun dossier ne correspond à ce filtre. Échap dans la recherche l'efface.",
                robot.lookup("#listPlaceholderText").queryAs(Label.class).getText());
        robot.clickOn("#listPlaceholderClear");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getItems().size() == 12);
    }
}
