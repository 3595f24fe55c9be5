package fr.ptce.workbench.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    private final JdbcConnectionPool pool =
            JdbcConnectionPool.create("jdbc:h2:mem:schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "", "");

    @AfterEach
    void close() throws SQLException {
        execute("SHUTDOWN");
        pool.dispose();
    }

    @Test
    void theLatestVersionIsTheLastMigrationOfTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int last = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertEquals(last, SchemaVersion.LATEST, "SchemaVersion.LATEST must follow the migrations");
        }
    }

    @Test
    void aNewStoreIsNotAtTheLatestVersionAMigratedOneIs() {
        assertFalse(SchemaVersion.isLatest(pool), "no history yet: Flyway must run");
        migrate();
        assertTrue(SchemaVersion.isLatest(pool));
    }

    @Test
    void aStoreMissingTheLastMigrationOrWithAFailedOrLaterOneIsNot() throws SQLException {
        migrate();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE CAST(\"version\" AS INT) = 3");
        assertFalse(SchemaVersion.isLatest(pool), "a failed migration: Flyway reports it");
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE CAST(\"version\" AS INT) = 3");
        execute("UPDATE \"flyway_schema_history\" SET \"version\" = '" + (SchemaVersion.LATEST + 1)
                + "' WHERE CAST(\"version\" AS INT) = " + SchemaVersion.LATEST);
        assertFalse(SchemaVersion.isLatest(pool), "a store from a newer workbench: Flyway refuses it");
        execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) > " + SchemaVersion.LATEST);
        assertFalse(SchemaVersion.isLatest(pool), "the last migration pending");
    }

    private void migrate() {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
