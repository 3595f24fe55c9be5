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
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V016 rewrites the raw rows an older workbench stored as JSON; the dossiers read back are the same. */
class RawRowMigrationTest {

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
        try (Database database = Database.openFile(folder)) {
            database.inTransaction(store -> {
                store.dossiers().save(withSectionCell);
                return null;
            });
        }
        String json = new ObjectMapper()
                .writeValueAsString(cells.stream()
                        .map(c -> List.of(c.header(), c.value(), c.known()))
                        .toList());
        // the store as the workbench before V016 left it: JSON raw row, history ending at V015
        execute("UPDATE dossier_text SET raw_row = ?", json);
        execute("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) = 16");
        assertTrue(value("SELECT raw_row FROM dossier_text").startsWith("[["));
        // the later migrations (V017 and up) stay applied: Flyway brings the missing V016 in out of order, which the
        // opening's quick check of the latest version would not notice
        JdbcConnectionPool pool = pool();
        try {
            org.flywaydb.core.Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } finally {
            pool.dispose();
        }

        try (Database database = Database.openFile(folder)) {
            Dossier found = database.inTransaction(store -> store.dossiers().find("4871234"))
                    .orElseThrow();
            assertEquals(withSectionCell, found);
        }
        assertEquals(
                DossierFingerprint.of(withSectionCell),
                value("SELECT content_hash FROM dossier"),
                "re-imports compare the same fingerprint");
        String rewritten = value("SELECT raw_row FROM dossier_text");
        assertTrue(rewritten.startsWith("R2|"), rewritten);
        assertTrue(rewritten.length() < json.length() - text.length(), "the section is no longer repeated");
    }

    private JdbcConnectionPool pool() throws java.io.IOException {
        return JdbcConnectionPool.create(
                "jdbc:h2:file:" + folder.toRealPath().resolve("workspace") + ";TRACE_LEVEL_FILE=0", "sa", "");
    }

    private void execute(String sql, String... parameters) throws Exception {
        JdbcConnectionPool pool = pool();
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

    private String value(String sql) throws Exception {
        JdbcConnectionPool pool = pool();
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
