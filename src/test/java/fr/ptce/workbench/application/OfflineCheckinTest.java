package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.team.TeamDatabase;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.offline.CheckinChoices;
import fr.ptce.workbench.domain.offline.CheckinConflict;
import fr.ptce.workbench.domain.offline.CheckinRefusedException;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.CheckoutReport;
import fr.ptce.workbench.domain.offline.Keep;
import fr.ptce.workbench.domain.offline.OfflineUnitKind;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline laptops on the embedded PostgreSQL server: a correspondent checks out their region into an encrypted
 * workspace, works offline, and checks in; conflicts either way are listed with both versions and resolved as
 * chosen; nothing is applied while one stays open, nor by a check-in failing before its commit; a checkout is
 * checked in once.
 */
class OfflineCheckinTest {

    private static final char[] LAPTOP = "mot-de-passe-portable".toCharArray();

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    private TeamDatabase team;
    private Workspace admin;
    private Workspace maelle;
    private String login;
    private List<String> mine;

    @TempDir
    Path temp;

    private Path laptop;

    @BeforeEach
    void checkedOut() throws Exception {
        team = TeamDatabase.withSample();
        admin = team.admin();
        mine = team.regionNumbers();
        assertTrue(
                mine.size() >= 3 && mine.size() < team.dossiers().size(), "a region of several dossiers among others");
        login = team.addCorrespondent();
        maelle = team.open(login);
        // shared work before the checkout: a review and an avis that the checkout takes with their base
        maelle.scoreDossier().setScore(mine.get(0), "V1", new BigDecimal("2"));
        maelle.saveAvis().save(draft(mine.get(0), "Avis avant l'emport", 0));
        laptop = temp.resolve("portable");
        CheckoutReport report = OfflineLaptops.checkout(team.open(login), laptop, LAPTOP.clone(), Progress.NONE);
        assertEquals(mine.size(), report.dossiers());
        assertEquals(2, report.units(), "the review and the avis");
    }

    @AfterEach
    void close() {
        maelle.close();
        team.close();
    }

    private static AvisDraft draft(String number, String motivation, long base) {
        return new AvisDraft(number, Recommendation.FAVORABLE, false, motivation, null, null, null, null, base);
    }

    private Workspace openLaptop() {
        return Workspace.open(laptop, LAPTOP.clone());
    }

    private CheckinReport checkin(CheckinChoices choices, Runnable beforeCommit) {
        try (Workspace local = openLaptop();
                Workspace shared = team.open(login)) {
            return OfflineLaptops.checkin(local, shared, choices, beforeCommit);
        }
    }

    private String serverMotivation(String number) {
        return maelle.readReviews().of(number).avis().map(Avis::motivation).orElse(null);
    }

    private BigDecimal serverScore(String number, String code) {
        return maelle.readReviews().of(number).mine().orElseThrow().score(code).value();
    }

    @Test
    void theCheckoutIsAnEncryptedWorkspaceOfTheRegionOnlyThatRecordsItsOrigin() {
        assertTrue(Workspace.isEncrypted(laptop));
        try (Workspace local = openLaptop()) {
            assertEquals(
                    mine,
                    local.listDossiers().all().stream()
                            .map(DossierSummary::number)
                            .sorted()
                            .toList());
            assertEquals(
                    "Maëlle Kerjean",
                    local.workspaceUser().current().orElseThrow().name());
            assertEquals(
                    "Avis avant l'emport",
                    local.readReviews().of(mine.get(0)).avis().orElseThrow().motivation());
            var origin = OfflineLaptops.origin(local).orElseThrow();
            assertEquals(login, origin.login());
            assertTrue(origin.address().contains(team.database().database()), origin.address());
            assertTrue(origin.checkedInAt().isEmpty());
        }
        CheckinRefusedException again = assertThrows(
                CheckinRefusedException.class,
                () -> OfflineLaptops.checkout(maelle, laptop, LAPTOP.clone(), Progress.NONE));
        assertTrue(again.getMessage().contains("contient déjà un espace de travail"), again.getMessage());
    }

    @Test
    void aCleanCheckinSendsExactlyWhatChangedOfflineWithItsAuditRowsOnce() throws SQLException {
        try (Workspace local = openLaptop()) {
            local.scoreDossier().setScore(mine.get(1), "V1", new BigDecimal("4"));
            local.scoreDossier().setComment(mine.get(1), "V1", "Noté dans le train");
            local.saveAvis().save(draft(mine.get(2), "Avis écrit hors ligne", 0));
            local.saveNote().save(mine.get(2), "Appeler la structure");
        }
        long auditBefore = auditRowsOf(login);

        CheckinReport report = checkin(CheckinChoices.NONE, () -> {});

        assertTrue(report.applied());
        assertEquals(
                List.of(OfflineUnitKind.REVIEW, OfflineUnitKind.AVIS, OfflineUnitKind.NOTE),
                report.sent().stream().map(c -> c.kind()).toList(),
                "the unchanged review and avis of the checkout are not sent again: " + report.sent());
        assertEquals(0, new BigDecimal("4").compareTo(serverScore(mine.get(1), "V1")));
        assertEquals(
                "Noté dans le train",
                maelle.readReviews()
                        .of(mine.get(1))
                        .mine()
                        .orElseThrow()
                        .score("V1")
                        .comment());
        assertEquals("Avis écrit hors ligne", serverMotivation(mine.get(2)));
        assertTrue(report.auditEntries() > 0);
        assertEquals(auditBefore + report.auditEntries(), auditRowsOf(login), "audited under the login");
        try (Workspace local = openLaptop()) {
            assertTrue(OfflineLaptops.origin(local).orElseThrow().checkedInAt().isPresent(), "the laptop is marked");
        }
        CheckinRefusedException twice =
                assertThrows(CheckinRefusedException.class, () -> checkin(CheckinChoices.NONE, () -> {}));
        assertTrue(twice.getMessage().contains("déjà été rapporté"), twice.getMessage());
    }

