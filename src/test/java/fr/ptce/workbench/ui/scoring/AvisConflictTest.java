package fr.ptce.workbench.ui.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.review.ConcurrentAvisChangeException;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The avis tab when someone else saved the avis since the window read it: the save is refused, both versions come
 * to the window, and keeping mine, keeping theirs or merging ends it with nothing typed lost.
 */
class AvisConflictTest {

    private static final String NUMBER = "5019941";
    private static final Reviewer GHISLAINE =
            new Reviewer("Ghislaine Morel", "ghislaine@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private final ScoringViewModel scoring = main.scoring();
    private Workspace workspace;
    private AvisViewModel avis;

    @BeforeEach
    void anAvisSavedThenChangedBySomeoneElse() throws Exception {
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
        avis = scoring.avis();
        avis.setRecommendation(Recommendation.FAVORABLE);
        avis.motivation().textProperty().set("Ma motivation");
        avis.motivation().commit();
        assertEquals(1, stored().version());

        // Ghislaine, on another workbench, saves her avis from version 1
        workspace.workspaceUser().set(GHISLAINE);
        workspace
                .saveAvis()
                .save(new AvisDraft(
                        NUMBER,
                        Recommendation.UNFAVORABLE,
                        false,
                        "Sa motivation",
                        "Ses points forts",
                        null,
                        null,
                        null,
                        1));
        workspace.workspaceUser().set(ScoringViewModelTest.CLAIRE);

        avis.motivation().textProperty().set("Ma motivation complétée");
        avis.motivation().commit();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Avis stored() {
        return workspace.readReviews().of(NUMBER).avis().orElseThrow();
    }

    @Test
    void theSaveIsRefusedAndBothVersionsComeToTheWindow() {
        ConcurrentAvisChangeException conflict = avis.conflictProperty().get();
        assertTrue(conflict.getMessage().startsWith("Ghislaine Morel a modifié cet avis à "), conflict.getMessage());
        assertEquals("Ma motivation complétée", conflict.mine().motivation());
        assertEquals("Sa motivation", conflict.theirs().motivation());
        assertEquals(1, conflict.baseVersion());
        assertEquals(2, conflict.currentVersion());
        assertTrue(
                avis.avisStateProperty().get().startsWith("Ghislaine Morel a modifié cet avis à "),
                "said where the avis state is: " + avis.avisStateProperty().get());
        assertEquals("Sa motivation", stored().motivation(), "nothing written");
        assertEquals("Ma motivation complétée", avis.motivation().text(), "nothing typed lost");
    }

    @Test
    void keepingMineSavesItOverTheirs() {
        avis.resolve(AvisViewModel.ConflictChoice.KEEP_MINE);
        assertNull(avis.conflictProperty().get());
        assertEquals("Ma motivation complétée", stored().motivation());
        assertEquals(Recommendation.FAVORABLE, stored().recommendation());
        assertEquals(3, stored().version());
    }

    @Test
    void keepingTheirsShowsTheirsAndTheNextChangeSavesFromIt() {
        avis.resolve(AvisViewModel.ConflictChoice.KEEP_THEIRS);
        assertEquals("Sa motivation", avis.motivation().text());
        assertEquals(Recommendation.UNFAVORABLE, avis.recommendationProperty().get());
        assertEquals("Sa motivation", stored().motivation());

        avis.strengths().textProperty().set("Ses points forts, et l'ancrage local");
        avis.strengths().commit();
        assertNull(avis.conflictProperty().get(), "from their version: no conflict");
        assertEquals("Ses points forts, et l'ancrage local", stored().strengths());
    }

    @Test
    void mergingKeepsTheirTextsThenMineAndSavesThem() {
        avis.resolve(AvisViewModel.ConflictChoice.MERGE);
        assertEquals("Sa motivation\n\nMa motivation complétée", stored().motivation());
        assertEquals("Ses points forts", stored().strengths(), "only they wrote strengths");
        assertEquals(Recommendation.FAVORABLE, stored().recommendation(), "the recommendation chosen here");
        assertEquals(3, stored().version());
    }
}
