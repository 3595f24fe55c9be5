package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The « Notes consolidées » table gets its rows when a dossier is shown after the table was built (as at every
 * start), even once the garbage collector has run: its listener used to sit on a throwaway read-only wrapper.
 */
@ExtendWith(ApplicationExtension.class)
class ConsolidatedGridTest {

    private static final String NUMBER = "5019941";

    private MainViewModel main;
    private Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = Messages.load(Locale.FRENCH);
        main = new MainViewModel(new DirectTaskRunner(), messages, new WorkspaceState());
        workspace = Workspace.inMemory(Clock.systemUTC());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
        main.scoring().progress().refresh();
        stage.setScene(new Scene(new AvisSection(main.scoring().avis(), messages), 900, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theRowsAppearWhenADossierIsShownAfterAGarbageCollection(FxRobot robot) {
        assertSame(
                main.scoring().avis().consolidated().codes(),
                main.scoring().avis().consolidated().codes());
        collectGarbage();

        robot.interact(() -> main.selectedProperty()
                .set(main.dossiers().stream()
                        .filter(d -> d.number().equals(NUMBER))
                        .findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(robot.lookup("#consolidated-V1").tryQuery().orElse(null), "no row for V1");
        assertEquals(
                main.scoring().avis().consolidated().codes().size(),
                robot.lookup(n -> n.getId() != null && n.getId().startsWith("consolidated-"))
                        .queryAll()
                        .size());
        assertEquals("—", robot.lookup("#mean-V1").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#consolidatedTotal").queryAs(Label.class).getText(), "nothing scored yet");
    }

    private static void collectGarbage() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int i = 0; i < 20 && sentinel.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }
}
