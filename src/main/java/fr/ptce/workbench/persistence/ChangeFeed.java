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
 * Other people's changes to a team workspace as they are committed: the {@code ptce_change} triggers (V031, V034)
 * write each change to a shared row into {@code change_log} (table, dossier number or setting name, login, the
 * workbench that made it) and NOTIFY only that row's id; this feed LISTENs on a connection of its own in a
 * background daemon thread, reads each announced row through row-level security — a change to a dossier the login
 * may not see yields no row, so not even its number reaches this process — and hands it (with the login's name, read
 * from {@code team_member}) to its consumer on that thread. It reconnects after a lost connection (the server
 * restarted, the network dropped), waiting 1 s, then 2, 4… up to 30 s; it stops with the store. Changes made by
 * this workbench (its {@code application_name}, one per opened store) are not handed on; the same login's changes
 * from another machine are. Nothing on H2: one user.
 */
public final class ChangeFeed implements AutoCloseable {

    /** The channel the triggers notify. */
    public static final String CHANNEL = "ptce_change";

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private static final int WAIT_MS = 500;
    private static final long MAX_BACKOFF_MS = 30_000;

    /** A committed change: the table, the dossier number (a setting's name, or empty), who made it. */
    public record Change(String table, String dossier, String login, String name) {}

    private final Database database;
    private final Consumer<Change> consumer;
    private final Thread thread;
    private final Map<String, String> names = new HashMap<>();
    private volatile boolean closed;
    private volatile boolean listening;
    private Connection connection;
    private String ownClient;

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
                        read(notification.getParameter()).ifPresent(this::hand);
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
            try (ResultSet who = statement.executeQuery("SELECT current_setting('application_name')")) {
                ownClient = who.next() ? who.getString(1) : null;
            }
        }
        listening = true;
    }

    private void hand(Logged change) {
        if (change.client().equals(ownClient)) {
            return;
        }
        consumer.accept(new Change(change.table(), change.subject(), change.login(), name(change.login())));
    }

    /** An announced change as read from {@code change_log}, with the workbench that made it. */
    private record Logged(String table, String subject, String login, String client) {}

    /**
     * The announced row, read through row-level security on the feed's connection: empty when the login may not
     * see it (another region's dossier), or when the payload is not an id.
     */
    private Optional<Logged> read(String payload) throws SQLException {
        long id;
        try {
            id = Long.parseLong(payload == null ? "" : payload.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try (PreparedStatement query =
                connection.prepareStatement("SELECT table_name, subject, login, client FROM change_log WHERE id=?")) {
            query.setLong(1, id);
            try (ResultSet found = query.executeQuery()) {
                return found.next()
                        ? Optional.of(new Logged(
                                found.getString(1), found.getString(2), found.getString(3), found.getString(4)))
                        : Optional.empty();
            }
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
