package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.RegionWorkbooks;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterKind;
import fr.ptce.workbench.ui.WorkbenchOnScreen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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

/** The « Courriers » window on screen (headless): opened from the national view, preview, kinds, generation. */
@ExtendWith(ApplicationExtension.class)
class LettersWindowTest {

    @TempDir
    Path folder;

    private WorkbenchOnScreen screen;

    @Start
    void start(Stage stage) {
        Workspace workspace = Workspace.inMemory(Clock.systemUTC());
        workspace.workspaceUser().set(TestReviewers.PESSII);
        workspace
                .consolidateAvis()
                .importFiles(List.of(RegionWorkbooks.write(folder, 2, 4, new Random(1))), Progress.NONE);
        workspace.nationalDecisions().setLaureate("90200", true, null);
        workspace.nationalDecisions().setInvited("90200", true, null);
        workspace.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 26), true);
        screen = WorkbenchOnScreen.show(stage, workspace);
    }

    /** Leaves no window behind to take the keyboard focus from the next window test. */
    @AfterEach
    void stop() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
        screen.close();
    }

    /** Fichier › Vue nationale, then « Courriers aux porteurs… »: the letters window's list, once shown. */
    private ListView<Letter> openLetters(FxRobot robot) throws java.util.concurrent.TimeoutException {
        screen.awaitIdle();
        robot.clickOn("#menuFile").clickOn("#menuNational");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nationalLetters").tryQuery().isPresent());
        robot.clickOn("#nationalLetters");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#lettersList").tryQuery().isPresent());
        ListView<Letter> list = robot.lookup("#lettersList").queryListView();
        return list;
    }

    @Test
    void previewsTheChosenLetterSwitchesKindAndGeneratesInTheBackground(FxRobot robot) throws Exception {
        ListView<Letter> list = openLetters(robot);
        TextArea preview = robot.lookup("#lettersPreview").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> list.getItems().size() == 4 && preview.getText().contains("Projet 90200"));
        assertEquals(
                "4 courriers à préparer (décisions du cabinet enregistrées)",
                robot.lookup("#lettersCount").queryAs(Label.class).getText());
        assertEquals(
                "modèle par défaut (phase1.docx)",
                robot.lookup("#lettersTemplateName").queryAs(Label.class).getText());

        robot.clickOn(robot.lookup("#lettersList .list-cell").nth(3).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getText().contains("Projet 90203"));
        assertTrue(preview.getText().contains("n'a pas été retenu"), preview.getText());
        assertFalse(preview.getText().contains("Projet 90200"), "nothing of another dossier");

        @SuppressWarnings("unchecked")
        ComboBox<LetterKind> kind = robot.lookup("#lettersKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(LetterKind.INVITATION));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> list.getItems().size() == 1 && preview.getText().contains("30 septembre 2021 à minuit"));
        assertEquals(
                "Invitation à la phase\u00a02",
                ((javafx.scene.control.Labeled)
                                ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) kind.getSkin()).getDisplayNode())
                        .getText(),
                "the kind's French label");

        Path out = folder.resolve("invitations");
        Button generate = robot.lookup("#lettersGenerate").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !generate.isDisabled());
        robot.interact(() -> screen.viewModel().national().letters().generate(out));
        TextArea message = robot.lookup("#lettersMessage").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("1 courrier écrit"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of("90200-projet-90200-invitation.docx", "publipostage-invitation.xlsx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void tabGoesFromTheKindThroughTheListAndThePreviewToTheButtonsAndBack(FxRobot robot) throws Exception {
        ListView<Letter> list = openLetters(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 4);
        // the preview read, nothing running: « Générer les courriers… » enabled, « Annuler » hidden
        Button generate = robot.lookup("#lettersGenerate").queryButton();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !generate.isDisabled());
        javafx.stage.Window letters = list.getScene().getWindow();
        robot.interact(letters::requestFocus);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, letters::isFocused);
        robot.targetWindow(letters);

        robot.interact(() -> list.requestFocus());
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 12 && !seen.contains("lettersKind"); i++) {
            robot.type(javafx.scene.input.KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node owner = list.getScene().getFocusOwner();
            seen.add(owner == null ? "(none)" : String.valueOf(owner.getId()));
        }
        // from the list: the preview, the buttons at the bottom, then round to the top: the kind of letter
        assertTrue(seen.contains("lettersKind"), "the kind of letter is reached with Tab: " + seen);
        assertEquals("lettersPreview", seen.get(0), seen.toString());
        assertTrue(
                seen.indexOf("lettersGenerate") > seen.indexOf("lettersPreview")
                        && seen.indexOf("lettersKind") > seen.indexOf("lettersGenerate"),
                "list, preview, « Générer les courriers… », then round to the kind: " + seen);

        robot.interact(() -> robot.lookup("#lettersPreview").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.TAB)
                .release(javafx.scene.input.KeyCode.TAB, javafx.scene.input.KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "lettersList",
                list.getScene().getFocusOwner().getId(),
                "Shift+Tab leaves the read-only preview back to the list");
    }
}
