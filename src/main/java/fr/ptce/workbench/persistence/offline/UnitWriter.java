package fr.ptce.workbench.persistence.offline;

import static fr.ptce.workbench.persistence.generated.Tables.GRID;
import static fr.ptce.workbench.persistence.generated.Tables.REGION_AVIS;
import static fr.ptce.workbench.persistence.generated.Tables.REGION_AVIS_SCORE;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_BLOCK_COMMENT;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_ELIGIBILITY;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_SCORE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Writes a unit of the laptop over the server's: the parent row updated in place (its server id kept, a region
 * avis's row_version increased past the server's), the children replaced; a unit the laptop deleted is deleted.
 */
final class UnitWriter {

    private UnitWriter() {}

    static void review(DSLContext local, DSLContext server, SharedUnit unit) {
        Record mine = local.selectFrom(REVIEW).where(SharedUnits.reviewOf(unit)).fetchOne();
        Long serverId = server.select(REVIEW.ID)
                .from(REVIEW)
                .where(SharedUnits.reviewOf(unit))
                .fetchOne(REVIEW.ID);
        if (serverId != null) {
            server.deleteFrom(REVIEW_SCORE)
                    .where(REVIEW_SCORE.REVIEW_ID.eq(serverId))
                    .execute();
            server.deleteFrom(REVIEW_ELIGIBILITY)
                    .where(REVIEW_ELIGIBILITY.REVIEW_ID.eq(serverId))
                    .execute();
        }
        server.deleteFrom(REVIEW_BLOCK_COMMENT)
                .where(SharedUnits.blockCommentsOf(unit))
                .execute();
        if (mine == null) {
            if (serverId != null) {
                server.deleteFrom(REVIEW).where(REVIEW.ID.eq(serverId)).execute();
            }
            return;
        }
        gridOf(local, server, mine.get(REVIEW.GRID_ID), mine.get(REVIEW.GRID_VERSION));
        Map<Field<?>, Object> values = values(mine, Set.of(REVIEW.ID));
        if (serverId == null) {
            serverId = server.insertInto(REVIEW)
                    .set(values)
                    .returningResult(REVIEW.ID)
                    .fetchOne(REVIEW.ID);
        } else {
            server.update(REVIEW).set(values).where(REVIEW.ID.eq(serverId)).execute();
        }
        Long localId = mine.get(REVIEW.ID);
        children(local, server, REVIEW_SCORE, REVIEW_SCORE.REVIEW_ID, localId, serverId);
        children(local, server, REVIEW_ELIGIBILITY, REVIEW_ELIGIBILITY.REVIEW_ID, localId, serverId);
        for (Record comment : local.selectFrom(REVIEW_BLOCK_COMMENT)
                .where(SharedUnits.blockCommentsOf(unit))
                .fetch()) {
            server.insertInto(REVIEW_BLOCK_COMMENT)
                    .set(values(comment, Set.of()))
                    .execute();
        }
    }

    private static <R extends Record> void children(
            DSLContext local, DSLContext server, Table<R> table, TableField<R, Long> parent, Long from, Long to) {
        for (R child : local.selectFrom(table).where(parent.eq(from)).fetch()) {
            Map<Field<?>, Object> values = values(child, Set.of(parent));
            values.put(parent, to);
            server.insertInto(table).set(values).execute();
        }
    }

    static void avis(DSLContext local, DSLContext server, SharedUnit unit) {
        Record mine = local.selectFrom(REGION_AVIS)
                .where(REGION_AVIS.DOSSIER_NUMBER.eq(unit.dossier()))
                .fetchOne();
        Long serverVersion = server.select(REGION_AVIS.ROW_VERSION)
                .from(REGION_AVIS)
                .where(REGION_AVIS.DOSSIER_NUMBER.eq(unit.dossier()))
                .fetchOne(REGION_AVIS.ROW_VERSION);
        server.deleteFrom(REGION_AVIS_SCORE)
                .where(REGION_AVIS_SCORE.DOSSIER_NUMBER.eq(unit.dossier()))
                .execute();
        if (mine == null) {
            server.deleteFrom(REGION_AVIS)
                    .where(REGION_AVIS.DOSSIER_NUMBER.eq(unit.dossier()))
                    .execute();
            return;
        }
        Map<Field<?>, Object> values = values(mine, Set.of(REGION_AVIS.DOSSIER_NUMBER, REGION_AVIS.ROW_VERSION));
        if (serverVersion == null) {
            values.put(REGION_AVIS.DOSSIER_NUMBER, unit.dossier());
            values.put(REGION_AVIS.ROW_VERSION, 1L);
            server.insertInto(REGION_AVIS).set(values).execute();
        } else {
            // the live windows' optimistic check sees the laptop's save as a newer change
            values.put(REGION_AVIS.ROW_VERSION, serverVersion + 1);
            server.update(REGION_AVIS)
                    .set(values)
                    .where(REGION_AVIS.DOSSIER_NUMBER.eq(unit.dossier()))
                    .execute();
        }
        for (Record score : local.selectFrom(REGION_AVIS_SCORE)
                .where(REGION_AVIS_SCORE.DOSSIER_NUMBER.eq(unit.dossier()))
                .fetch()) {
            server.insertInto(REGION_AVIS_SCORE).set(values(score, Set.of())).execute();
        }
    }

    /** A one-row unit keyed by its dossier: deleted, then the laptop's row inserted. */
    static <R extends Record> void replace(
            DSLContext local, DSLContext server, Table<R> table, TableField<R, String> dossier, SharedUnit unit) {
        server.deleteFrom(table).where(dossier.eq(unit.dossier())).execute();
        for (R row : local.selectFrom(table).where(dossier.eq(unit.dossier())).fetch()) {
            server.insertInto(table).set(values(row, Set.of())).execute();
        }
    }

    /**
     * The review's grid, sent when the server has none of that id and version: the laptop stores the grid at the
     * first score made offline when the server had no score yet (a grid row, once stored, is never changed by a
     * check-in).
     */
    private static void gridOf(DSLContext local, DSLContext server, String id, Integer version) {
        org.jooq.Condition key = GRID.ID.eq(id).and(GRID.VERSION.eq(version));
        if (server.fetchExists(GRID, key)) {
            return;
        }
        Record grid = local.selectFrom(GRID).where(key).fetchOne();
        if (grid != null) {
            server.insertInto(GRID)
                    .set(values(grid, Set.of()))
                    .onConflictDoNothing()
                    .execute();
        }
    }

    private static Map<Field<?>, Object> values(Record row, Set<Field<?>> skipped) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        for (Field<?> field : row.fields()) {
            if (!skipped.contains(field)) {
                values.put(field, row.get(field));
            }
        }
        return values;
    }
}
