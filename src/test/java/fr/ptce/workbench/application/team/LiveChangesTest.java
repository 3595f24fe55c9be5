package fr.ptce.workbench.application.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.team.SharedWork.SharedChange;
import fr.ptce.workbench.application.team.SharedWork.Subscription;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live refresh on the embedded PostgreSQL server: a change committed by a second connection (another login)
 * reaches the first one's listener within seconds with who made it; its own changes and another region's dossiers
 * are not handed on; after its connection is killed the listener reconnects and hears the next change.
 */
class LiveChangesTest {

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    private TeamDatabase team;
    private Workspace admin;
    private String ghislaine;
    private List<DossierSummary> all;
    private final BlockingQueue<SharedChange> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void teamWorkspace() throws Exception {
        team = TeamDatabase.withSample();
        admin = team.admin();
        all = team.dossiers();
        ghislaine = team.addCorrespondent("ghislaine", "Ghislaine Morel");
    }

    @AfterEach
    void close() {
        team.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "within 10 s: " + what);
            Thread.sleep(20);
        }
    }

    /** The next change heard on this table (the grid stored at a first score is heard too), none of the owner's. */
    private SharedChange next(String table, String listener) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            SharedChange change = heard.poll(100, TimeUnit.MILLISECONDS);
            if (change != null) {
                assertTrue(!change.login().equals(listener), "never the listener's own change: " + change);
                if (change.table().equals(table)) {
                    return change;
                }
            }
        }
        return null;
    }

    private static AvisDraft avis(String number, String motivation) {
        return new AvisDraft(number, Recommendation.FAVORABLE, false, motivation, null, null, null, null);
    }

    @Test
    void anotherLoginsChangeReachesTheListenerWithWhoMadeItAndItsOwnDoNot() throws Exception {
        String number = all.get(0).number();
        try (Subscription subscription = admin.shared().listen(heard::add);
                Workspace hers = team.open(ghislaine)) {
            await(subscription::listening, "listening");
            admin.settings().setDisagreementThreshold(new BigDecimal("3"));
            long before = System.nanoTime();
            hers.saveAvis().save(avis(number, "Motivation de Ghislaine"));

            SharedChange change = next("region_avis", server.superuser());
            assertNotNull(change, "heard within 10 s");
            assertEquals(new SharedChange("region_avis", number, ghislaine, "Ghislaine Morel"), change);
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before) < 5_000, "within seconds");

            hers.scoreDossier().setScore(number, "V1", new BigDecimal("4"));
            SharedChange scored = next("review", server.superuser());
            assertNotNull(scored);
            assertEquals("review", scored.table());
            assertEquals(number, scored.dossier());
        }
    }

    @Test
    void aCorrespondentsListenerIsNotToldOfAnotherRegionsDossiersAndReconnects() throws Exception {
        String region = all.get(0).region();
        String mine = all.get(0).number();
        String other = all.stream()
                .filter(d -> !d.region().equals(region))
                .findFirst()
                .orElseThrow()
                .number();
        admin.workspaceUser()
                .set(new fr.ptce.workbench.domain.review.Reviewer(
                        "Paul Bernard", "paul@example.gouv.fr", ReviewerRole.PESSII, null));
        try (Workspace hers = team.open(ghislaine);
                Subscription subscription = hers.shared().listen(heard::add)) {
            await(subscription::listening, "listening");
            admin.saveAvis().save(avis(other, "Autre région"));
            admin.saveAvis().save(avis(mine, "Sa région"));
            SharedChange change = next("region_avis", ghislaine);
            assertNotNull(change);
            assertEquals(mine, change.dossier(), "another region's dossier, saved first, is not even named");
            assertEquals(server.superuser(), change.login(), "the owner's login, not of the team: named by it");
            assertNull(next("region_avis", ghislaine), "nothing more about the avis");

            // the server drops the listener's connection: it reconnects and hears the next change
            try (Connection owner = DriverManager.getConnection(
                            team.database().jdbcUrl(), server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD);
                    Statement statement = owner.createStatement()) {
                statement.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + ghislaine + "'");
            }
            await(() -> !subscription.listening(), "the loss noticed");
            await(subscription::listening, "reconnected");
            admin.saveAvis().save(avis(mine, "Après la reconnexion"));
            SharedChange again = next("region_avis", ghislaine);
            assertNotNull(again, "heard after reconnecting");
            assertEquals(mine, again.dossier());
        }
    }
}