    @Test
    void aCopyOfTheLaptopTakenBeforeItsCheckinIsRefusedByTheServer() throws IOException {
        Path copy = temp.resolve("copie");
        copyFolder(laptop, copy);
        try (Workspace local = openLaptop()) {
            local.saveAvis().save(draft(mine.get(1), "Premier retour", 0));
        }
        assertTrue(checkin(CheckinChoices.NONE, () -> {}).applied());
        String before = admin.contentDigest();
        try (Workspace local = Workspace.open(copy, LAPTOP.clone());
                Workspace shared = team.open(login)) {
            local.saveAvis().save(draft(mine.get(1), "Second retour", 0));
            CheckinRefusedException refused = assertThrows(
                    CheckinRefusedException.class,
                    () -> OfflineLaptops.checkin(local, shared, CheckinChoices.NONE, () -> {}));
            assertTrue(refused.getMessage().contains("déjà été rapporté au serveur le"), refused.getMessage());
        }
        assertEquals(before, admin.contentDigest(), "nothing sent the second time");
        assertEquals("Premier retour", serverMotivation(mine.get(1)));
    }

    @Test
    void conflictsEitherWayAreListedWithBothVersionsAndNothingIsAppliedUntilEachHasAChoice() {
        try (Workspace local = openLaptop()) {
            local.saveAvis().save(draft(mine.get(0), "Version du portable", 1));
            local.scoreDossier().setScore(mine.get(0), "V1", new BigDecimal("5"));
            local.saveAvis().save(draft(mine.get(1), "Avis sans conflit", 0));
        }
        // meanwhile on the server: the same avis and a score of the same review changed
        maelle.saveAvis().save(draft(mine.get(0), "Version du serveur", 1));
        maelle.scoreDossier().setScore(mine.get(0), "V1", new BigDecimal("3"));
        String before = admin.contentDigest();

        CheckinReport open = checkin(CheckinChoices.NONE, () -> {});

        assertFalse(open.applied());
        assertEquals(List.of(mine.get(0)), open.conflictingDossiers());
        CheckinConflict avis = open.conflicts().stream()
                .filter(c -> c.kind() == OfflineUnitKind.AVIS)
                .findFirst()
                .orElseThrow();
        assertTrue(avis.local().contains("Version du portable"), avis.local());
        assertTrue(avis.server().contains("Version du serveur"), avis.server());
        assertEquals("2", avis.serverVersion(), "the server's row_version");
        assertEquals(2, open.conflicts().size(), "the avis and the review: " + open.conflicts());
        assertEquals(before, admin.contentDigest(), "nothing applied, not even the avis without conflict");

        CheckinReport serverKept = checkin(new CheckinChoices(Optional.of(Keep.SERVER), Map.of()), () -> {});
        assertTrue(serverKept.applied());
        assertEquals(2, serverKept.keptServer());
        assertEquals("Version du serveur", serverMotivation(mine.get(0)));
        assertEquals(0, new BigDecimal("3").compareTo(serverScore(mine.get(0), "V1")));
        assertEquals("Avis sans conflit", serverMotivation(mine.get(1)));
    }

    @Test
    void keepingTheLaptopsVersionOfADossierWritesItOverTheServersAsANewerVersion() {
        try (Workspace local = openLaptop()) {
            local.saveAvis().save(draft(mine.get(0), "Version du portable", 1));
            local.scoreDossier().setScore(mine.get(0), "V1", new BigDecimal("5"));
        }
        maelle.saveAvis().save(draft(mine.get(0), "Version du serveur", 1));
        maelle.scoreDossier().setScore(mine.get(0), "V1", new BigDecimal("3"));

        CheckinReport report = checkin(CheckinChoices.NONE.with(mine.get(0), Keep.LOCAL), () -> {});

        assertTrue(report.applied());
        assertTrue(
                report.sent().stream().allMatch(c -> c.overServerChange()),
                report.sent().toString());
        assertEquals("Version du portable", serverMotivation(mine.get(0)));
        assertEquals(
                3, maelle.readReviews().of(mine.get(0)).avis().orElseThrow().version(), "newer than both");
        assertEquals(0, new BigDecimal("5").compareTo(serverScore(mine.get(0), "V1")));
    }

    @Test
    void aCheckinFailingBeforeItsCommitLeavesTheServerUnchangedAndCanBeRunAgain() {
        try (Workspace local = openLaptop()) {
            local.scoreDossier().setScore(mine.get(1), "V1", new BigDecimal("4"));
            local.saveAvis().save(draft(mine.get(2), "Avis écrit hors ligne", 0));
        }
        String before = admin.contentDigest();
        IllegalStateException killed = assertThrows(
                IllegalStateException.class,
                () -> checkin(CheckinChoices.NONE, () -> {
                    throw new IllegalStateException("coupure du réseau");
                }));
        assertEquals("coupure du réseau", killed.getMessage());
        assertEquals(before, admin.contentDigest(), "nothing half-applied");
        try (Workspace local = openLaptop()) {
            assertTrue(OfflineLaptops.origin(local).orElseThrow().checkedInAt().isEmpty(), "not marked");
        }

        CheckinReport again = checkin(CheckinChoices.NONE, () -> {});

        assertTrue(again.applied());
        assertEquals(2, again.sent().size());
        assertEquals("Avis écrit hors ligne", serverMotivation(mine.get(2)));
    }

    private long auditRowsOf(String who) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        team.database().jdbcUrl(), server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE db_login = '" + who + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
