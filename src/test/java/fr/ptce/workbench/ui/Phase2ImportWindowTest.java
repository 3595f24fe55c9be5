package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.ui.fx.ScriptedFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

/** Fichier › « Importer un export de phase 2… »: the file chosen, imported as phase 2, the phase-2 list shown. */
@ExtendWith(ApplicationExtension.class)
class Phase2ImportWindowTest {

    @TempDir
    static Path folder;

    private Workspace workspace;
    private WorkbenchOnScreen screen;
    private MainWindow window;
    private Path phase2File;
    private final ScriptedFiles files = new ScriptedFiles();

    @Start
    void start(Stage stage) {
        workspace = Workspace.inMemory(Clock.systemUTC());
        Path phase1File = GenerateSamples.write(folder, 2021, 24, DsEra.Y2021, GenerateSamples.Format.XLSX);
        workspace.importDossiers().fromFile(phase1File, ColumnMapping.NONE, Progress.NONE);
        TestWorkspaces.inviteToPhase2(workspace);
        phase2File = GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.XLSX);
        files.opening(phase2File);
        screen = WorkbenchOnScreen.show(stage, workspace);
        window = screen.window();
        window.useFiles(files);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        screen.close();
    }

    @Test
    void theMenuImportsAPhaseTwoExportAndShowsItsList(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> !window.phase2().availableProperty().get()
                        && robot.lookup("#dossierTable")
                                        .queryTableView()
                                        .getItems()
                                        .size()
                                == 24);
        assertTrue(workspace.phase2().read().all().isEmpty(), "no phase 2 yet");

        robot.clickOn("#menuFile").clickOn("#menuImportPhase2");

        ImportReports.close(robot);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2Table").tryQuery().isPresent());
        TableView<Phase2View> table = robot.lookup("#phase2Table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertEquals(workspace.phase2().read().all().size(), table.getItems().size());
        assertTrue(table.getItems().size() >= 4, "the samples' flagged cases are there");
        assertEquals(Phase.TWO, window.phase2().phaseProperty().get());
        assertTrue(robot.lookup("#phase2Toggle").queryAs(ToggleButton.class).isSelected());
        assertEquals(List.of("*.xlsx;*.csv"), files.openedPatterns());
        // the phase-1 list is untouched
        assertEquals(24, workspace.listDossiers().all().size());
    }
}
