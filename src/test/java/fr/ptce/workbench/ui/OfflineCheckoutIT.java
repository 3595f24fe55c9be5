package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.RealDisplay;
import fr.ptce.workbench.application.OfflineLaptops;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.team.TeamDatabase;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FileAsker;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.ScriptedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * « Fichier › Emporter hors ligne… » on the real GTK toolkit (Xvfb and openbox, real X events), against the embedded
 * PostgreSQL server: a correspondent's shared workspace open in the window, the menu item, the new password typed
 * twice in the dialog (which has the focus when it opens), Enter; the encrypted checkout of her region opens in the
 * window and « Rapporter au serveur… » becomes available; the message saying so centres on the window. The folder
 * is answered by the test ({@link FileAsker}).
 */
@Tag("gtk")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class OfflineCheckoutIT {

    private static final String LAPTOP = "portable-secret";

    @TempDir
    Path folder;

    private FxTaskRunner runner;
    private MainViewModel viewModel;
    private List<String> region;

    @Start
    void start(Stage stage) throws Exception {
        TeamDatabase team = TeamDatabase.withSample();
        region = team.regionNumbers();
        String login = team.addCorrespondent();
        team.close();
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        MainWindow window = new MainWindow(stage, viewModel, messages);
        window.useFiles(new ScriptedFiles().pickingFolder(folder.resolve("portable")));
        window.show();
        viewModel.useWorkspace(team.open(login));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        viewModel.workspaceState().current().ifPresent(Workspace::close);
    }

    @Test
    void aCheckoutFromTheWindowTypedWithTheKeyboardOpensTheEncryptedLaptopWorkspace(FxRobot robot) throws Exception {
        RealDisplay.screenshotOnFailure("OfflineCheckoutIT", () -> checkout(robot));
    }

    private void checkout(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == region.size());

        robot.targetWindow(robot.lookup("#mainWindow").query().getScene().getWindow());
        robot.clickOn("#menuFile");
        robot.clickOn(robot.lookup(".menu-item .label")
                .match(NodeQueryUtils.hasText("Emporter _hors ligne…"))
                .queryAs(Node.class));
        // the dialog opens with the focus in its first field: the keys go there without a click
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#offlinePassword")
                        .tryQuery()
                        .map(Node::isFocused)
                        .orElse(false));
        robot.write(LAPTOP);
        robot.type(KeyCode.TAB);
        robot.write(LAPTOP);
        robot.type(KeyCode.ENTER);

        Path laptop = folder.resolve("portable");
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> viewModel
                        .workspaceState()
                        .current()
                        .flatMap(Workspace::folder)
                        .map(laptop::equals)
                        .orElse(false));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#infoMessage")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        assertTrue(
                robot.lookup("#infoMessage").queryLabeled().getText().contains("(chiffré)"),
                robot.lookup("#infoMessage").queryLabeled().getText());
        // the « checkout done » message centres on the window (it was at the screen's left edge: issue 21)
        javafx.stage.Window dialog =
                robot.lookup("#infoDialog").query().getScene().getWindow();
        javafx.stage.Window main = table.getScene().getWindow();
        double offCentre = dialog.getX() + dialog.getWidth() / 2 - (main.getX() + main.getWidth() / 2);
        assertTrue(
                Math.abs(offCentre) < 60,
                "the message (x " + dialog.getX() + ", width " + dialog.getWidth() + ") centres on the window (x "
                        + main.getX() + ", width " + main.getWidth() + ")");
        assertTrue(Workspace.isEncrypted(laptop), "the checkout is encrypted");
        Workspace open = viewModel.workspaceState().current().orElseThrow();
        assertEquals(region.size(), open.listDossiers().all().size(), "the region's dossiers, open in the window");
        assertTrue(OfflineLaptops.origin(open).isPresent(), "it remembers its origin");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == region.size());
    }
}
