package fr.ptce.workbench.persistence.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierFingerprint;
import fr.ptce.workbench.domain.dossier.RawCell;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.TestDossiers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V016 rewrites the raw rows an older workbench stored as JSON; the dossiers read back are the same. The old store
 * is made as that workbench left it: migrated up to V015 only (whatever later versions add), then given the rows
 * today's code writes, restricted to the columns V015 has, with the raw row in JSON.
 */
class RawRowMigrationTest {

    private static final String[] LOCATIONS = {"classpath:db/migration/common", "classpath:db/migration/h2"};

    @TempDir
    Path folder;

    @Test
    void aStoreWrittenBeforeV016IsRewrittenAndReadsBackTheSameDossiers() throws Exception {
        Dossier dossier = TestDossiers.full("4871234");
        List<RawCell> cells = new ArrayList<>(dossier.raw());
        // what a 2021 export holds for a section: HTML-escaped, CRLF line breaks
        String text = dossier.sections().text(Section.S1);
        cells.add(new RawCell("Description", text.replace("\n", "\r\n") + " R&amp;D", true));
        Dossier withSectionCell = dossier.withRaw(cells);
        Path today = folder.resolve("today");
        try (Database database = Database.openFile(today)) {
            database.inTransaction(store -> {
                store.dossiers().save(withSectionCell);
                return null;
            });
        }
        Path old = folder.resolve("old");
        JdbcConnectionPool oldPool = pool(old);
        try {
            Flyway.configure()
                    .dataSource(oldPool)
                    .locations(LOCATIONS)
                    .target("15")
                    .load()
                    .migrate();
        } finally {
            oldPool.dispose();
        }
        copyRows(today, old);
        String json = new ObjectMapper()
                .writeValueAsString(cells.stream()
                        .map(c -> List.of(c.header(), c.value(), c.known()))
                        .toList());
        execute(old, "UPDATE dossier_text SET raw_row = ?", json);
        assertTrue(value(old, "SELECT raw_row FROM dossier_text").startsWith("[["));
        assertEquals("15", value(old, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""));

        try (Database database = Database.openFile(old)) {
            Dossier found = database.inTransaction(store -> store.dossiers().find("4871234"))
                    .orElseThrow();
            assertEquals(withSectionCell, found);
        }
        assertEquals(
                DossierFingerprint.of(withSectionCell),
                value(old, "SELECT content_hash FROM dossier"),
                "re-imports compare the same fingerprint");
        String rewritten = value(old, "SELECT raw_row FROM dossier_text");
        assertTrue(rewritten.startsWith("R2|"), rewritten);
        assertTrue(rewritten.length() < json.length() - text.length(), "the section is no longer repeated");
    }

    /** Copies every row of the tables both stores have, in the columns the older store has. */
    private static void copyRows(Path from, Path to) throws Exception {
        JdbcConnectionPool source = pool(from);
        JdbcConnectionPool target = pool(to);
        try (Connection in = source.getConnection();
                Connection out = target.getConnection();
                Statement off = out.createStatement()) {
            off.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : tables(out)) {
                Set<String> columns = columns(out, table);
                columns.retainAll(columns(in, table));
                if (columns.isEmpty()) {
                    continue;
                }
                String list = columns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
                String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
                try (Statement read = in.createStatement();
                        ResultSet rows = read.executeQuery("SELECT " + list + " FROM \"" + table + "\"");
                        PreparedStatement write = out.prepareStatement(
                                "INSERT INTO \"" + table + "\" (" + list + ") VALUES (" + marks + ")")) {
                    while (rows.next()) {
                        for (int i = 1; i <= columns.size(); i++) {
                            write.setObject(i, rows.getObject(i));
                        }
                        write.executeUpdate();
                    }
                }
            }
            off.execute("SET REFERENTIAL_INTEGRITY TRUE");
            off.execute("SHUTDOWN");
        } finally {
            source.dispose();
            target.dispose();
        }
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"
                        + " AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Set<String> columns(Connection connection, String table) throws Exception {
        Set<String> columns = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT COLUMN_NAME FROM"
                + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?"
                + " ORDER BY ORDINAL_POSITION")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static JdbcConnectionPool pool(Path store) throws java.io.IOException {
        java.nio.file.Files.createDirectories(store);
        return JdbcConnectionPool.create(
                "jdbc:h2:file:" + store.toRealPath().resolve("workspace") + ";TRACE_LEVEL_FILE=0", "sa", "");
    }

    private static void execute(Path store, String sql, String... parameters) throws Exception {
        JdbcConnectionPool pool = pool(store);
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        } finally {
            pool.dispose();
        }
    }

    private static String value(Path store, String sql) throws Exception {
        JdbcConnectionPool pool = pool(store);
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            String raw = row.getString(1);
            statement.execute("SHUTDOWN");
            return raw;
        } finally {
            pool.dispose();
        }
    }
}
