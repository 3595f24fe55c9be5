package fr.ptce.workbench.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keys typed while a pane loads reach it once loaded, in order, and only then. */
@ExtendWith(ApplicationExtension.class)
class KeyBufferTest {

    private final SimpleBooleanProperty loading = new SimpleBooleanProperty();
    private final AtomicInteger readied = new AtomicInteger();
    private TextField first;
    private TextField second;
    private KeyBuffer buffer;

    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        first = new TextField();
        second = new TextField();
        // ↓ moves from the first field to the second, as it moves between criteria on the grid
        first.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                second.requestFocus();
                e.consume();
            }
        });
        Scene scene = new Scene(new VBox(first, second), 300, 120);
        buffer = KeyBuffer.install(scene, loading, () -> {
            readied.incrementAndGet();
            first.requestFocus();
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void keysTypedWhileLoadingAreReplayedInOrderOnceLoaded(FxRobot robot) {
        robot.clickOn(second);
        robot.interact(() -> loading.set(true));

        robot.type(KeyCode.DIGIT4, KeyCode.DOWN, KeyCode.DIGIT3);

        assertEquals("", first.getText() + second.getText(), "nothing reaches the pane while it loads");
        assertTrue(buffer.pending() >= 3, "the keys wait: " + buffer.pending());
        robot.interact(() -> loading.set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, readied.get());
        assertEquals("4", first.getText());
        assertEquals("3", second.getText());
        assertEquals(0, buffer.pending());
    }

    @Test
    void withoutLoadingKeysPassAndTheFocusStaysPut(FxRobot robot) {
        robot.clickOn(second);
        robot.interact(() -> loading.set(true));
        robot.interact(() -> loading.set(false));
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.DIGIT7);

        assertEquals(0, readied.get(), "no key waited: the focus is left where it was");
        assertEquals("7", second.getText());
    }
}
