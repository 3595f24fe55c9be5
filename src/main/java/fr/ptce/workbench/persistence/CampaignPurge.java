package fr.ptce.workbench.persistence;

import fr.ptce.workbench.persistence.common.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Purges a campaign: deletes every dossier and everything recorded about them (imports, notes, reviews, avis,
 * overrides, history, national consolidation), keeping only what is not personal data of the campaign: the
 * workspace's id, the grids, the remembered column mappings and the user's own identity. Tables added later are
 * purged too unless listed here. The file is compacted on close so that deleted rows leave no trace in it.
 */
public final class CampaignPurge {

    /** Tables kept by a purge (H2 names). */
    static final Set<String> KEPT = Set.of("WORKSPACE", "GRID", "COLUMN_MAPPING", "WORKSPACE_USER");

    private CampaignPurge() {}

    /** Deletes the campaign's data in one transaction and returns the number of dossiers deleted. */
    public static int purge(Database database) {
        int dossiers = database.withDsl(dsl -> {
            int count = dsl.fetchCount(dsl.selectFrom("DOSSIER"));
            List<String> left = new ArrayList<>(StoreDigest.tables(dsl));
            left.removeIf(table -> KEPT.contains(table.toUpperCase(java.util.Locale.ROOT)));
            // children before parents: a table still referenced fails this pass and is retried in the next
            while (!left.isEmpty()) {
                List<String> failed = new ArrayList<>();
                for (String table : left) {
                    if (!tryDelete(dsl, table)) {
                        failed.add(table);
                    }
                }
                if (failed.size() == left.size()) {
                    throw new StoreException("Purge impossible\u00a0: tables liées entre elles " + failed, null);
                }
                left = failed;
            }
            return count;
        });
        database.compactOnClose();
        return dossiers;
    }

    /**
     * Deletes a table's rows inside a savepoint: PostgreSQL aborts the whole transaction on a failed statement
     * unless it is rolled back to a savepoint (H2 only undoes the statement; the savepoint costs nothing there).
     */
    private static boolean tryDelete(DSLContext dsl, String table) {
        return dsl.connectionResult(connection -> {
            java.sql.Savepoint savepoint = connection.setSavepoint();
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM \"" + table + "\"");
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (java.sql.SQLException e) {
                connection.rollback(savepoint);
                return false;
            }
        });
    }
}
