package fr.ptce.workbench.bench;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * T2 of issue 20: 8 team members, each with their own login and workspace connection, make 500 score changes at
 * once on a 5,000-dossier PostgreSQL workspace; the p95 of one change, and the changes lost (a member's last value
 * for a dossier's criterion that the database does not hold at the end).
 */
final class TeamBench {

    static final int CLIENTS = 8;
    static final int CHANGES = 500;
    private static final String PASSWORD = "banc-equipe";
    private static final String REGION = "Bretagne";

    /** What one member did: the time of each change and the last value of each (dossier, criterion). */
    private record Client(String email, List<Double> times, Map<String, BigDecimal> last) {}

    /** Runs the clients on a database already holding the dossiers; its team is prepared here. */
    Result concurrentScores(String database) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        PostgresAddress address = PostgresAddress.parse(server.address(database).shown());
        List<String> logins = new ArrayList<>();
        try (Workspace admin = Workspace.openShared(
                address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray())) {
            admin.team().init();
            for (int i = 0; i < CLIENTS; i++) {
                String login = "banc_" + i + "_" + database;
                admin.team()
                        .addUser(
                                login,
                                "Membre " + i,
                                "membre" + i + "@example.org",
                                ReviewerRole.CORRESPONDENT,
                                REGION,
                                PASSWORD.toCharArray());
                logins.add(login);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Client>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int seed = i;
                String login = logins.get(i);
                Callable<Client> client = () -> run(address, login, "membre" + seed + "@example.org", seed);
                running.add(pool.submit(client));
            }
            List<Client> clients = new ArrayList<>();
            for (Future<Client> future : running) {
                clients.add(future.get());
            }
            List<Double> times = new ArrayList<>();
            int lost = 0;
            int changes = 0;
            Map<String, Map<String, BigDecimal>> stored = stored(server, database);
            for (Client client : clients) {
                times.addAll(client.times());
                changes += client.times().size();
                Map<String, BigDecimal> held = stored.getOrDefault(client.email(), Map.of());
                for (Map.Entry<String, BigDecimal> e : client.last().entrySet()) {
                    BigDecimal value = held.get(e.getKey());
                    if (value == null || value.compareTo(e.getValue()) != 0) {
                        lost++;
                    }
                }
            }
            return new Result(
                    "T2",
                    CLIENTS + " members × " + CHANGES + " score changes at once, PostgreSQL, 5,000 dossiers",
                    Stats.percentile(times, 95),
                    Double.NaN,
                    20,
                    "ms p95",
                    String.format(
                            Locale.ROOT,
                            "median %.2f ms, %d changes, %d lost (goal 0)",
                            Stats.median(times),
                            changes,
                            lost));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Client run(PostgresAddress address, String login, String email, int seed) {
        try (Workspace workspace = Workspace.openShared(address, login, PASSWORD.toCharArray())) {
            ScoreChanges changes = ScoreChanges.make(workspace, seed, CHANGES);
            return new Client(email, changes.times(), changes.last());
        }
    }

    /** Every review's scores as the database holds them, by reviewer e-mail then "number/criterion". */
    private static Map<String, Map<String, BigDecimal>> stored(EmbeddedPostgresServer server, String database)
            throws SQLException {
        Map<String, Map<String, BigDecimal>> stored = new HashMap<>();
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT r.reviewer_email, r.dossier_number, s.criterion,"
                        + " s.score_value FROM review r JOIN review_score s ON s.review_id = r.id")) {
            while (rows.next()) {
                stored.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                        .put(rows.getString(2) + "/" + rows.getString(3), rows.getBigDecimal(4));
            }
        }
        return stored;
    }
}
