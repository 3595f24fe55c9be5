package fr.ptce.workbench.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Other people's changes to a team workspace as they are committed: the {@code ptce_change} triggers (V031) NOTIFY
 * « table TAB dossier TAB login » for every change to a shared row; this feed LISTENs on a connection of its own in a
 * background daemon thread, hands each change (with the login's name, read from {@code team_member}) to its consumer
 * on that thread, and reconnects after a lost connection (the server restarted, the network dropped), waiting 1 s,
 * then 2, 4… up to 30 s; it stops with the store. Changes made by this store's own login are not handed on, nor
 * changes to a dossier the login may not see. Nothing on H2: one user.
 */
public final class ChangeFeed implements AutoCloseable {

    /** The channel the triggers notify. */
    public static final String CHANNEL = "ptce_change";

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private static final int WAIT_MS = 500;
    private static final long MAX_BACKOFF_MS = 30_000;

    /** A committed change: the table, the dossier number (a setting's name, or empty), who made it. */
    public record Change(String table, String dossier, String login, String name) {}

    /** The announced tables whose payload is a dossier number, to check against row-level security. */
    private static final java.util.Set<String> KEYED_BY_DOSSIER =
            java.util.Set.of("region_avis", "review", "national_decision");

    private final Database database;
    private final Consumer<Change> consumer;
    private final Thread thread;
    private final Map<String, String> names = new HashMap<>();
    private volatile boolean closed;
    private volatile boolean listening;
    private Connection connection;
    private String ownLogin;

    private ChangeFeed(Database database, Consumer<Change> consumer) {
        this.database = database;
        this.consumer = consumer;
        this.thread = new Thread(this::run, "ptce-change-feed");
        this.thread.setDaemon(true);
    }

    /** Starts listening to the store's changes; empty on H2, where one user makes every change. */
    public static Optional<ChangeFeed> start(Database database, Consumer<Change> consumer) {
        if (database.engine() != StoreEngine.POSTGRESQL) {
            return Optional.empty();
        }
        ChangeFeed feed = new ChangeFeed(database, consumer);
        feed.thread.start();
        return Optional.of(feed);
    }

    /** Whether the feed is connected and listening now (false while it reconnects). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        long backoff = 1_000;
        while (!closed && !database.isClosed()) {
            try {
                if (connection == null) {
                    connect();
                    backoff = 1_000;
                }
                PGNotification[] received =
                        connection.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                if (received != null) {
                    for (PGNotification notification : received) {
                        parse(notification.getParameter()).ifPresent(this::hand);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.log(Level.INFO, "Change feed lost, reconnecting in " + backoff + " ms: " + e.getMessage());
                disconnect();
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
        disconnect();
    }

    private void connect() throws SQLException {
        connection = database.ownConnection();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
            try (ResultSet who = statement.executeQuery("SELECT session_user")) {
                ownLogin = who.next() ? who.getString(1) : null;
            }
        }
        listening = true;
    }

    private void hand(Change change) {
        if (change.login().equals(ownLogin) || !visible(change)) {
            return;
        }
        consumer.accept(new Change(change.table(), change.dossier(), change.login(), name(change.login())));
    }

    /**
     * Whether this login may see the changed dossier: a NOTIFY reaches every listener whatever row-level security
     * lets them read, so a change to a dossier the login cannot see (another region's) is not handed on, not even
     * its number. Asked through the policies, on the feed's connection.
     */
    private boolean visible(Change change) {
        if (!KEYED_BY_DOSSIER.contains(change.table()) || change.dossier().isEmpty()) {
            return true;
        }
        String sql = "SELECT EXISTS (SELECT 1 FROM dossier WHERE number=?) OR EXISTS (SELECT 1 FROM " + change.table()
                + " WHERE dossier_number=?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, change.dossier());
            query.setString(2, change.dossier());
            try (ResultSet found = query.executeQuery()) {
                return found.next() && found.getBoolean(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** The team member's name of a login (the login itself when it is not of the team, e.g. the owner). */
    private String name(String login) {
        return names.computeIfAbsent(login, l -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT name FROM team_member WHERE login=?")) {
                query.setString(1, l);
                try (ResultSet found = query.executeQuery()) {
                    return found.next() ? found.getString(1) : l;
                }
            } catch (SQLException e) {
                return l;
            }
        });
    }

    /** « table TAB dossier TAB login », as the trigger writes it; empty when malformed. */
    static Optional<Change> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\t", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(parts[0], parts[1], parts[2], parts[2]));
    }

    private void disconnect() {
        listening = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already gone
            }
            connection = null;
        }
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening and closes the feed's connection (within half a second). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
