package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.Section;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole flow on screen (headless): import a DS export, pick a dossier, read it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
    void importedDossierCanBeReadInTheReaderPane(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();

        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importReportClose").tryQuery().isPresent());
        assertEquals("12", robot.lookup("#reportNew").queryLabeled().getText());
        robot.clickOn("#importReportClose");

        DossierSummary first = table.getItems().get(0);
        robot.clickOn("#dossierRow-" + first.number());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane #section-S1-title").tryQuery().isPresent());

        Label title = robot.lookup("#readerPane #readerTitle").queryAs(Label.class);
        assertTrue(title.getText().contains(first.projectName()), title.getText());
        assertEquals("Description de la structure porteuse du projet",
                robot.lookup("#readerPane #section-S1-title").queryAs(Label.class).getText());
        assertEquals(Section.S1.title(), "Description de la structure porteuse du projet");
        assertEquals("12 dossiers", robot.lookup("#dossierCount").queryLabeled().getText());

        // the keyboard alone moves through the list, and the reader follows
        DossierSummary second = table.getItems().get(1);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#readerPane #readerTitle")
                .queryAs(Label.class).getText().contains(second.number()));
    }

    @Test
    void theListShowsEachDossiersAdmissibility(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();

        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importReportClose").tryQuery().isPresent());
        robot.clickOn("#importReportClose");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#dossierRow-4847721 #admissibility-4847721").tryQuery().isPresent());
        Label badge = robot.lookup("#dossierRow-4847721 #admissibility-4847721").queryAs(Label.class);
        assertEquals("incomplet", badge.getText());
        assertTrue(badge.getStyleClass().contains("badge-warning"), badge.getStyleClass().toString());
    }
}
