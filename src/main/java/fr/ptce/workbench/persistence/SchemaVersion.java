package fr.ptce.workbench.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The version of the store's schema. Opening a workspace that already has the latest one, the common case, is
 * checked with one query instead of starting Flyway (about 390 classes loaded and a scan of the class path, paid
 * by every opening of a workspace: the window's, and every re-import's in the benchmark of issue 8).
 */
final class SchemaVersion {

    /** The last migration in {@code db/migration} (a test checks it against the folder). */
    static final int LATEST = 35;

    private SchemaVersion() {}

    /**
     * Whether every migration up to {@link #LATEST} succeeded and none came after it; false when the history is
     * missing (a new store) or cannot be read, so that Flyway then decides and reports.
     */
    static boolean isLatest(DataSource source) {
        String sql = "SELECT COUNT(*) FILTER (WHERE \"success\" AND CAST(\"version\" AS INT) = " + LATEST + "),"
                + " COUNT(*) FILTER (WHERE NOT \"success\" OR CAST(\"version\" AS INT) > " + LATEST + ")"
                + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL";
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() && result.getInt(1) == 1 && result.getInt(2) == 0;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
