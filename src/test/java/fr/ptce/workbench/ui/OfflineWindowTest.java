package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.OfflineLaptops;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.team.TeamDatabase;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.ScriptedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * « Fichier › Emporter hors ligne… » on a shared workspace of the tests' PostgreSQL server, then « Fichier ›
 * Rapporter au serveur… » on the checkout: the server's password asked, the conflict shown with both versions side
 * by side, sent once the dossier has its choice.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineWindowTest {

    private static final String LAPTOP = "mot-de-passe-portable";

    private final Preferences node = Preferences.userRoot().node("fr/ptce/workbench/test-offline-" + System.nanoTime());
    private final WorkspaceState state = new WorkspaceState();
    private FxTaskRunner runner;
    private MainViewModel viewModel;
    private MainWindow window;

    @TempDir
    Path temp;

    private TeamDatabase team;
    private String login;
    private List<String> mine;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, state);
        window = new MainWindow(stage, viewModel, messages, new UiPreferences(node));
        window.show();
    }

    @BeforeEach
    void team() throws Exception {
        try (TeamDatabase created = TeamDatabase.withSample()) {
            team = created;
            mine = team.regionNumbers();
            login = team.addCorrespondent();
        }
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !runner.busyProperty().get());
        FxToolkit.cleanupStages();
        runner.close();
        state.current().ifPresent(Workspace::close);
        node.removeNode();
    }

    private Workspace shared() {
        return team.open(login);
    }

    private static AvisDraft draft(String number, String motivation, long base) {
        return new AvisDraft(number, Recommendation.FAVORABLE, false, motivation, null, null, null, null, base);
    }

    private static MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void takingASharedWorkspaceOfflineMakesAnEncryptedCheckoutAndOpensIt(FxRobot robot) throws Exception {
        Path laptop = temp.resolve("portable");
        window.useFiles(new ScriptedFiles().pickingFolder(laptop));
        robot.interact(() -> viewModel.useWorkspace(shared()));
        robot.clickOn("#menuFile");
        assertTrue(item(robot, "menuCheckin").isDisable(), "a shared workspace is not a checkout");
        robot.clickOn("#menuCheckout");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#offlinePasswordDialog").tryQuery().isPresent());
        Node ok = robot.lookup("#offlinePasswordOk").query();
        robot.clickOn("#offlinePassword").write(LAPTOP);
        robot.clickOn("#offlinePasswordAgain").write(LAPTOP.substring(1));
        assertTrue(ok.isDisabled(), "the two passwords differ");
        robot.interact(() -> robot.lookup("#offlinePasswordAgain")
                .queryAs(PasswordField.class)
                .setText(LAPTOP));
        robot.clickOn("#offlinePasswordOk");

        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> state.current().flatMap(Workspace::folder).isPresent());
        assertTrue(Workspace.isEncrypted(laptop));
        Workspace opened = state.current().orElseThrow();
        assertEquals(laptop, opened.folder().orElseThrow());
        assertEquals(
                mine,
                opened.listDossiers().all().stream()
                        .map(DossierSummary::number)
                        .sorted()
                        .toList());
        assertTrue(OfflineLaptops.origin(opened).isPresent());
        robot.clickOn("#menuFile");
        assertTrue(!item(robot, "menuCheckin").isDisable(), "the checkout can be checked in");
        assertTrue(item(robot, "menuCheckout").isDisable(), "a checkout is not taken offline again");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void checkingInShowsTheConflictSideBySideAndSendsTheVersionChosen(FxRobot robot) throws Exception {
        Path laptop = temp.resolve("portable");
        try (Workspace maelle = shared()) {
            maelle.saveAvis().save(draft(mine.get(0), "Avis avant l'emport", 0));
            OfflineLaptops.checkout(maelle, laptop, LAPTOP.toCharArray(), Progress.NONE);
            maelle.saveAvis().save(draft(mine.get(0), "Écrit au bureau", 1));
        }
        Workspace local = Workspace.open(laptop, LAPTOP.toCharArray());
        local.saveAvis().save(draft(mine.get(0), "Écrit dans le train", 1));
        robot.interact(() -> viewModel.useWorkspace(local));

        robot.clickOn("#menuFile").clickOn("#menuCheckin");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#offlineServerPassword").tryQuery().isPresent());
        robot.clickOn("#offlineServerPassword").write(TeamDatabase.PASSWORD);
        robot.clickOn("#offlinePasswordOk");

        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#checkinConflictDialog").tryQuery().isPresent());
        String dossier = mine.get(0);
        assertTrue(text(robot, "#checkinMine-" + dossier).contains("Écrit dans le train"));
        assertTrue(text(robot, "#checkinTheirs-" + dossier).contains("Écrit au bureau"));
        assertTrue(robot.lookup("#checkinConflictSend").query().isDisabled(), "a choice per dossier first");
        // the dialog is laid out once shown: wait until its choices are within its scene
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#checkinKeepMine-" + dossier)
                        .match(org.testfx.util.NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        robot.clickOn("#checkinKeepMine-" + dossier);
        robot.clickOn("#checkinConflictSend");

        try (Workspace maelle = shared()) {
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> maelle.readReviews()
                            .of(dossier)
                            .avis()
                            .map(Avis::motivation)
                            .filter("Écrit dans le train"::equals)
                            .isPresent());
        }
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                                && l.getText() != null
                                && l.getText().startsWith("Rapporté au serveur"))
                        .tryQuery()
                        .isPresent());
        robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#menuFile");
        assertTrue(item(robot, "menuCheckin").isDisable(), "checked in: not again");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextArea.class).getText();
    }
}
