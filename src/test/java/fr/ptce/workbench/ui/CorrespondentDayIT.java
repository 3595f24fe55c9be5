package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.ExternalTools;
import fr.ptce.workbench.RealDisplay;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.DossierReviews;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookVerifier;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FileAsker;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.ScriptedFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
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
 * Issue 16's second « done when », on the real GTK toolkit (Xvfb and openbox, TestFX's glass robot sending real
 * X events): a correspondent's day from the window alone — import a DS export through the desktop's own file
 * chooser (GTK's dialog, typed into with xdotool), score a dossier with the keyboard (the identity asked at the
 * first change), answer its eligibility, write the avis, export the avis workbook for PESSII, back the workspace up.
 * The files of the two save dialogs are answered by the test ({@link FileAsker}), the rest is clicks and keys.
 * Then the backup, restored elsewhere, holds the day's work.
 */
@Tag("gtk")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class CorrespondentDayIT {

    private static final KeyCode[] DIGITS = {
        KeyCode.DIGIT4,
        KeyCode.DIGIT3,
        KeyCode.DIGIT5,
        KeyCode.DIGIT2,
        KeyCode.DIGIT3,
        KeyCode.DIGIT4,
        KeyCode.DIGIT1,
        KeyCode.DIGIT3,
        KeyCode.DIGIT4,
        KeyCode.DIGIT2
    };
    private static final String MOTIVATION = "Partenariat solide et ancrage territorial réel.";

    @TempDir
    Path folder;

    private FxTaskRunner runner;
    private MainViewModel viewModel;
    private final ScriptedFiles files = new ScriptedFiles();

    @Start
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        MainWindow window = new MainWindow(stage, viewModel, messages);
        window.useFiles(files.savingIn(folder));
        window.show();
        viewModel.useWorkspace(Workspace.open(folder.resolve("espace")));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        viewModel.workspaceState().current().ifPresent(Workspace::close);
    }

    @Test
    void importScoreEligibilityAvisExportAndBackupFromTheWindow(FxRobot robot) throws Exception {
        RealDisplay.screenshotOnFailure("CorrespondentDayIT", () -> day(robot));
    }

    private void day(FxRobot robot) throws Exception {
        Path xdotool = ExternalTools.require("xdotool", "xdotool");
        Path export = Files.copy(MainViewModelTest.sample(), folder.resolve("export.xlsx"));
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();

        // Fichier › Importer (Ctrl+I): GTK's file chooser, a path typed into it
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        String chooser = awaitX(xdotool, "Importer un export", 30);
        xdo(xdotool, "windowactivate", "--sync", chooser);
        Thread.sleep(1000);
        xdo(xdotool, "type", "--delay", "40", export.toString());
        Thread.sleep(500);
        xdo(xdotool, "key", "Return");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        clickWhenShown(robot, "#importReportClose");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importReportClose").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#mainWindow").query().getScene().getWindow());

        // the first dossier, Ctrl+E, a digit: the identity is asked, then ten digits with ↓
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.HOME);
        String first = table.getItems().get(0).number();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> first.equals(Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                        .map(DossierSummary::number)
                        .orElse(null)));
        // the keys go where the desktop's focus is: the main window, once the import report has given it back
        javafx.stage.Window main =
                robot.lookup("#mainWindow").query().getScene().getWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, main::isFocused);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#readerTitle")
                        .tryQuery()
                        .map(n -> ((Labeled) n).getText().contains(first))
                        .orElse(false));
        // Ctrl+E, again only while the scoring screen has not opened (seen ignored once in a while right after the
        // selection on a busy machine; the attempts are printed)
        int attempts = 0;
        do {
            attempts++;
            robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
            try {
                WaitForAsyncUtils.waitFor(
                        8,
                        TimeUnit.SECONDS,
                        () -> robot.lookup("#score-V1")
                                .tryQuery()
                                .map(n -> n.isFocused())
                                .orElse(false));
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempts == 3
                        || robot.lookup("#scoringPane")
                                .match(NodeQueryUtils.isVisible())
                                .tryQuery()
                                .isPresent()) {
                    throw new AssertionError("Ctrl+E did not land on V1 (attempt " + attempts + ")", e);
                }
                continue;
            }
            break;
        } while (true);
        System.out.println("CorrespondentDayIT: Ctrl+E landed on V1 at attempt " + attempts);
        robot.type(DIGITS[0]);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#identityName")
                        .tryQuery()
                        .map(n -> n.isFocused())
                        .orElse(false));
        robot.targetWindow(robot.lookup("#identityName").query().getScene().getWindow());
        robot.write("Maëlle Kerjean");
        robot.type(KeyCode.TAB);
        robot.write("maelle.kerjean@example.fr");
        robot.type(KeyCode.TAB, KeyCode.TAB);
        robot.write("Auvergne-Rhône-Alpes"); // the region of the dossier scored: the workbook holds its avis
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#identityDialog").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#mainWindow").query().getScene().getWindow());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> robot.lookup("#score-V1").query().isFocused());
        for (int i = 1; i < DIGITS.length; i++) {
            robot.type(KeyCode.DOWN, DIGITS[i]);
        }
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> mine(first).map(r -> r.values().size()).orElse(0) == 10);

        // Éligibilité: the seven criteria answered with the mouse
        robot.clickOn(tab(robot, "Éligibilité"));
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            EligibilityAnswer answer =
                    c == EligibilityCriterion.EL7 ? EligibilityAnswer.EN_PERSPECTIVE : EligibilityAnswer.OUI;
            robot.clickOn("#eligibility-" + c.name() + "-" + answer.name());
        }
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> mine(first).map(r -> r.eligibility().answers().size()).orElse(0) == 7);

        // Avis: the recommendation chosen in its list, the motivation typed
        robot.clickOn(tab(robot, "Avis"));
        ComboBox<?> recommendation = robot.lookup("#recommendation").queryAs(ComboBox.class);
        robot.clickOn(recommendation);
        robot.clickOn(robot.lookup(".list-cell")
                .match(NodeQueryUtils.hasText(Recommendation.FAVORABLE.label()))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn("#motivation");
        robot.write(MOTIVATION);
        robot.clickOn("#strengths"); // leaving the field saves it
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> avis(first)
                        .map(a -> a.recommendation() == Recommendation.FAVORABLE && MOTIVATION.equals(a.motivation()))
                        .orElse(false));

        // Fichier › Exporter l'avis pour le PESSII (Ctrl+Maj+E): the checks, then the workbook
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#exportChecksContinue")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        clickWhenShown(robot, "#exportChecksContinue");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#exportDoneClose")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        Path workbook = folder.resolve(files.proposedNames().get(0));
        assertTrue(robot.lookup("#exportDoneText").queryLabeled().getText().contains(workbook.toString()));
        clickWhenShown(robot, "#exportDoneClose");
        assertTrue(AvisWorkbookVerifier.verify(workbook).intact(), "the avis workbook verifies");
        String cells = cells(workbook);
        assertTrue(cells.contains(first) && cells.contains(MOTIVATION), "the dossier's avis is in the workbook");

        // Fichier › Sauvegarder l'espace…
        robot.targetWindow(robot.lookup("#mainWindow").query().getScene().getWindow());
        robot.clickOn("#menuFile");
        robot.clickOn(robot.lookup(".menu-item .label")
                .match(NodeQueryUtils.hasText("_Sauvegarder l'espace…"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#infoMessage")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        Path backup = folder.resolve(files.proposedNames().get(1));
        assertTrue(robot.lookup("#infoMessage").queryLabeled().getText().startsWith("Sauvegarde écrite"));
        assertTrue(
                files.proposedNames().get(1).endsWith(".zip") && Files.size(backup) > 0,
                files.proposedNames().toString());

        // the backup, restored elsewhere, holds the day's work
        Path restored = folder.resolve("restaurée");
        Workspace.restore(backup, restored);
        try (Workspace again = Workspace.open(restored)) {
            DossierReviews day = again.readReviews().all().get(first);
            Review review = day.reviews().stream()
                    .map(r -> r.review())
                    .filter(r -> r.reviewer().name().equals("Maëlle Kerjean"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(0, new BigDecimal(4).compareTo(review.score("V1").value()));
            assertEquals(0, new BigDecimal(2).compareTo(review.score("E2").value()));
            assertEquals(10, review.values().size());
            assertEquals(
                    EligibilityAnswer.EN_PERSPECTIVE,
                    review.eligibility()
                            .answer(EligibilityCriterion.EL7)
                            .orElseThrow()
                            .value());
            assertEquals(Recommendation.FAVORABLE, day.avis().orElseThrow().recommendation());
            assertEquals(MOTIVATION, day.avis().orElseThrow().motivation());
        }
    }

    /**
     * Clicks the node once its window is on screen and laid out: on the desktop toolkit a dialog is shown before the
     * window manager maps it at its size (Monocle has no such delay).
     */
    private static void clickWhenShown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup(query)
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .filter(n -> {
                            javafx.scene.Scene scene = n.getScene();
                            javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
                            return scene.getWindow().isShowing()
                                    && scene.getWidth() > 0
                                    && b.getWidth() > 0
                                    && b.getCenterX() < scene.getWidth()
                                    && b.getCenterY() < scene.getHeight();
                        })
                        .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    /** Every cell of the workbook as text, a line per row. */
    private static String cells(Path workbook) throws IOException {
        StringBuilder out = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var in = Files.newInputStream(workbook);
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            book.forEach(sheet -> sheet.forEach(row -> {
                row.forEach(cell -> out.append(text.formatCellValue(cell)).append('|'));
                out.append('\n');
            }));
        }
        return out.toString();
    }

    private Optional<Review> mine(String number) {
        return viewModel
                .workspaceState()
                .current()
                .flatMap(w -> w.readReviews().of(number).mine());
    }

    private Optional<Avis> avis(String number) {
        return viewModel
                .workspaceState()
                .current()
                .flatMap(w ->
                        Optional.ofNullable(w.readReviews().all().get(number)).flatMap(DossierReviews::avis));
    }

    private static Labeled tab(FxRobot robot, String text) {
        return robot.lookup(".tab-label").match(NodeQueryUtils.hasText(text)).queryLabeled();
    }

    private static String awaitX(Path xdotool, String title, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String found = xdo(xdotool, "search", "--onlyvisible", "--name", title);
            if (!found.isBlank()) {
                return found.lines().findFirst().orElseThrow();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no window « " + title + " » within " + seconds + " s");
    }

    private static String xdo(Path xdotool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(xdotool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return p.exitValue() == 0 ? out : "";
    }
}
