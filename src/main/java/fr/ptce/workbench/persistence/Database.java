package fr.ptce.workbench.persistence;

import static fr.ptce.workbench.domain.CallTime.PARIS;
import static fr.ptce.workbench.persistence.generated.Tables.WORKSPACE;

import fr.ptce.workbench.persistence.common.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A workspace's store, migrated to the current schema and the only way to reach the repositories, always inside one
 * transaction: either the H2 database of one workspace folder, locked against a second instance, or a team
 * workspace's PostgreSQL database, shared by design ({@link StoreEngine}).
 */
public final class Database implements AutoCloseable {

    private static final String FILE_NAME = WorkspaceEncryption.FILE_NAME;
    private static final int MAX_CONNECTIONS = 4;
    /** A file over 4 MB that is less than half used is compacted at close. */
    private static final long COMPACT_ABOVE_BYTES = 4L << 20;

    private static final int COMPACT_BELOW_FILL_RATE = 50;
    /**
     * The application closes the database itself; WRITE_DELAY=0 writes every commit to the file before the
     * commit returns, so an acknowledged save survives a killed process (H2 otherwise waits up to 500 ms).
     * REUSE_SPACE=FALSE appends every commit to the end of the file instead of writing it over the space of chunks
     * that older commits no longer use: with reuse, a workspace reopened after a SIGKILL was sometimes rolled back
     * by a few acknowledged commits (CrashTest, H2 2.5.252); the space is given back by the compaction at close.
     * COMPRESS=TRUE compresses the store's pages (LZF): the texts of 5,000 dossiers take a third of the disk.
     * TRACE_LEVEL_FILE=0: no {@code .trace.db} file, which would grow at every close and could hold SQL values.
     */
    private static final String FILE_OPTIONS =
            ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE;COMPRESS=TRUE;TRACE_LEVEL_FILE=0";

    /** Workspaces open in this JVM: H2 would silently share them, the workbench refuses instead. */
    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

