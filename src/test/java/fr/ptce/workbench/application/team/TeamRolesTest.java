package fr.ptce.workbench.application.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.common.StoreException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The team's roles enforced by PostgreSQL itself: a plain JDBC connection as a login sees and changes no more than
 * its role allows, and the workbench opened with that login lists the same; the audit trail records the login.
 */
class TeamRolesTest {

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    private TeamDatabase team;
    private Workspace admin;
    private String correspondent;
    private String expert;
    private String pessii;
    private List<DossierSummary> all;

    @BeforeEach
    void teamWorkspace() throws Exception {
        team = TeamDatabase.withSample();
        admin = team.admin();
        all = team.dossiers();
        correspondent = team.addCorrespondent();
        expert = team.addUser("odile", "Odile Ferrand", "odile@example.org", ReviewerRole.EXPERT, null);
        pessii = team.addUser("lucas", "Lucas Martin", "lucas@example.gouv.fr", ReviewerRole.PESSII, null);
    }

    @AfterEach
    void close() {
        team.close();
    }

    /** The region of the sample's first dossier, which holds fewer dossiers than the whole sample. */
    private String region() {
        return all.get(0).region();
    }

    private Set<String> numbersOf(String region) {
        Set<String> numbers = new TreeSet<>();
        all.stream().filter(d -> d.region().equals(region)).forEach(d -> numbers.add(d.number()));
        return numbers;
    }

    private Connection connect(String login) throws SQLException {
        return team.connect(login);
    }

    private static Set<String> strings(Connection connection, String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void aCorrespondentsOwnConnectionReadsAndChangesOnlyTheDossiersOfTheirRegion() throws SQLException {
        Set<String> mine = numbersOf(region());
        assertTrue(mine.size() < all.size(), "the sample spans several regions");
        String other = all.stream()
                .filter(d -> !d.region().equals(region()))
                .findFirst()
                .orElseThrow()
                .number();
        try (Connection connection = connect(correspondent);
                Statement statement = connection.createStatement()) {
            assertEquals(mine, strings(connection, "SELECT number FROM dossier"));
            assertEquals(Set.of(region()), strings(connection, "SELECT DISTINCT region FROM dossier"));
            assertEquals(mine, strings(connection, "SELECT dossier_number FROM dossier_text"), "texts by dossier");
            assertEquals(
                    Set.of(),
                    strings(connection, "SELECT number FROM dossier WHERE number = '" + other + "'"),
                    "another region's dossier, asked by its number");
            assertEquals(
                    0,
                    statement.executeUpdate(
                            "UPDATE dossier SET project_name = 'piraté' WHERE number = '" + other + "'"),
                    "nothing to change outside the region");
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("INSERT INTO team_member (login, name, email, role, created_at)"
                            + " VALUES ('intrus', 'Intrus', 'i@example.fr', 'PESSII', now())"),
                    "a member cannot enrol anyone");
        }
        try (Workspace mineOnly = team.open(correspondent)) {
            Set<String> listed = new TreeSet<>();
            mineOnly.listDossiers().all().forEach(d -> listed.add(d.number()));
            assertEquals(mine, listed, "the workbench lists what the database lets the login see");
            assertEquals(
                    "Maëlle Kerjean",
                    mineOnly.workspaceUser().current().orElseThrow().name(),
                    "the login's identity is its team member's");
        }
    }

    @Test
    void anExpertSeesOnlyTheDossiersAssignedToThemAndPessiiSeesEverything() throws SQLException {
        String assigned = all.get(1).number();
        String conflicted = all.get(2).number();
        admin.assignExperts().assign(assigned, "odile@example.org", false, null);
        admin.assignExperts().assign(conflicted, "odile@example.org", true, "membre du conseil d'administration");

        try (Connection connection = connect(expert)) {
            assertEquals(Set.of(assigned), strings(connection, "SELECT number FROM dossier"));
            assertEquals(Set.of(assigned), strings(connection, "SELECT dossier_number FROM dossier_text"));
        }
        try (Connection connection = connect(pessii)) {
            assertEquals(
                    all.size(),
                    strings(connection, "SELECT number FROM dossier").size());
        }
        try (Workspace everything = team.open(pessii)) {
            assertEquals(all.size(), everything.listDossiers().all().size());
        }
    }

    @Test
    void aLoginOfNoRoleSeesNoDossierAndTheAuditTrailRecordsTheLoginOfEachChange() throws SQLException {
        try (Connection admin = server.connect(team.database().database());
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE stranger_" + team.database().database() + " LOGIN PASSWORD '"
                    + TeamDatabase.PASSWORD + "'");
            statement.execute(
                    "GRANT ptce_correspondant TO stranger_" + team.database().database());
        }
        try (Connection connection = connect("stranger_" + team.database().database())) {
            assertEquals(Set.of(), strings(connection, "SELECT number FROM dossier"), "in a role but not of the team");
        }

        String number = numbersOf(region()).iterator().next();
        try (Workspace mine = team.open(correspondent)) {
            mine.scoreDossier().setScore(number, "V1", new BigDecimal("4"));
        }
        List<String> logins = new ArrayList<>();
        try (Connection admin = server.connect(team.database().database());
                Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT who, db_login FROM audit_entry WHERE dossier_number = '" + number + "'")) {
            while (rows.next()) {
                assertTrue(rows.getString(1).contains("Maëlle Kerjean"), rows.getString(1));
                logins.add(rows.getString(2));
            }
        }
        assertFalse(logins.isEmpty());
        assertEquals(Set.of(correspondent), new TreeSet<>(logins));
    }

    @Test
    void theTeamIsAServersBusinessAnH2WorkspaceRefusesItInFrench() {
        try (Workspace folder = Workspace.inMemory(Clock.systemUTC())) {
            StoreException refused =
                    assertThrows(StoreException.class, () -> folder.team().init());
            assertTrue(refused.getMessage().contains("espace partagé sur un serveur PostgreSQL"), refused.getMessage());
        }
    }
}
