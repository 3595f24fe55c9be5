package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's keyboard gaps seen on the desktop toolkit (issue 21), headless: every menu opens with its Alt+letter
 * even when Alt is let go first, the phase selector comes before the list in the Tab order and Ctrl+Maj+P switches
 * the phase, an information dialog with a long text centres on the window, the experts window's kit phase is not cut.
 */
@ExtendWith(ApplicationExtension.class)
class WindowKeysWindowTest {

    private Workspace workspace;
    private WorkbenchOnScreen screen;
    private MainViewModel viewModel;
    private MainWindow window;
    private Stage stage;
    private Messages messages;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        messages = Messages.load(Locale.FRENCH);
        workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
        screen = WorkbenchOnScreen.show(stage, workspace);
        viewModel = screen.viewModel();
        window = screen.window();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        screen.close();
    }

    @Test
    void everyMenuOpensWithItsAltLetterAlsoWhenAltIsLetGoFirst(FxRobot robot) throws Exception {
        awaitPhaseBar(robot);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> ids = List.of("menuFile", "menuView", "menuExpertsMenu", "menuHelp");
        List<KeyCode> letters = List.of(KeyCode.F, KeyCode.H, KeyCode.X, KeyCode.A);
        for (int i = 0; i < ids.size(); i++) {
            Menu menu = menu(bar, ids.get(i));
            KeyCode letter = letters.get(i);
            // Alt let go before the letter: a quick Alt+F (xdotool key alt+f) or a user's roll-over
            robot.press(KeyCode.ALT, letter).release(KeyCode.ALT).release(letter);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(menu.isShowing(), ids.get(i) + " opens with Alt+" + letter + ", Alt released first");
            robot.interact(menu::hide);
            // and the usual order
            robot.press(KeyCode.ALT, letter).release(letter).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(menu.isShowing(), ids.get(i) + " opens with Alt+" + letter);
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(menu::hide);
        }
    }

    @Test
    void thePhaseSelectorComesBeforeTheListInTheTabOrderAndCtrlShiftPSwitchesThePhase(FxRobot robot) throws Exception {
        awaitPhaseBar(robot);
        robot.interact(() -> robot.lookup("#quickFilter").query().requestFocus());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                insidePhaseBar(robot), "Shift+Tab from the search field goes to the phase selector: " + focusOwner());

        ctrlShiftP(robot);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.phase2().phaseProperty().get() == Phase.TWO);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2Table").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#phase2Toggle").query().isFocused());
        // from a text field too
        robot.interact(() -> robot.lookup("#phase2Table").query().requestFocus());
        ctrlShiftP(robot);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.phase2().phaseProperty().get() == Phase.ONE);
        assertTrue(robot.lookup("#dossierTable").query().isVisible());
        robot.interact(() -> robot.lookup("#quickFilter").query().requestFocus());
        ctrlShiftP(robot);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.phase2().phaseProperty().get() == Phase.TWO);

        // phase 2 shown, the bar still comes first: Tab from the selector goes on into phase 2's list
        robot.interact(() -> robot.lookup("#phase2Toggle").query().requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(insidePhaseBar(robot), "Tab leaves the selector for the list: " + focusOwner());
    }

    @Test
    void theCheckoutDoneMessageCentresOnTheWindow(FxRobot robot) throws Exception {
        awaitPhaseBar(robot);
        String text = messages.format(
                "offline.checkout.done",
                "/home/correspondante/Documents/PTCE/campagne-2026/emport-hors-ligne-bretagne-portable",
                412,
                1_236,
                87);
        robot.interact(() -> Dialogs.info(stage, messages, messages.get("menu.file.checkout"), text));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#infoDialog").tryQuery().isPresent());
        Window dialog = robot.lookup("#infoDialog").query().getScene().getWindow();
        WaitForAsyncUtils.waitForFxEvents();
        double dialogCentre = dialog.getX() + dialog.getWidth() / 2;
        double windowCentre = stage.getX() + stage.getWidth() / 2;
        assertTrue(
                Math.abs(dialogCentre - windowCentre) < 30,
                "the dialog (x " + dialog.getX() + ", width " + dialog.getWidth() + ") centres on the window (x "
                        + stage.getX() + ", width " + stage.getWidth() + ")");
        assertTrue(dialog.getX() > stage.getX(), "not at the screen's left edge: " + dialog.getX());
    }

    @Test
    void theExpertsWindowShowsItsKitPhaseWholeAtItsDefaultWidth(FxRobot robot) throws Exception {
        awaitPhaseBar(robot);
        robot.interact(() -> window.phase2().phaseProperty().set(Phase.TWO));
        robot.clickOn("#menuExpertsMenu").clickOn("#menuExperts");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup("#kitPhase").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label kitPhase = robot.lookup("#kitPhase").queryAs(Label.class);
        assertTrue(kitPhase.getText().startsWith("Kits de phase\u00a02"), kitPhase.getText());
        Text shown = (Text) kitPhase.lookup(".text");
        assertEquals(kitPhase.getText(), shown.getText(), "the label shows its whole text, not cut");
    }

    private static void ctrlShiftP(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private static void awaitPhaseBar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> robot.lookup("#phaseBar").query().isVisible());
    }

    private static Menu menu(MenuBar bar, String id) {
        return bar.getMenus().stream()
                .filter(m -> id.equals(m.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu " + id));
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private boolean insidePhaseBar(FxRobot robot) {
        Node bar = robot.lookup("#phaseBar").query();
        for (Node n = focusOwner(); n != null; n = n.getParent()) {
            if (n == bar) {
                return true;
            }
        }
        return false;
    }
}
