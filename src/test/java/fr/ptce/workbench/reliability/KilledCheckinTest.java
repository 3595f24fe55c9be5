package fr.ptce.workbench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.OfflineLaptops;
import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.team.TeamDatabase;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code team checkin} killed with SIGKILL while it is sending: the command runs in a child JVM on the test class
 * path, pauses inside the server's transaction after every write (the test-only hook {@code
 * -Dptce.test.checkinPause=true}) and is killed there; the server's content is unchanged (digest), the laptop not
 * marked, and the same check-in then runs to completion. No score was ever made on the server: the grid stored on
 * the laptop at its first score offline is sent with the review.
 */
class KilledCheckinTest {

    private static final String CLI = "fr.ptce.workbench.Main";
    private static final String LAPTOP = "mot-de-passe-portable";

    @TempDir
    Path temp;

    @Test
    void aCheckinKilledInsideItsTransactionLeavesTheServerUnchangedAndRunsAgainToItsEnd() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        Path laptop = temp.resolve("portable");
        TeamDatabase team = TeamDatabase.withSample();
        List<String> mine = team.regionNumbers();
        String login = team.addCorrespondent();
        team.close();
        OfflineLaptops.checkout(team.open(login), laptop, LAPTOP.toCharArray(), Progress.NONE);
        try (Workspace local = Workspace.open(laptop, LAPTOP.toCharArray())) {
            local.scoreDossier().setScore(mine.get(0), "V1", new BigDecimal("4"));
            local.saveAvis()
                    .save(new AvisDraft(
                            mine.get(1),
                            Recommendation.FAVORABLE,
                            false,
                            "Avis écrit hors ligne",
                            null,
                            null,
                            null,
                            null,
                            0));
        }
        Path laptopPassword = Files.writeString(temp.resolve("portable.txt"), LAPTOP + "\n");
        Path serverPassword = Files.writeString(temp.resolve("serveur.txt"), TeamDatabase.PASSWORD + "\n");
        List<String> checkin = List.of(
                CLI,
                "team",
                "checkin",
                laptop.toString(),
                "--password-file",
                laptopPassword.toString(),
                "--server-password-file",
                serverPassword.toString());
        String before = digest(team.address(), server);

        try (ChildJvm child = ChildJvm.startWithStderr(
                "-Xmx256m",
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("-Dptce.test.checkinPause=true"), checkin.stream())
                        .toList())) {
            assertTrue(
                    child.awaitLine("CHECKIN PAUSED BEFORE COMMIT", 120_000),
                    () -> "the check-in reached its pause:\n" + String.join("\n", child.lines()) + "\n"
                            + String.join("\n", child.errorLines()));
            child.kill();
            assertFalse(child.alive());
        }

        assertEquals(before, digest(team.address(), server), "nothing half-applied on the server");
        try (Workspace local = Workspace.open(laptop, LAPTOP.toCharArray())) {
            assertTrue(OfflineLaptops.origin(local).orElseThrow().checkedInAt().isEmpty(), "the laptop is not marked");
        }

        try (ChildJvm child = ChildJvm.startWithStderr("-Xmx256m", checkin)) {
            assertEquals(
                    0,
                    child.waitFor(120_000),
                    () -> String.join("\n", child.lines()) + "\n" + String.join("\n", child.errorLines()));
        }
        try (Workspace maelle = team.open(login)) {
            assertEquals(
                    "Avis écrit hors ligne",
                    maelle.readReviews()
                            .of(mine.get(1))
                            .avis()
                            .map(Avis::motivation)
                            .orElse(null));
            assertEquals(
                    0,
                    new BigDecimal("4")
                            .compareTo(maelle.readReviews()
                                    .of(mine.get(0))
                                    .mine()
                                    .orElseThrow()
                                    .score("V1")
                                    .value()));
        }
        assertFalse(before.equals(digest(team.address(), server)), "the second check-in was applied");
        try (Workspace local = Workspace.open(laptop, LAPTOP.toCharArray())) {
            assertTrue(OfflineLaptops.origin(local).orElseThrow().checkedInAt().isPresent(), "marked at last");
        }
    }

    private static String digest(PostgresAddress address, EmbeddedPostgresServer server) {
        try (Workspace admin = Workspace.openShared(
                address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray())) {
            return admin.contentDigest();
        }
    }
}
