package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The whole flow on screen (headless): import a DS export, pick a dossier, read it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
    void importedDossierCanBeReadInTheReaderPane(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();

        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importReportClose").tryQuery().isPresent());
        assertEquals("12", robot.lookup("#reportNew").queryLabeled().getText());
        robot.clickOn("#importReportClose");

        DossierSummary first = table.getItems().get(0);
        // the row's first cell: the row may be wider than the list, which then scrolls
        robot.clickOn("#dossierRow-" + first.number() + " .table-cell");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane #section-S1-title").tryQuery().isPresent());

        Label title = robot.lookup("#readerPane #readerTitle").queryAs(Label.class);
        assertTrue(title.getText().contains(first.projectName()), title.getText());
        assertEquals(
                "Description de la structure porteuse du projet",
                robot.lookup("#readerPane #section-S1-title")
                        .queryAs(Label.class)
                        .getText());
        assertEquals(Section.S1.title(), "Description de la structure porteuse du projet");
        assertEquals("12 dossiers", robot.lookup("#dossierCount").queryLabeled().getText());

        // the keyboard alone moves through the list, and the reader follows
        DossierSummary second = table.getItems().get(1);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane #readerTitle")
                        .queryAs(Label.class)
                        .getText()
                        .contains(second.number()));
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane #readerTitle")
                        .queryAs(Label.class)
                        .getText()
                        .contains(first.number()));
    }

    @Test
    void theFileMenuOffersBackupRestoreAndPurgeAndPurgeAsksFirst(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importReportClose")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        robot.clickOn("#importReportClose");

        robot.clickOn("#menuFile");
        for (String id : List.of("#menuBackup", "#menuRestore", "#menuPurge")) {
            WaitForAsyncUtils.waitFor(
                    5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
            assertTrue(robot.lookup(id).query().isVisible(), id);
        }
        robot.clickOn("#menuPurge");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#purgeDialog").tryQuery().isPresent());
        robot.clickOn("#purgeCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, workspace.listDossiers().all().size(), "cancelling the purge deletes nothing");
    }

    @Test
    void theListShowsEachDossiersAdmissibility(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();

        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importReportClose").tryQuery().isPresent());
        robot.clickOn("#importReportClose");

        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#dossierRow-4847721 #admissibility-4847721")
                        .tryQuery()
                        .isPresent());
        Label badge = robot.lookup("#dossierRow-4847721 #admissibility-4847721").queryAs(Label.class);
        assertEquals("incomplet", badge.getText());
        assertTrue(
                badge.getStyleClass().contains("badge-warning"),
                badge.getStyleClass().toString());
    }

    @Test
    void theReaderShowsTheLegalFormVerdictWithTheInseeCategoryAndTheDeclaredForm(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        ImportReports.close(robot);

        robot.interact(() -> table.getSelectionModel()
                .select(table.getItems().stream()
                        .filter(d -> d.number().equals("5127651"))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane #readerTitle")
                        .queryAs(Label.class)
                        .getText()
                        .contains("5127651"));

        Label badge = robot.lookup("#readerPane #legalFormBadge").queryAs(Label.class);
        assertEquals("forme juridique non éligible", badge.getText());
        assertTrue(
                badge.getStyleClass().contains("badge-bad"),
                badge.getStyleClass().toString());
        assertTrue(badge.getAccessibleText().contains("personne morale de droit public"), badge.getAccessibleText());
        assertEquals(
                "Commune",
                robot.lookup("#readerPane #identity-legalForm")
                        .queryAs(Label.class)
                        .getText());
        assertEquals(
                "7210 — Commune et commune nouvelle",
                robot.lookup("#readerPane #identity-inseeCategory")
                        .queryAs(Label.class)
                        .getText());
        assertTrue(robot.lookup("#readerPane #identity-legalFormCheck")
                .queryAs(Label.class)
                .getText()
                .startsWith("non éligible — Catégorie juridique INSEE 7210"));
        assertTrue(robot.lookup("#readerPane #legalFormDisagreementBadge")
                .tryQuery()
                .isEmpty());
        assertTrue(robot.lookup("#readerPane #identity-legalFormDisagreement")
                .tryQuery()
                .isEmpty());
    }

    @Test
    void aReimportListsTheChangesAndTheReaderShowsDsExpertOpinions(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        importAndCloseReport(
                robot, MainViewModelTest.sample(), () -> table.getItems().size() == 12);

        Path november = Path.of(getClass()
                .getResource("/ds-samples/dossiers_ami-ptce-emergents_2021-11-19_14-37.xlsx")
                .toURI());
        robot.interact(() -> viewModel.importFile(november));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#reportChangedList").tryQuery().isPresent());
        ListView<String> changed = robot.lookup("#reportChangedList").queryListView();
        assertTrue(
                changed.getItems().stream()
                        .anyMatch(line -> line.startsWith("N° 5047161\u00a0: ")
                                && line.contains(Champ.S2.label())
                                && line.contains(Champ.S10.label())),
                changed.getItems().toString());
        assertEquals(
                List.of("N° 5063921"),
                robot.lookup("#reportAbsentList").queryListView().getItems());
        ImportReports.close(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 14);
        robot.clickOn("#dossierRow-5019941 .table-cell");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane #expertOpinions").tryQuery().isPresent());
        VBox opinions = robot.lookup("#readerPane #expertOpinions").queryAs(VBox.class);
        assertEquals(2, opinions.getChildren().size());
        assertEquals(
                "Avis d'experts (démarches-simplifiées)",
                robot.lookup("#expertOpinionsHeading").queryLabeled().getText());
        assertTrue(robot.lookup("#expertOpinion-0-requested")
                .queryLabeled()
                .getText()
                .matches("Demandé le \\d{2}/\\d{2}/\\d{4}.*"));

        // a dossier without DS expert opinions has no such section
        robot.clickOn("#dossierRow-5047161 .table-cell");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerPane #readerTitle")
                        .queryAs(Label.class)
                        .getText()
                        .contains("5047161"));
        assertTrue(robot.lookup("#readerPane #expertOpinions").tryQuery().isEmpty());
    }

    @Test
    void theMappingDialogImportsWithTheChosenColumn(FxRobot robot, @TempDir Path folder) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        Path renamed = MainViewModelTest.renamedHeaderCsv(folder);

        robot.interact(() -> viewModel.importFile(renamed));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#mappingChoice-PROJECT_NAME")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        assertTrue(robot.lookup("#mappingImport").query().isDisabled());
        assertTrue(robot.lookup("#errorDialog").tryQuery().isEmpty(), "a mapping to make is not an error");

        ComboBox<String> choice = robot.lookup("#mappingChoice-PROJECT_NAME").queryComboBox();
        robot.interact(() -> choice.getSelectionModel().select("Intitulé du projet"));
        assertFalse(robot.lookup("#mappingImport").query().isDisabled());
        assertTrue(robot.lookup("#mappingPreview-PROJECT_NAME")
                .queryLabeled()
                .getText()
                .contains("·"));
        robot.clickOn("#mappingImport");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        ImportReports.close(robot);
    }

    private void importAndCloseReport(FxRobot robot, Path file, java.util.concurrent.Callable<Boolean> imported)
            throws Exception {
        robot.interact(() -> viewModel.importFile(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, imported);
        ImportReports.close(robot);
    }
}