    static {
        // jOOQ prints a banner and tips at first use unless told not to; users see only our messages
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final StoreEngine engine;
    private final JdbcConnectionPool pool;
    /** PostgreSQL only: the server's data source, for {@link #ownConnection()}; null on H2. */
    private org.postgresql.ds.common.BaseDataSource server;
    /** H2 only: the connection held open until close; null on PostgreSQL. */
    private final Connection keeper;

    private final DSLContext dsl;
    private final Path openFolder;
    private final String workspaceId;
    private final ThreadLocal<Boolean> inTransaction = new ThreadLocal<>();
    private volatile boolean closed;
    private volatile boolean compactOnClose;

    /** SHA-256 of the JDBC password the store was opened with, to check a password again without keeping it. */
    private final byte[] passwordDigest;

    private Database(StoreEngine engine, JdbcConnectionPool pool, Connection keeper, Path openFolder, String password) {
        this.engine = engine;
        this.passwordDigest = digest(password);
        this.pool = pool;
        this.keeper = keeper;
        this.openFolder = openFolder;
        this.dsl = DSL.using(
                pool,
                engine.dialect(),
                new Settings()
                        .withExecuteLogging(false)
                        // unquoted names fold to the case each database expects (upper in H2, lower in PostgreSQL)
                        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
        this.workspaceId = readOrCreateWorkspaceId();
    }

    /**
     * Opens (creating if needed) the workspace in a folder, migrating it to the current schema.
     *
     * @throws WorkspaceLockedException when another process or another window already has it open
     */
    public static Database openFile(Path workspaceFolder) {
        return openFile(workspaceFolder, null);
    }

    /**
     * Opens (creating if needed) the workspace in a folder with its password: a new workspace opened with a password
     * is created encrypted (AES); {@code password} is null for a workspace that is not encrypted.
     *
     * @throws WorkspaceLockedException when another process or another window already has it open
     * @throws WorkspacePasswordException when the password is missing, wrong, or given for a plain workspace
     */
    public static Database openFile(Path workspaceFolder, char[] password) {
        Path shown = workspaceFolder.toAbsolutePath().normalize();
        if (shown.toString().indexOf(';') >= 0) {
            throw new IllegalArgumentException(
                    "Le chemin d'un espace de travail ne peut pas contenir de «\u00a0;\u00a0»\u00a0: " + shown);
        }
        Path key = createFolder(shown);
        if (!OPEN_FOLDERS.add(key)) {
            throw new WorkspaceLockedException(shown, null);
        }
        try {
            H2Opening.checkPassword(key, shown, password);
            String cipher = password == null ? "" : ";CIPHER=AES";
            String jdbcPassword = password == null ? "" : WorkspaceEncryption.jdbcPassword(password);
            if (!WorkspaceEncryption.exists(key)) {
                FreshStore.create(
                        key,
                        FILE_NAME,
                        FILE_OPTIONS + cipher,
                        jdbcPassword,
                        pool -> migrate(pool, shown, StoreEngine.H2));
            }
            String url = "jdbc:h2:file:" + key.resolve(FILE_NAME) + FILE_OPTIONS + cipher;
            return open(url, jdbcPassword, shown, key);
        } catch (RuntimeException | Error e) {
            OPEN_FOLDERS.remove(key);
            throw e;
        }
    }

    /** Opens a fresh, empty, migrated in-memory store that disappears on close; for tests and demos. */
    public static Database openInMemory() {
        return open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", null, null);
    }

    /**
     * Opens a team workspace on a PostgreSQL server, migrating its database (which must exist: {@code createdb})
     * to the current schema. Several workbenches share it at once; the password is used for this connection only.
     *
     * @throws WorkspacePasswordException when the server refuses the login or its password
     * @throws StoreException when the server cannot be reached or the database does not exist
     */
    public static Database openPostgres(ServerDatabase address, String login, char[] password) {
        Objects.requireNonNull(login, "login");
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(address.jdbcUrl());
        source.setUser(login);
        String jdbcPassword = password == null ? "" : new String(password);
        if (password != null) {
            source.setPassword(jdbcPassword);
        }
        // one name per opened store: the change feed skips this workbench's own changes, not its login's (the same
        // login on another machine is told of them)
        source.setApplicationName("Atelier PTCE " + UUID.randomUUID().toString().substring(0, 13));
        // the imports write in JDBC batches: one multi-row INSERT per batch instead of one round trip per row
        source.setReWriteBatchedInserts(true);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            try (Connection first = pool.getConnection()) {
                first.isValid(5);
            } catch (SQLException e) {
                throw PostgresErrors.opening(address, login, password != null, e);
            }
            migrate(pool, address, StoreEngine.POSTGRESQL);
            Database opened = new Database(StoreEngine.POSTGRESQL, pool, null, null, jdbcPassword);
            opened.server = source;
            return opened;
        } catch (RuntimeException | Error e) {
            pool.dispose();
            throw e;
        }
    }

    /**
     * A connection of its own to the PostgreSQL server, outside the pool, with the store's login (for {@link
     * ChangeFeed}'s LISTEN, which holds it); null on H2.
     */
    Connection ownConnection() throws SQLException {
        return server == null ? null : server.getConnection();
    }

    /** Whether {@link #close()} was called. */
    boolean isClosed() {
        return closed;
    }

    /** The engine this store runs on. */
    public StoreEngine engine() {
        return engine;
    }

    private static Database open(String url, String password, Path shown, Path key) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
        pool.setMaxConnections(MAX_CONNECTIONS);
        Connection keeper = null;
        try {
            // held until close: keeps the database and its file lock open whatever the pool does
            keeper = H2Opening.firstConnection(pool, shown);
            migrate(pool, shown, StoreEngine.H2);
            return new Database(StoreEngine.H2, pool, keeper, key, password);
        } catch (RuntimeException | Error e) {
            closeQuietly(keeper);
            pool.dispose();
            throw e;
        }
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Impossible de créer le dossier de l'espace de travail «\u00a0" + folder + "\u00a0»\u00a0: "
                            + e.getMessage(),
                    e);
        }
    }

    private static void migrate(JdbcConnectionPool pool, Object shown, StoreEngine engine) {
        if (SchemaVersion.isLatest(pool)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(engine.migrationLocations())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "Impossible de mettre à jour l'espace de travail «\u00a0" + shown + "\u00a0»\u00a0: "
                            + e.getMessage(),
                    e);
        }
    }

    private String readOrCreateWorkspaceId() {
        return run(dsl -> {
            String id = dsl.select(WORKSPACE.ID)
                    .from(WORKSPACE)
                    .orderBy(WORKSPACE.CREATED_AT)
                    .limit(1)
                    .fetchOne(WORKSPACE.ID);
            if (id == null) {
                id = UUID.randomUUID().toString();
                dsl.insertInto(WORKSPACE, WORKSPACE.ID, WORKSPACE.CREATED_AT)
                        .values(id, OffsetDateTime.now(PARIS))
                        .execute();
            }
            return id;
        });
    }

    /**
     * Runs one unit of work in one transaction: committed when the work returns, rolled back when it throws, in
     * which case its exception is rethrown as it was. Not reentrant: a use case opens one transaction.
     *
     * @throws StoreException when the store itself fails
     */
    public <T> T inTransaction(Function<Repositories, T> work) {
        Objects.requireNonNull(work, "work");
        return run(dsl -> work.apply(new Repositories(dsl)));
    }

    /** Runs work on the store itself (backup, digest, purge), in one transaction; for this package only. */
    <T> T withDsl(Function<DSLContext, T> work) {
        return run(work);
    }

    /**
     * Asks {@link #close()} to compact the H2 file, so that deleted rows leave no trace in its free pages. On
     * PostgreSQL the server's (auto)vacuum gives the space back: nothing to do here.
     */
    void compactOnClose() {
        compactOnClose = engine == StoreEngine.H2;
    }

    private <T> T run(Function<DSLContext, T> work) {
        if (closed) {
            throw new IllegalStateException("The workspace store is closed");
        }
        if (inTransaction.get() != null) {
            throw new IllegalStateException("A transaction is already running on this thread");
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (DataAccessException e) {
            throw new StoreException("Erreur de l'espace de travail\u00a0: " + e.getMessage(), e);
        } finally {
            inTransaction.remove();
        }
    }

    /** The workspace's stable identifier, created at its first opening; exports carry it. */
    public String workspaceId() {
        return workspaceId;
    }

    /**
     * Whether this password is the one the store was opened with (null: opened without one); compared through a
     * digest of the file key in constant time, the password itself never being kept.
     */
    public boolean passwordMatches(char[] password) {
        String candidate = password == null ? "" : WorkspaceEncryption.jdbcPassword(password);
        return java.security.MessageDigest.isEqual(passwordDigest, digest(candidate));
    }

    private static byte[] digest(String password) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Closes the store and releases the workspace for another instance; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (keeper == null) {
            // PostgreSQL: the server stays up for the team, only this workbench's connections go
            pool.dispose();
            return;
        }
        try {
            pool.dispose();
            try (Statement statement = keeper.createStatement()) {
                // closes the database now even if a connection leaked, releasing the file lock
                statement.execute(compactOnClose || mostlyDead(statement) ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new StoreException("Fermeture de l'espace de travail incomplète\u00a0: " + e.getMessage(), e);
        } finally {
            closeQuietly(keeper);
            if (openFolder != null) {
                OPEN_FOLDERS.remove(openFolder);
            }
        }
    }

    /**
     * Whether most of the file is space that no commit uses any more: with REUSE_SPACE=FALSE every commit grows the
     * file, and {@code SHUTDOWN COMPACT} gives the space back (a 19 MB file of 2,000 small commits becomes 16 kB in
     * under 0.2 s). Small files are left as they are.
     */
    private static boolean mostlyDead(Statement statement) throws SQLException {
        long fileSize = 0;
        int fillRate = 100;
        try (ResultSet info =
                statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (info.next()) {
                long value = Long.parseLong(info.getString(2).strip());
                if (info.getString(1).equals("info.FILE_SIZE")) {
                    fileSize = value;
                } else {
                    fillRate = (int) value;
                }
            }
        }
        return fileSize > COMPACT_ABOVE_BYTES && fillRate < COMPACT_BELOW_FILL_RATE;
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // the database is going away anyway; nothing left to release
        }
    }
}
