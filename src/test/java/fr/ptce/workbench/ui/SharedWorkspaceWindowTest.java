package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.ServerDatabase;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * « Fichier › Ouvrir un espace partagé… » on the tests' PostgreSQL server: the dialog, a refused password asked again
 * saying so, the workspace opened through the same task as a folder, the TLS mode accepted in the address.
 */
@ExtendWith(ApplicationExtension.class)
class SharedWorkspaceWindowTest {

    private final Preferences node = Preferences.userRoot().node("fr/ptce/workbench/test-shared-" + System.nanoTime());
    private final WorkspaceState state = new WorkspaceState();
    private FxTaskRunner runner;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        MainViewModel viewModel = new MainViewModel(runner, messages, state);
        new MainWindow(stage, viewModel, messages, new UiPreferences(node)).show();
    }

    @AfterEach
    void stop() throws Exception {
        // the opened workspace's listing and progress tasks run on after the test's last check: let them end first
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !runner.busyProperty().get());
        FxToolkit.cleanupStages();
        runner.close();
        state.current().ifPresent(Workspace::close);
        node.removeNode();
    }

    @Test
    void theDialogOpensTheSharedWorkspaceAfterAskingAgainForARefusedPassword(FxRobot robot) throws Exception {
        ServerDatabase database = TestStores.freshDatabase();
        String url = "postgresql://127.0.0.1:" + database.port() + "/" + database.database() + "?sslmode=disable";

        openDialog(robot);
        Node open = robot.lookup("#sharedOpen").query();
        assertTrue(open.isDisabled(), "no address yet");
        robot.interact(() -> robot.lookup("#sharedUrl").queryAs(TextField.class).setText(url));
        robot.interact(
                () -> robot.lookup("#sharedLogin").queryAs(TextField.class).setText("postgres"));
        assertFalse(open.isDisabled());
        robot.clickOn("#sharedPassword").write("pas-le-bon");
        robot.clickOn("#sharedOpen");

        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#sharedRefused").tryQuery().isPresent());
        assertEquals(
                "Le serveur a refusé l'identifiant ou le mot de passe.",
                robot.lookup("#sharedRefused").queryAs(Label.class).getText());
        assertEquals(
                url.replace("://", "://postgres@"),
                robot.lookup("#sharedUrl").queryAs(TextField.class).getText(),
                "the address kept, with the login tried");
        assertEquals(
                "postgres",
                robot.lookup("#sharedLogin").queryAs(TextField.class).getText());
        assertTrue(state.current().isEmpty());

        // the dialog asks again: on a loaded machine it may show a moment after its message is set
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#sharedPassword")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        robot.clickOn("#sharedPassword").write(EmbeddedPostgresServer.SUPERUSER_PASSWORD);
        robot.clickOn("#sharedOpen");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.current().isPresent());

        Workspace opened = state.current().orElseThrow();
        assertTrue(opened.isShared());
        assertEquals(
                "postgresql://postgres@127.0.0.1:" + database.port() + "/" + database.database() + "?sslmode=disable",
                opened.address().orElseThrow().url(),
                "what the recent workspaces keep: no password");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().contains(database.database()));
    }

    @Test
    void verifyFullIsAcceptedAndAPasswordInTheAddressIsRefusedBeforeAnyConnection(FxRobot robot) throws Exception {
        openDialog(robot);
        Node open = robot.lookup("#sharedOpen").query();
        robot.interact(() -> robot.lookup("#sharedUrl")
                .queryAs(TextField.class)
                .setText("postgresql://maelle@pg.example.fr/ptce?sslmode=verify-full"));
        assertFalse(open.isDisabled());
        assertEquals(
                "maelle", robot.lookup("#sharedLogin").queryAs(TextField.class).getText());

        robot.interact(() -> robot.lookup("#sharedUrl")
                .queryAs(TextField.class)
                .setText("postgresql://maelle:secret@pg.example.fr/ptce"));
        assertTrue(open.isDisabled());
        assertTrue(robot.lookup("#sharedProblem")
                .queryAs(Label.class)
                .getText()
                .contains("Pas de mot de passe dans l'adresse"));
    }

    private static void openDialog(FxRobot robot) throws Exception {
        robot.clickOn("#menuFile").clickOn("#menuOpenShared");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#sharedDialog").tryQuery().isPresent());
    }
}
