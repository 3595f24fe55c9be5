package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.team.TeamDatabase;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.scoring.ScoringViewModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An expert's scoring screen on a team workspace (embedded PostgreSQL): the database hides the correspondent's
 * review until the expert has scored every criterion, so the screen shows the expert alone; as the last criterion is
 * scored, it reads the others' reviews and shows them beside the expert's.
 */
class ExpertScoringWindowTest {

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), state);
    private TeamDatabase team;
    private String expert;
    private String dossier;

    @BeforeEach
    void teamWorkspace() throws Exception {
        String correspondent;
        try (TeamDatabase team = TeamDatabase.withSample()) {
            this.team = team;
            correspondent = team.addCorrespondent();
            expert = team.addUser("odile", "Odile Ferrand", "odile@example.org", ReviewerRole.EXPERT, null);
            dossier = team.dossiers().get(0).number();
            team.admin().assignExperts().assign(dossier, "odile@example.org", false, null);
        }
        try (Workspace hers = team.open(correspondent)) {
            hers.scoreDossier().setScore(dossier, "V1", new BigDecimal("4"));
        }
    }

    @AfterEach
    void close() {
        state.replace(null).ifPresent(Workspace::close);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "within 20 s: " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void theOthersReviewsAppearOnceTheExpertHasScoredEveryCriterion() throws Exception {
        main.useWorkspace(team.open(expert));
        ScoringViewModel scoring = main.scoring();
        scoring.show(dossier);
        await(() -> scoring.gridProperty().get() != null, "the sheet read");
        List<String> codes = scoring.gridProperty().get().codes();
        assertEquals(List.of(), scoring.reviewers().reviewers(), "no review the database lets the expert read");

        for (String code : codes.subList(0, codes.size() - 1)) {
            scoring.score(code, new BigDecimal("3"));
        }
        await(() -> scoring.reviewers().reviewers().size() == 1, "the expert's own review");
        assertEquals(List.of("Odile Ferrand (moi)"), scoring.reviewers().reviewers(), "still alone");

        scoring.score(codes.get(codes.size() - 1), new BigDecimal("2"));

        await(() -> scoring.reviewers().reviewers().size() == 2, "the correspondent's review read once scored");
        assertTrue(
                scoring.reviewers().reviewers().contains("Maëlle Kerjean"),
                scoring.reviewers().reviewers().toString());
    }
}
