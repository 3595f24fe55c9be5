package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsolidatedScoresTest {

    private static final String NUMBER = "5019941";

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private final ScoringViewModel scoring = main.scoring();
    private final AvisViewModel avis = scoring.avis();
    private Workspace workspace;

    @BeforeEach
    void importAndScore() throws Exception {
        workspace = Workspace.inMemory(Clock.systemUTC());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);
        scoring.progress().refresh();
        main.selectedProperty()
                .set(main.dossiers().stream()
                        .filter(d -> d.number().equals(NUMBER))
                        .findFirst()
                        .orElseThrow());
        scoring.score("V1", new BigDecimal("4"));
        scoring.score("V2", new BigDecimal("3"));
        avis.setRecommendation(Recommendation.FAVORABLE);
        avis.motivation().textProperty().set("Projet solide");
        avis.motivation().commit();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Avis saved() {
        return workspace.readReviews().of(NUMBER).avis().orElseThrow();
    }

    @Test
    void theValuesArePrefilledFromTheMeanOfTheReviews() {
        ConsolidatedScores scores = avis.consolidated();
        assertEquals("4", scores.mean("V1").get());
        assertEquals("4", scores.value("V1").text());
        assertEquals("—", scores.mean("E1").get());
        assertEquals(
                0, new BigDecimal("4").compareTo(saved().consolidatedScores().get("V1")));
    }

    @Test
    void theConsolidatedTotalSaysItIsPartialUntilEveryCriterionHasAValue() {
        ConsolidatedScores scores = avis.consolidated();
        assertEquals(
                "Note globale consolidée provisoire\u00a0: 14 / 100 (2/10 critères notés,"
                        + " «\u00a0Note complète\u00a0: Non\u00a0» dans le classeur d'avis)",
                scores.totalProperty().get());
        for (String code : scores.codes()) {
            scores.value(code).textProperty().set("4");
        }
        assertEquals(
                "Note globale consolidée\u00a0: 80 / 100",
                scores.totalProperty().get());
        scores.value("E2").textProperty().set("");
        assertTrue(
                scores.totalProperty().get().contains("(9/10 critères notés"),
                scores.totalProperty().get());
    }

    @Test
    void aChangedValueWithoutReasonIsRefusedThenSavedWithOne() {
        ConsolidatedScores scores = avis.consolidated();
        scores.value("V1").textProperty().set("3,5");
        scores.value("V1").commit();

        assertTrue(
                avis.scoresRefusalProperty().get().contains("indiquez le motif"),
                avis.scoresRefusalProperty().get());
        assertEquals(
                0, new BigDecimal("4").compareTo(saved().consolidatedScores().get("V1")));
        assertEquals("3,5", scores.value("V1").text());

        scores.reason().textProperty().set("Échange avec l'expert");
        scores.reason().commit();

        assertEquals("", avis.scoresRefusalProperty().get());
        assertEquals(
                0, new BigDecimal("3.5").compareTo(saved().consolidatedScores().get("V1")));
        assertEquals(
                0, new BigDecimal("3").compareTo(saved().consolidatedScores().get("V2")));
        assertEquals("Échange avec l'expert", saved().scoreChangeReason());
        assertEquals(
                0,
                new BigDecimal("3.5")
                        .compareTo(workspace
                                .readReviews()
                                .all()
                                .get(NUMBER)
                                .avis()
                                .orElseThrow()
                                .consolidatedScores()
                                .get("V1")));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedInFrench() {
        avis.consolidated().value("V2").textProperty().set("trois");
        avis.consolidated().value("V2").commit();

        assertEquals(
                "Critère V2\u00a0: la note consolidée doit être un nombre (par exemple 3 ou 3,5).",
                avis.scoresRefusalProperty().get());
        assertEquals(
                0, new BigDecimal("3").compareTo(saved().consolidatedScores().get("V2")));
    }
}
