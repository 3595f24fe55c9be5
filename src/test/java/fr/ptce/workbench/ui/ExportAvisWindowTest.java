package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.fx.RecordingOpener;
import fr.ptce.workbench.ui.fx.ScriptedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
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
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Fichier › Exporter l'avis pour le PESSII on screen: checks, file, export, « Ouvrir le dossier ». */
@ExtendWith(ApplicationExtension.class)
class ExportAvisWindowTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private WorkbenchOnScreen screen;
    private MainViewModel viewModel;
    private final ScriptedFiles files = new ScriptedFiles();
    private final RecordingOpener opener = new RecordingOpener();

    @Start
    void start(Stage stage) {
        workspace = Workspace.inMemory(Clock.systemUTC());
        screen = WorkbenchOnScreen.show(stage, workspace);
        viewModel = screen.viewModel();
        screen.window().useFiles(files.savingIn(folder));
        screen.window().openFoldersWith(opener);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        screen.close();
    }

    private void importAndSayWhoIAm(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        Path sample = MainViewModelTest.sample();
        robot.interact(() -> viewModel.importFile(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        ImportReports.close(robot);
        workspace
                .workspaceUser()
                .set(new Reviewer(
                        "Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Auvergne-Rhône-Alpes"));
    }

    @Test
    void theShortcutShowsTheChecksThenWritesTheWorkbookAndOpensItsFolder(FxRobot robot) throws Exception {
        importAndSayWhoIAm(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#exportChecksDialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#exportChecks").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .anyMatch(t -> t.matches("• \\d+ dossiers sans avis de la région.*")));
        clickWhenVisible(robot, "#exportAllRegions");
        clickWhenVisible(robot, "#exportChecksContinue");

        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#exportDoneDialog").tryQuery().isPresent());
        String name = files.proposedNames().get(0);
        assertTrue(name.matches("avis-auvergne-rhone-alpes-\\d{4}-\\d{2}-\\d{2}\\.xlsx"), name);
        Path written = folder.resolve(name);
        assertTrue(Files.isRegularFile(written));
        String text = robot.lookup("#exportDoneText").queryLabeled().getText();
        assertTrue(text.contains(written.toAbsolutePath().toString()), text);
        assertTrue(text.contains("Dossiers\u00a0: 12"), text);
        assertTrue(text.matches("(?s).*SHA-256\u00a0: [0-9a-f]{64}.*"), text);

        clickWhenVisible(robot, "#exportDoneOpenFolder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opener.opened().isEmpty());
        assertEquals(List.of(folder.toAbsolutePath()), opener.opened());
    }

    @Test
    void cancellingAfterTheChecksWritesNothing(FxRobot robot) throws Exception {
        importAndSayWhoIAm(robot);

        robot.clickOn("#menuFile").clickOn("#menuExportAvis");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#exportChecksDialog").tryQuery().isPresent());
        clickWhenVisible(robot, "#exportChecksCancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), files.proposedNames());
        try (var files = Files.list(folder)) {
            assertEquals(
                    0,
                    files.filter(f -> f.getFileName().toString().startsWith("avis-"))
                            .count());
        }
    }

    /** A dialog's node exists before its window is shown: clicks once the node is visible. */
    private static void clickWhenVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(query)
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        robot.clickOn(query);
    }
}
