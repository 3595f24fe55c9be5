package fr.ptce.workbench.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wave badge says its deadline in Paris time, saying so, whatever the machine's zone. */
@ExtendWith(ApplicationExtension.class)
class ReaderHeaderTest {

    private Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.inMemory(Clock.systemUTC());
        MainViewModel main =
                new MainViewModel(new DirectTaskRunner(), Messages.load(Locale.FRENCH), new WorkspaceState());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theWaveBadgeGivesTheDeadlineInParisTime(FxRobot robot) {
        Messages messages = Messages.load(Locale.FRENCH);
        DossierView view = workspace.readDossiers().all().stream()
                .filter(v -> v.checks().wave() != null && !v.checks().wave().rolling())
                .findFirst()
                .orElseThrow();
        ReaderText reunion = new ReaderText(messages, ZoneId.of("Indian/Reunion"));
        Label[] badge = new Label[1];
        robot.interact(() -> {
            VBox header = new ReaderHeader(messages, reunion).build(view);
            badge[0] = (Label) find(header, "waveBadge");
        });
        String deadline = reunion.parisDateTime(view.checks().wave().deadline());
        assertTrue(deadline.endsWith(" heure de Paris"), deadline);
        assertEquals(
                badge[0].getText() + " — date limite\u00a0: dépôt avant le " + deadline,
                badge[0].getTooltip().getText());
        assertEquals(badge[0].getTooltip().getText(), badge[0].getAccessibleText());
    }

    private static Node find(Node node, String id) {
        if (id.equals(node.getId())) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
