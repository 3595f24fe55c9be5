package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Éligibilité section on screen: the governance judgement is reached and answered from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class EligibilitySectionTest {

    private static final String NUMBER = "5019941";

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private MainViewModel main;
    private Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = Messages.load(Locale.FRENCH);
        main = new MainViewModel(runner, messages, new WorkspaceState());
        workspace = Workspace.inMemory(Clock.systemUTC());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
        main.scoring().progress().refresh();
        main.selectedProperty()
                .set(main.dossiers().stream()
                        .filter(d -> d.number().equals(NUMBER))
                        .findFirst()
                        .orElseThrow());
        stage.setScene(new Scene(new EligibilitySection(main.scoring().judgement(), messages), 1000, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theGovernanceJudgementFollowsTheEligibilityAnswersInTabOrderAndSpaceAnswersIt(FxRobot robot) throws Exception {
        robot.clickOn("#eligibilityNote-EL7");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#governance-OUI").query().isFocused());
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#governance-EN_PERSPECTIVE").query().isFocused());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#governance-EN_PERSPECTIVE")
                .queryAs(ToggleButton.class)
                .isSelected());
        assertEquals(
                Governance.EN_PERSPECTIVE,
                workspace.readReviews().of(NUMBER).mine().orElseThrow().governance());
        assertEquals(
                "Gouvernance démocratique\u00A0: en perspective",
                robot.lookup("#governance-EN_PERSPECTIVE").query().getAccessibleText());
    }
}
