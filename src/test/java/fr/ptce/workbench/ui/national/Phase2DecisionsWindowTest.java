package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.phase2.Phase2Row;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.ui.WorkbenchOnScreen;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The national view's phase-2 tab on screen (headless): the demo's phase-2 dossiers to decide, a laureate proposed
 * with its motivation, a late dossier refused with its reason, the third year granted, the counters red when over.
 */
@ExtendWith(ApplicationExtension.class)
class Phase2DecisionsWindowTest {

    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    private WorkbenchOnScreen screen;

    @Start
    void start(Stage stage) {
        Workspace workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
        workspace.workspaceUser().set(TestReviewers.PESSII);
        // an envelope for one laureate, so that a second one turns the counters red
        workspace
                .campaign()
                .save(workspace
                        .campaign()
                        .text()
                        .replaceAll("(?m)^lauréats phase 2.*$", "lauréats phase 2\u00a0: 1")
                        .replaceAll("(?m)^enveloppe phase 2.*$", "enveloppe phase 2\u00a0: 100000"));
        screen = WorkbenchOnScreen.show(stage, workspace);
    }

    @AfterEach
    void stop() {
        screen.close();
    }

    private static Phase2Row row(TableView<Phase2Row> table, Predicate<Phase2Row> which) {
        return table.getItems().stream().filter(which).findFirst().orElseThrow();
    }

    private void choose(FxRobot robot, TableView<Phase2Row> table, Phase2Row row) {
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    @Test
    void phaseTwoLaureatesAreDecidedInTheirTabWithTheEnvelopeRedWhenOver(FxRobot robot) throws Exception {
        screen.awaitIdle();
        robot.clickOn("#menuFile").clickOn("#menuNational");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nationalPhases").tryQuery().isPresent());
        robot.clickOn("Phase\u00a02 — lauréats et enveloppe");
        TableView<Phase2Row> table = robot.lookup("#phase2Table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        Label laureates = robot.lookup("#phase2Laureates").queryAs(Label.class);
        assertEquals(
                "Lauréats de la phase\u00a02\u00a0: 0 proposé sur 1, 0 décidé par le cabinet", laureates.getText());

        Phase2Row over = row(table, r -> r.view().checks().overEnvelope());
        choose(robot, table, over);
        robot.interact(
                () -> robot.lookup("#phase2Motivation").queryAs(TextField.class).setText("Animation solide."));
        robot.clickOn("#phase2Laureate");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> laureates.getText().contains("1 proposé sur 1"));
        assertEquals("", laureates.getStyle(), "within the envelope: not red");
        assertEquals(
                "Animation solide.",
                row(table, r -> r.number().equals(over.number())).decision().motivation());

        Phase2Row late = row(table, r -> Boolean.FALSE.equals(r.view().checks().onTime()));
        choose(robot, table, late);
        robot.clickOn("#phase2Laureate");
        Label message = robot.lookup("#phase2Message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> message.getText().contains("dossier additionnel déposé hors délai"));

        Phase2Row third = row(table, r -> Boolean.TRUE.equals(r.view().dossier().thirdYearRequested()));
        choose(robot, table, third);
        robot.clickOn("#phase2Laureate");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> laureates.getText().contains("2 proposés sur 1"));
        assertTrue(laureates.getStyle().contains("#b00020"), "over in number: red");
        Label envelope = robot.lookup("#phase2Envelope").queryAs(Label.class);
        assertTrue(envelope.getText().endsWith("— DÉPASSÉE"), envelope.getText());
        assertTrue(envelope.getStyle().contains("#b00020"), "over in euros: red");

        choose(robot, table, row(table, r -> r.number().equals(third.number())));
        robot.interact(() ->
                robot.lookup("#phase2ThirdYearAmount").queryAs(TextField.class).setText("25 000"));
        robot.clickOn("#phase2GrantThirdYear");
        Label thirdYear = robot.lookup("#phase2ThirdYear").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> thirdYear
                        .getText()
                        .equals("Troisième année (hors enveloppe)\u00a0: 1 accordée, 25\u00a0000\u00a0€"));
    }

    @Test
    void aDecisionSavedOverSomeoneElsesShowsBothAndKeepsMine(FxRobot robot) throws Exception {
        screen.awaitIdle();
        robot.clickOn("#menuFile").clickOn("#menuNational");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#nationalPhases").tryQuery().isPresent());
        robot.clickOn("Phase\u00a02 — lauréats et enveloppe");
        TableView<Phase2Row> table = robot.lookup("#phase2Table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 6);
        Phase2Row over = row(table, r -> r.view().checks().overEnvelope());
        choose(robot, table, over);
        // a colleague decides the same dossier meanwhile
        screen.workspace()
                .phase2()
                .decisions()
                .setLaureate(over.number(), false, "Avis de Lucas.", null, over.version());

        robot.interact(
                () -> robot.lookup("#phase2Motivation").queryAs(TextField.class).setText("Ma motivation."));
        robot.clickOn("#phase2Laureate");

        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#changeConflictDialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#changeConflictTheirs")
                .queryAs(javafx.scene.control.TextArea.class)
                .getText()
                .contains("Avis de Lucas."));
        assertTrue(robot.lookup("#changeConflictMine")
                .queryAs(javafx.scene.control.TextArea.class)
                .getText()
                .contains("Ma motivation."));
        robot.interact(
                () -> robot.lookup("#changeConflictKeepMine").queryButton().fire());
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> "Ma motivation."
                        .equals(row(table, r -> r.number().equals(over.number()))
                                .decision()
                                .motivation()));
        assertTrue(row(table, r -> r.number().equals(over.number())).decision().laureate());
    }
}
