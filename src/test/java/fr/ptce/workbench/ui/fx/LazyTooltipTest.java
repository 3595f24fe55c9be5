package fr.ptce.workbench.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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

/** No tooltip (a popup window) made with the window: the text is the accessible help, the tooltip made on hover. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {

    private static final String TEXT = "Les mots de l'appel, en entier.";

    private Label away;
    private CheckBox box;

    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        away = new Label("ailleurs");
        box = new CheckBox("Cible (c)");
        LazyTooltip.install(box, TEXT);
        stage.setScene(new Scene(new VBox(40, away, box), 300, 160));
        stage.show();
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstEntersAndTheTextIsTheAccessibleHelpBefore(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(box.getTooltip(), "made before the pointer came");
        assertEquals(TEXT, box.getAccessibleHelp());
        assertEquals(
                TEXT,
                WaitForAsyncUtils.waitFor(
                        WaitForAsyncUtils.asyncFx(() -> box.queryAccessibleAttribute(AccessibleAttribute.HELP))));

        robot.moveTo(box);
        WaitForAsyncUtils.waitForFxEvents();

        Tooltip tooltip = box.getTooltip();
        assertEquals(TEXT, tooltip.getText());
        assertTrue(tooltip.isWrapText());
        robot.moveTo(away).moveTo(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(tooltip, box.getTooltip(), "one tooltip, made once");
    }
}
