package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.ServerDatabase;
import fr.ptce.workbench.persistence.TestStores;
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

    private static final String PASSWORD = "mot-de-passe-equipe";

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), state);
    private PostgresAddress address;
    private String expert;
    private String dossier;

    @BeforeEach
    void teamWorkspace() throws Exception {
        ServerDatabase database = TestStores.freshDatabase();
        address = PostgresAddress.parse("postgresql://127.0.0.1:" + database.port() + "/" + database.database());
        String correspondent = "maelle_" + database.database();
        expert = "odile_" + database.database();
        try (Workspace admin = Workspace.openShared(
                address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray())) {
            admin.importDossiers().fromFile(MainViewModelTest.sample(), ColumnMapping.NONE, Progress.NONE);
            List<DossierSummary> all = admin.listDossiers().all();
            admin.team().init();
            admin.team()
                    .addUser(
                            correspondent,
                            "Maëlle Kerjean",
                            "maelle@example.fr",
                            ReviewerRole.CORRESPONDENT,
                            all.get(0).region(),
                            PASSWORD.toCharArray());
            admin.team()
                    .addUser(
                            expert,
                            "Odile Ferrand",
                            "odile@example.org",
                            ReviewerRole.EXPERT,
                            null,
                            PASSWORD.toCharArray());
            dossier = all.get(0).number();
            admin.assignExperts().assign(dossier, "odile@example.org", false, null);
        }
        try (Workspace hers = Workspace.openShared(address, correspondent, PASSWORD.toCharArray())) {
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
        main.useWorkspace(Workspace.openShared(address, expert, PASSWORD.toCharArray()));
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
