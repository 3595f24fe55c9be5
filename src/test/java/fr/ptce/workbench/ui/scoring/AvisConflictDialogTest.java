package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.review.ConcurrentAvisChangeException;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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

/** The two versions of an avis side by side, and the three ways out, on screen. */
@ExtendWith(ApplicationExtension.class)
class AvisConflictDialogTest {

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

    private static ConcurrentAvisChangeException conflict() {
        OffsetDateTime at = OffsetDateTime.parse("2021-12-01T10:42:00+01:00");
        Avis theirs = new Avis(
                "4847721",
                Recommendation.UNFAVORABLE,
                false,
                "Sa motivation",
                "Ses points forts",
                null,
                Map.of(),
                null,
                "Ghislaine Morel",
                at,
                2);
        Avis mine = new Avis(
                "4847721",
                Recommendation.FAVORABLE,
                true,
                "Ma motivation",
                null,
                "Mes points d'attention",
                Map.of(),
                null,
                "Lucas Martin",
                at.plusMinutes(3),
                1);
        return new ConcurrentAvisChangeException(mine, theirs, 1);
    }

    private AtomicReference<Optional<AvisViewModel.ConflictChoice>> show(FxRobot robot) throws Exception {
        AtomicReference<Optional<AvisViewModel.ConflictChoice>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(AvisConflictDialog.ask(stage, Messages.load(Locale.FRENCH), conflict())));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#avisConflictDialog").tryQuery().isPresent());
        return answer;
    }

    @Test
    void bothVersionsAreShownFieldByFieldAndMergeIsChosen(FxRobot robot) throws Exception {
        AtomicReference<Optional<AvisViewModel.ConflictChoice>> answer = show(robot);
        DialogPane pane = robot.lookup("#avisConflictDialog").queryAs(DialogPane.class);
        String local = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(OffsetDateTime.parse("2021-12-01T10:42:00+01:00")
                        .atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")));
        assertTrue(
                pane.getHeaderText().startsWith("Ghislaine Morel a modifié cet avis à " + local + "\u00a0:"),
                pane.getHeaderText());
        assertEquals(
                "défavorable",
                robot.lookup("#avisConflictTheirsRecommendation")
                        .queryAs(Label.class)
                        .getText());
        assertEquals(
                "favorable",
                robot.lookup("#avisConflictMineRecommendation")
                        .queryAs(Label.class)
                        .getText());
        assertEquals(
                "Sa motivation",
                robot.lookup("#avisConflictTheirsMotivation")
                        .queryAs(TextArea.class)
                        .getText());
        assertEquals(
                "Ma motivation",
                robot.lookup("#avisConflictMineMotivation")
                        .queryAs(TextArea.class)
                        .getText());
        assertEquals(
                "Mes points d'attention",
                robot.lookup("#avisConflictMineAttention")
                        .queryAs(TextArea.class)
                        .getText());

        robot.interact(() -> robot.lookup("#avisConflictMerge").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(Optional.of(AvisViewModel.ConflictChoice.MERGE), answer.get());
    }

    @Test
    void decidingLaterChoosesNothing(FxRobot robot) throws Exception {
        AtomicReference<Optional<AvisViewModel.ConflictChoice>> answer = show(robot);
        robot.interact(() -> robot.lookup("#avisConflictLater").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertEquals(Optional.empty(), answer.get());
    }
}
