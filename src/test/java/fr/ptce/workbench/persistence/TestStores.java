package fr.ptce.workbench.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The store factory of the tests that touch the store: each such test class is a {@code @ParameterizedClass} over
 * {@link Engines} (H2 and PostgreSQL) and opens its stores here, so that every one of its tests runs on both
 * engines. An H2 store is a fresh in-memory database; a PostgreSQL store is a fresh database of the JVM's
 * {@link EmbeddedPostgresServer}, copied from a template migrated once (as fast as a few milliseconds of disk copy,
 * instead of 14 migrations per test). Databases of closed stores are dropped at the next creation.
 *
 * <p>{@code -Dptce.storeEngines=H2} (or {@code POSTGRESQL}) runs one engine only, for a quick local run.
 */
public final class TestStores {

    private static final String TEMPLATE = "ptce_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Deque<String> TO_DROP = new ArrayDeque<>();
    private static boolean templateReady;

    private TestStores() {}

    /** The engines of a store test: both, unless {@code ptce.storeEngines} names some. */
    public static final class Engines implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(
                ParameterDeclarations parameters, ExtensionContext context) {
            return selected().stream().map(Arguments::of);
        }
    }

    static java.util.List<StoreEngine> selected() {
        String chosen = System.getProperty("ptce.storeEngines", "").strip();
        if (chosen.isEmpty()) {
            return Arrays.asList(StoreEngine.values());
        }
        return Arrays.stream(chosen.split(","))
                .map(name -> StoreEngine.valueOf(name.strip().toUpperCase(Locale.ROOT)))
                .toList();
    }

    /** Direct SQL on a test's store, for what no repository offers (to check or to alter a column by hand). */
    public static <T> T withDsl(Database database, java.util.function.Function<org.jooq.DSLContext, T> work) {
        return database.withDsl(work);
    }

    /** A fresh, empty, migrated store on this engine. */
    public static Database open(StoreEngine engine) {
        return switch (engine) {
            case H2 -> Database.openInMemory();
            case POSTGRESQL ->
                Database.openPostgres(
                        freshDatabase(),
                        EmbeddedPostgresServer.shared().superuser(),
                        EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray());
        };
    }

    /** The address of a fresh, empty, migrated PostgreSQL database on the JVM's embedded server. */
    public static synchronized ServerDatabase freshDatabase() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        try (Connection admin = server.connect("postgres");
                Statement statement = admin.createStatement()) {
            if (!templateReady) {
                statement.execute("CREATE DATABASE " + TEMPLATE);
                Database.openPostgres(
                                server.address(TEMPLATE),
                                server.superuser(),
                                EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray())
                        .close();
                templateReady = true;
            }
            dropClosed(statement);
            String name = "ptce_test_" + NEXT.incrementAndGet();
            statement.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
            TO_DROP.add(name);
            return server.address(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Drops the test databases no one is connected to any more; those still in use wait for a later call. */
    private static void dropClosed(Statement statement) {
        for (int i = TO_DROP.size(); i > 0; i--) {
            String name = TO_DROP.poll();
            try {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                TO_DROP.add(name);
            }
        }
    }
}
