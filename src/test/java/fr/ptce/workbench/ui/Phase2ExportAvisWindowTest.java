package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.fx.FolderOpener;
import fr.ptce.workbench.ui.fx.ScriptedFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Fichier › Exporter l'avis pour le PESSII while the list shows phase 2: the phase-2 avis workbook, on screen. */
@ExtendWith(ApplicationExtension.class)
class Phase2ExportAvisWindowTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private WorkbenchOnScreen screen;
    private MainViewModel viewModel;
    private final ScriptedFiles files = new ScriptedFiles();

    @Start
    void start(Stage stage) {
        workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
        workspace
                .workspaceUser()
                .set(new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne"));
        screen = WorkbenchOnScreen.show(stage, workspace);
        viewModel = screen.viewModel();
        screen.window().useFiles(files.savingIn(folder));
        screen.window().openFoldersWith(FolderOpener.NONE);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        screen.close();
    }

    @Test
    void theShortcutExportsThePhaseTwoWorkbookWhileTheListShowsPhaseTwo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#phaseBar").query().isVisible());
        robot.clickOn("#phase2Toggle");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2Table").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#exportChecksDialog").tryQuery().isPresent());
        String header = robot.lookup("#exportChecksDialog")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText();
        assertTrue(header.contains("de phase\u00a02"), header);
        if (robot.lookup("#exportAllRegions")
                .match(NodeMatchers.isVisible())
                .tryQuery()
                .isPresent()) {
            robot.clickOn("#exportAllRegions");
        }
        clickWhenVisible(robot, "#exportChecksContinue");

        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#exportDoneDialog").tryQuery().isPresent());
        String name = files.proposedNames().get(0);
        assertTrue(name.matches("avis-phase-2-bretagne-\\d{4}-\\d{2}-\\d{2}\\.xlsx"), name);
        Path written = folder.resolve(name);
        String text = robot.lookup("#exportDoneText").queryAs(Labeled.class).getText();
        assertTrue(text.contains(written.toAbsolutePath().toString()), text);
        assertTrue(text.contains("Dossiers\u00a0: 6"), text);
        try (InputStream in = Files.newInputStream(written);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter cells = new DataFormatter();
            String phase = null;
            for (Row row : workbook.getSheet("Métadonnées")) {
                if ("phase".equals(cells.formatCellValue(row.getCell(0)))) {
                    phase = cells.formatCellValue(row.getCell(1));
                }
            }
            assertEquals("2", phase);
        }
        clickWhenVisible(robot, "#exportDoneClose");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#statusLabel")
                        .queryAs(Labeled.class)
                        .getText()
                        .equals("Classeur d'avis écrit\u00a0: " + name));
    }

    private static void clickWhenVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(query)
                        .match(NodeMatchers.isVisible())
                        .tryQuery()
                        .isPresent());
        robot.clickOn(query);
    }
}
