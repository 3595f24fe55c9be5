package fr.ptce.workbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.ConcurrentChangeException.Subject;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
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
 * A shared row changed by someone else, on screen: the header in Paris time whatever the machine's zone, the two
 * versions side by side, keep mine saving again over the version stored now, keep theirs saving nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ChangeConflictDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static ConcurrentChangeException conflict() {
        // 09:42 UTC is 10:42 in Paris in winter
        return new ConcurrentChangeException(
                Subject.SETTING,
                "seuil de désaccord",
                "Ghislaine Morel",
                OffsetDateTime.parse("2021-12-01T09:42:00Z"),
                "1.5",
                "3",
                1,
                2);
    }

    private AtomicLong show(FxRobot robot, SharedConflict shared) throws Exception {
        AtomicLong savedFrom = new AtomicLong(-1);
        shared.open(conflict(), savedFrom::set);
        Platform.runLater(() -> ChangeConflictDialog.answer(stage, Messages.load(Locale.FRENCH), shared, "3", "1,5"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#changeConflictDialog").tryQuery().isPresent());
        return savedFrom;
    }

    @Test
    void bothVersionsSideBySideAndKeepMineSavesOverTheStoredVersion(FxRobot robot) throws Exception {
        SharedConflict shared = new SharedConflict();
        AtomicLong savedFrom = show(robot, shared);
        DialogPane pane = robot.lookup("#changeConflictDialog").queryAs(DialogPane.class);
        assertTrue(
                pane.getHeaderText()
                        .startsWith("Ghislaine Morel a modifié ce réglage à 10:42 (seuil de désaccord)\u00a0:"),
                pane.getHeaderText());
        assertEquals(
                "3",
                robot.lookup("#changeConflictTheirs").queryAs(TextArea.class).getText());
        assertEquals(
                "1,5",
                robot.lookup("#changeConflictMine").queryAs(TextArea.class).getText());

        robot.interact(
                () -> robot.lookup("#changeConflictKeepMine").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedFrom.get() != -1);
        assertEquals(2, savedFrom.get(), "saved again over the version stored now");
        assertNull(shared.openProperty().get());
    }

    @Test
    void keepTheirsSavesNothing(FxRobot robot) throws Exception {
        SharedConflict shared = new SharedConflict();
        AtomicLong savedFrom = show(robot, shared);
        robot.interact(
                () -> robot.lookup("#changeConflictKeepTheirs").queryButton().fire());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shared.openProperty().get() == null);
        assertEquals(-1, savedFrom.get());
    }
}
