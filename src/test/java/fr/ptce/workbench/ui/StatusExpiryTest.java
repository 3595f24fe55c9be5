package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status line's last message gives way to the resting text after a while or at the next action, not before. */
@ExtendWith(ApplicationExtension.class)
class StatusExpiryTest {

    private static final String RESTING = "12 dossiers";

    private final SimpleStringProperty status = new SimpleStringProperty(RESTING);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void aMessageGivesWayToTheRestingTextAfterItsTime(FxRobot robot) throws Exception {
        robot.interact(() -> {
            new StatusExpiry(status, busy, () -> status.set(RESTING), Duration.millis(400), Duration.seconds(5));
            status.set("Enregistré à 10:42:07");
        });
        assertEquals("Enregistré à 10:42:07", status.get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> RESTING.equals(status.get()));
    }

    @Test
    void nothingExpiresWhileWorkRunsAndTheNextActionClearsARead(FxRobot robot) throws Exception {
        StatusExpiry[] expiry = new StatusExpiry[1];
        robot.interact(() -> {
            expiry[0] = new StatusExpiry(
                    status, busy, () -> status.set(RESTING), Duration.millis(300), Duration.millis(200));
            busy.set(true);
            status.set("Import de l'export…");
        });
        Thread.sleep(700);
        robot.interact(() -> {});
        assertEquals("Import de l'export…", status.get());
        robot.interact(() -> {
            busy.set(false);
            status.set("Import terminé");
            // acting at once does not clear an unread message
            expiry[0].userActed();
        });
        assertEquals("Import terminé", status.get());
        Thread.sleep(250);
        robot.interact(() -> expiry[0].userActed());
        assertEquals(RESTING, status.get());
    }
}
