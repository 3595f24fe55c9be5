package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.RecordingOpener;
import fr.ptce.workbench.ui.help.Shortcuts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Aide menu (issue 16): Raccourcis clavier (F1) true to the accelerators the window installs, the guide bundled
 * in the jar and opened offline, À propos.
 */
@ExtendWith(ApplicationExtension.class)
class HelpMenuWindowTest {

    private FxTaskRunner runner;
    private MainWindow window;
    private final RecordingOpener opener = new RecordingOpener();

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        MainViewModel viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        window = new MainWindow(stage, viewModel, messages);
        window.openFoldersWith(opener);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
    }

    @Test
    void theShortcutsHelpListsExactlyTheAcceleratorsTheWindowInstalls(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Set<KeyCombination> installed = new HashSet<>();
        bar.getMenus().forEach(menu -> collect(menu, installed));
        installed.addAll(
                robot.lookup("#mainWindow").query().getScene().getAccelerators().keySet());
        assertEquals(new HashSet<>(Shortcuts.accelerators()), installed);
        // every line has its text in both languages
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Messages messages = Messages.load(locale);
            for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
                assertFalse(messages.get(shortcut.keysKey()).startsWith("!"), shortcut.keysKey() + " " + locale);
                assertFalse(messages.get(shortcut.actionKey()).startsWith("!"), shortcut.actionKey() + " " + locale);
            }
        }
    }

    @Test
    void helpMenuOffersTheShortcutsTheGuideAndAbout(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().stream()
                .filter(m -> "menuHelp".equals(m.getId()))
                .findFirst()
                .orElseThrow();
        List<String> ids = help.getItems().stream()
                .map(MenuItem::getId)
                .filter(id -> id != null)
                .toList();
        assertEquals(List.of("menuShortcuts", "menuGuide", "menuAbout"), ids);
        assertEquals(KeyCombination.keyCombination("F1"), help.getItems().get(0).getAccelerator());

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#shortcutsGrid").tryQuery().isPresent());
        GridPane grid = robot.lookup("#shortcutsGrid").queryAs(GridPane.class);
        assertEquals(2 * Shortcuts.ALL.size(), grid.getChildren().size());
        List<String> keys = grid.getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == 0)
                .map(n -> ((Label) n).getText())
                .toList();
        assertTrue(keys.contains("O / P / N"), keys.toString());
        assertTrue(keys.contains("Ctrl+Tab / Ctrl+Maj+Tab"), keys.toString());
        assertTrue(keys.contains("Ctrl+Maj+N"), keys.toString());
    }

    @Test
    void theGuideIsWrittenOutWithItsImagesAndOpenedInTheBrowser(FxRobot robot) throws Exception {
        robot.clickOn("#menuHelp").clickOn("#menuGuide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opener.opened().isEmpty());
        Path page = opener.opened().get(0);
        assertEquals("guide.html", page.getFileName().toString());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1 id=\"guide-de-lutilisateur--atelier-ptce\">"), html.substring(0, 600));
        assertTrue(html.contains("<a href=\"#réglages\">Réglages</a>"));
        assertTrue(html.contains("<h2 id=\"réglages\">Réglages</h2>"));
        assertTrue(html.contains("<img src=\"images/guide-notation.png\""));
        assertTrue(Files.size(page.resolveSibling("images/guide-notation.png")) > 1000);
    }

    @Test
    void whenNoApplicationOpensTheGuideItSaysInFrenchWhereItIs(FxRobot robot) throws Exception {
        opener.opens(false);
        robot.clickOn("#menuHelp").clickOn("#menuGuide");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#infoMessage").tryQuery().isPresent());
        String text = robot.lookup("#infoMessage").queryLabeled().getText();
        assertTrue(text.startsWith("Aucune application ne peut ouvrir le guide sur cet ordinateur."), text);
        assertTrue(text.endsWith("guide.html"), text);
    }

    @Test
    void withoutTheSystemsServicesTheGuideSaysInFrenchWhereItIs(FxRobot robot) throws Exception {
        opener.supported(false);
        robot.clickOn("#menuHelp").clickOn("#menuGuide");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#infoMessage").tryQuery().isPresent());
        String text = robot.lookup("#infoMessage").queryLabeled().getText();
        assertTrue(text.startsWith("Aucune application ne peut ouvrir le guide sur cet ordinateur."), text);
        Path page = Path.of(text.substring(text.indexOf('\n') + 1));
        assertTrue(Files.isRegularFile(page), text);
        assertTrue(opener.opened().isEmpty());
    }

    private static void collect(MenuItem item, Set<KeyCombination> into) {
        if (item.getAccelerator() != null) {
            into.add(item.getAccelerator());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, into));
        }
    }
}
