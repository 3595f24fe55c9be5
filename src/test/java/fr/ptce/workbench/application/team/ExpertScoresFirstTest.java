package fr.ptce.workbench.application.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An expert's login, through plain JDBC as {@code psql} would, reads only their own review of an assigned dossier
 * (scores, comments, history) until it scores every criterion of its grid — the window's « Noter avant de voir les
 * notes des autres » enforced by PostgreSQL — and then the others' reviews, the region's avis, the note and the
 * whole history.
 */
class ExpertScoresFirstTest {

    private TeamDatabase team;
    private Workspace admin;
    private String correspondent;
    private String expert;
    private String dossier;

    @BeforeEach
    void teamWorkspace() throws Exception {
        team = TeamDatabase.withSample();
        admin = team.admin();
        List<DossierSummary> all = team.dossiers();
        correspondent = team.addCorrespondent();
        expert = team.addUser("odile", "Odile Ferrand", "Odile@Example.org", ReviewerRole.EXPERT, null);
        dossier = all.get(0).number();
        admin.assignExperts().assign(dossier, "Odile@Example.org", false, null);
        try (Workspace hers = team.open(correspondent)) {
            hers.scoreDossier().setScore(dossier, "V1", new BigDecimal("4"));
            hers.scoreDossier().setComment(dossier, "V1", "Gouvernance solide");
            hers.saveAvis()
                    .save(new AvisDraft(
                            dossier,
                            Recommendation.FAVORABLE,
                            false,
                            "Avis de la région",
                            null,
                            null,
                            null,
                            null,
                            AvisDraft.ANY_VERSION));
            hers.saveNote().save(dossier, "À revoir avec Odile");
        }
    }

    @AfterEach
    void close() {
        team.close();
    }

    private Connection connect(String login) throws SQLException {
        return team.connect(login);
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(String.valueOf(rows.getString(1)));
            }
        }
        return values;
    }

    @Test
    void beforeScoringEveryCriterionTheExpertReadsOnlyTheirOwnReviewThenEverythingOfTheDossier() throws SQLException {
        List<String> codes = admin.readReviews().of(dossier).grid().codes();
        assertTrue(codes.size() > 1, "a grid of several criteria");
        try (Connection connection = connect(expert)) {
            assertEquals(Set.of(dossier), strings(connection, "SELECT number FROM dossier"), "the assigned dossier");
            assertEquals(Set.of(), strings(connection, "SELECT reviewer_email FROM review"), "no other review");
            assertEquals(Set.of(), strings(connection, "SELECT comment FROM review_score"), "no other score");
            assertEquals(Set.of(), strings(connection, "SELECT motivation FROM region_avis"), "no avis");
            assertEquals(Set.of(), strings(connection, "SELECT note FROM dossier_note"), "no note");
            assertEquals(Set.of(), strings(connection, "SELECT new_value FROM audit_entry"), "no one else's history");
        }

        try (Workspace mine = team.open(expert)) {
            for (String code : codes.subList(0, codes.size() - 1)) {
                mine.scoreDossier().setScore(dossier, code, new BigDecimal("3"));
            }
            assertEquals(
                    List.of(),
                    mine.readReviews().of(dossier).others(),
                    "the workbench reads no other review either while one criterion is left");
        }
        try (Connection connection = connect(expert)) {
            assertEquals(
                    Set.of("odile@example.org"),
                    strings(connection, "SELECT lower(reviewer_email) FROM review"),
                    "their own review, partly scored");
            assertEquals(
                    codes.size() - 1,
                    strings(connection, "SELECT criterion FROM review_score").size());
            assertTrue(
                    strings(connection, "SELECT db_login FROM audit_entry").equals(Set.of(expert)),
                    "their own history only");
            assertEquals(Set.of(), strings(connection, "SELECT motivation FROM region_avis"));
            try (Statement statement = connection.createStatement()) {
                assertEquals(
                        0,
                        statement.executeUpdate("UPDATE review SET maturity = NULL WHERE lower(reviewer_email) <>"
                                + " 'odile@example.org'"),
                        "another reviewer's review cannot be changed");
                assertThrows(
                        SQLException.class,
                        () -> statement.executeUpdate("INSERT INTO dossier_note (dossier_number, note, updated_at)"
                                + " VALUES ('" + dossier + "', 'x', now())"),
                        "no note before scoring");
            }
        }

        try (Workspace mine = team.open(expert)) {
            mine.scoreDossier().setScore(dossier, codes.get(codes.size() - 1), new BigDecimal("2"));
            assertEquals(1, mine.readReviews().of(dossier).others().size(), "the correspondent's review, read now");
        }
        try (Connection connection = connect(expert)) {
            assertEquals(
                    Set.of("maelle@example.fr", "odile@example.org"),
                    strings(connection, "SELECT lower(reviewer_email) FROM review"));
            assertTrue(strings(connection, "SELECT comment FROM review_score").contains("Gouvernance solide"));
            assertEquals(Set.of("Avis de la région"), strings(connection, "SELECT motivation FROM region_avis"));
            assertEquals(Set.of("À revoir avec Odile"), strings(connection, "SELECT note FROM dossier_note"));
            assertTrue(
                    strings(connection, "SELECT db_login FROM audit_entry").containsAll(Set.of(correspondent, expert)),
                    "the whole history, the correspondent's changes too");
            try (Statement statement = connection.createStatement()) {
                assertEquals(
                        0,
                        statement.executeUpdate("UPDATE review SET maturity = NULL WHERE lower(reviewer_email) <>"
                                + " 'odile@example.org'"),
                        "another reviewer's review still cannot be changed");
            }
        }
        try (Connection connection = connect(correspondent)) {
            assertEquals(
                    Set.of("maelle@example.fr", "odile@example.org"),
                    strings(connection, "SELECT lower(reviewer_email) FROM review"),
                    "a correspondent reads every review of the region, scored or not");
        }
    }
}
