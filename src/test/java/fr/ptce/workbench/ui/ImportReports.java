package fr.ptce.workbench.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Window tests' way to close the import report and give the keyboard back to the main window. */
final class ImportReports {

    private ImportReports() {}

    /** Waits for the import report, closes it, then waits until the main window has the focus back. */
    static void close(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importReportClose")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent());
        robot.clickOn("#importReportClose");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#importReportClose").tryQuery().isEmpty());
        // the keys typed next go to the focused window
        Window main = robot.lookup("#mainWindow").query().getScene().getWindow();
        robot.interact(main::requestFocus);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, main::isFocused);
        robot.targetWindow(main);
    }
}
