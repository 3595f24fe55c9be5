package fr.ptce.workbench.application.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The announcements of changes carry nothing row-level security would hide: a correspondent's plain {@code LISTEN
 * ptce_change} (as in {@code psql}) receives only ids, and reading them yields their region's changes only; the same
 * login's second workbench (another machine) is told of the first one's changes, a workbench never of its own.
 */
class ChangeFeedPrivacyTest {

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    private TeamDatabase team;
    private Workspace admin;
    private String ghislaine;
    private String mine;
    private String other;

    @BeforeEach
    void teamWorkspace() throws Exception {
        team = TeamDatabase.withSample();
        admin = team.admin();
        List<DossierSummary> all = team.dossiers();
        String region = all.get(0).region();
        ghislaine = team.addCorrespondent("ghislaine", "Ghislaine Morel");
        mine = all.get(0).number();
        other = all.stream()
                .filter(d -> !d.region().equals(region))
                .findFirst()
                .orElseThrow()
                .number();
        admin.workspaceUser()
                .set(new fr.ptce.workbench.domain.review.Reviewer(
                        "Paul Bernard", "paul@example.gouv.fr", ReviewerRole.PESSII, null));
    }

    @AfterEach
    void close() {
        team.close();
    }

    private static AvisDraft avis(String number, String motivation) {
        return new AvisDraft(number, Recommendation.FAVORABLE, false, motivation, null, null, null, null);
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void aCorrespondentsPlainListenerReceivesNoNumberOfAnotherRegion() throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection listener = team.connect(ghislaine);
                Statement statement = listener.createStatement()) {
            statement.execute("LISTEN ptce_change");
            admin.saveAvis().save(avis(other, "Autre région"));
            admin.scoreDossier().setScore(other, "V1", new BigDecimal("4"));
            admin.saveAvis().save(avis(mine, "Sa région"));
            // a score also announces the grid it stored: listen until her region's avis, the last change, is heard
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            List<String> read = List.of();
            while (!read.contains(mine) && System.nanoTime() < end) {
                PGNotification[] received = listener.unwrap(PGConnection.class).getNotifications(200);
                if (received != null) {
                    for (PGNotification notification : received) {
                        payloads.add(notification.getParameter());
                    }
                }
                if (!payloads.isEmpty() && payloads.stream().allMatch(p -> p.matches("[0-9]+"))) {
                    read = strings(
                            listener,
                            "SELECT dossier_number FROM change_log WHERE id IN (" + String.join(",", payloads) + ")");
                }
            }
            assertTrue(payloads.size() >= 3, "every change announced, " + payloads);
            for (String payload : payloads) {
                assertTrue(payload.matches("[0-9]+"), "an id only: " + payload);
                assertFalse(payload.contains(other), payload);
            }
            assertTrue(read.contains(mine), "her region's change read through row-level security: " + read);
            assertFalse(read.contains(other), "another region's change yields no row: " + read);
            assertFalse(strings(listener, "SELECT subject FROM change_log").contains(other), "nor in the whole log");
            assertTrue(refused(listener, "DELETE FROM change_log WHERE TRUE"), "a member cannot rewrite the log");
            assertTrue(
                    refused(
                            listener,
                            "INSERT INTO change_log (table_name, subject, login, client)"
                                    + " VALUES ('region_avis', 'x', 'x', 'x')"),
                    "nor forge an announcement");
        }
        try (Connection owner = server.connect(team.database().database())) {
            assertTrue(
                    strings(owner, "SELECT dossier_number FROM change_log").contains(other),
                    "the other region's change was announced (to the owner's eyes)");
        }
    }

    private static boolean refused(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
            return false;
        } catch (SQLException refused) {
            return true;
        }
    }

    @Test
    void theSameLoginOnASecondMachineIsToldOfTheFirstOnesChangesAndNeverOfItsOwn() throws Exception {
        BlockingQueue<SharedChange> heard = new LinkedBlockingQueue<>();
        try (Workspace office = team.open(ghislaine);
                Workspace laptop = team.open(ghislaine);
                Subscription subscription = laptop.shared().listen(heard::add)) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!subscription.listening()) {
                assertTrue(System.nanoTime() < end, "listening within 10 s");
                Thread.sleep(20);
            }
            laptop.saveAvis().save(avis(mine, "Écrit sur le portable"));
            office.saveAvis().save(avis(mine, "Écrit au bureau"));
            SharedChange change = null;
            while (System.nanoTime() < end + TimeUnit.SECONDS.toNanos(5)) {
                SharedChange next = heard.poll(100, TimeUnit.MILLISECONDS);
                if (next != null && next.table().equals("region_avis")) {
                    assertTrue(change == null, "one announcement only, the office's: " + next);
                    change = next;
                }
                if (change != null && heard.isEmpty()) {
                    Thread.sleep(1_000);
                    if (heard.isEmpty()) {
                        break;
                    }
                }
            }
            assertNotNull(change, "the office's change heard on the laptop");
            assertEquals(new SharedChange("region_avis", mine, ghislaine, "Ghislaine Morel"), change);
        }
    }
}
