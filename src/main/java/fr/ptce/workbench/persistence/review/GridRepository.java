package fr.ptce.workbench.persistence.review;

import static fr.ptce.workbench.persistence.generated.Tables.GRID;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_SCORE;

import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridFrozenException;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.generated.tables.records.GridRecord;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** The grid versions of the workspace; a version that scores use is frozen and can no longer change. */
public final class GridRepository {

    private final DSLContext dsl;

    public GridRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores a grid version: inserted when new, left alone when unchanged, rewritten while no score uses it.
     *
     * @throws GridFrozenException when the version is frozen and the content differs
     */
    public void save(Grid grid) {
        Optional<Grid> stored = find(grid.id(), grid.version());
        if (stored.isEmpty()) {
            try {
                dsl.insertInto(GRID)
                        .set(GRID.ID, grid.id())
                        .set(GRID.VERSION, grid.version())
                        .set(GRID.NAME, grid.name())
                        .set(GRID.DEFINITION, GridCodec.encode(grid))
                        .set(GRID.FROZEN, false)
                        // two workbenches scoring their first dossiers at once both store the call's grid: one insert
                        // wins, the other finds it there (same id and version, same content)
                        .onConflictDoNothing()
                        .execute();
            } catch (IntegrityConstraintViolationException insertedMeanwhile) {
                // H2 emulates ON CONFLICT with a MERGE that a concurrent insert can still beat; its failed statement
                // leaves the transaction usable
            }
            return;
        }
        if (stored.get().sameContentAs(grid)) {
            return;
        }
        if (isFrozen(grid.id(), grid.version())) {
            throw new GridFrozenException(grid.id(), grid.version());
        }
        dsl.update(GRID)
                .set(GRID.NAME, grid.name())
                .set(GRID.DEFINITION, GridCodec.encode(grid))
                .set(GRID.ROW_VERSION, GRID.ROW_VERSION.plus(1))
                .where(GRID.ID.eq(grid.id()).and(GRID.VERSION.eq(grid.version())))
                .execute();
    }

    /** A stored grid version's row version, who last changed it and when (version 0: not stored). */
    public record Stamp(long version, String by, OffsetDateTime at) {}

    /** The row version of a stored grid version, with its last change, if stored. */
    public Optional<Stamp> stamp(String id, int version) {
        return row(id, version)
                .read()
                .map(r -> new Stamp(r.getRowVersion(), r.getUpdatedBy(), ParisTime.of(r.getUpdatedAt())));
    }

    /**
     * Rewrites a grid version not frozen yet over row version {@code expected} (0: not stored yet); the new row
     * version, or {@link VersionedRow#STALE} with nothing written when someone else changed it since.
     *
     * @throws GridFrozenException when the version is frozen
     */
    public long save(Grid grid, long expected, String by, OffsetDateTime at) {
        if (isFrozen(grid.id(), grid.version())) {
            throw new GridFrozenException(grid.id(), grid.version());
        }
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(GRID.ID, grid.id());
        values.put(GRID.VERSION, grid.version());
        values.put(GRID.NAME, grid.name());
        values.put(GRID.DEFINITION, GridCodec.encode(grid));
        values.put(GRID.FROZEN, false);
        values.put(GRID.UPDATED_BY, by);
        values.put(GRID.UPDATED_AT, at);
        return row(grid.id(), grid.version()).write(expected, values);
    }

    private VersionedRow<GridRecord> row(String id, int version) {
        return new VersionedRow<>(dsl, GRID, GRID.ID.eq(id).and(GRID.VERSION.eq(version)), GRID.ROW_VERSION);
    }

    /** Marks a grid version as used by a score: from now on it never changes. */
    public void freeze(String id, int version) {
        // only once: an update of a row already frozen would still write it at every score change
        dsl.update(GRID)
                .set(GRID.FROZEN, true)
                .where(GRID.ID
                        .eq(id)
                        .and(GRID.VERSION.eq(version))
                        .and(GRID.FROZEN.isFalse().or(GRID.FROZEN.isNull())))
                .execute();
    }

    /** Whether a grid version is frozen: marked so, or used by a stored score. */
    public boolean isFrozen(String id, int version) {
        Boolean flag = dsl.select(GRID.FROZEN)
                .from(GRID)
                .where(GRID.ID.eq(id).and(GRID.VERSION.eq(version)))
                .fetchOne(GRID.FROZEN);
        if (Boolean.TRUE.equals(flag)) {
            return true;
        }
        return dsl.fetchExists(DSL.selectOne()
                .from(REVIEW_SCORE)
                .join(REVIEW)
                .on(REVIEW.ID.eq(REVIEW_SCORE.REVIEW_ID))
                .where(REVIEW.GRID_ID
                        .eq(id)
                        .and(REVIEW.GRID_VERSION.eq(version))
                        .and(REVIEW_SCORE.SCORE_VALUE.isNotNull())));
    }

    /** One grid version. */
    public Optional<Grid> find(String id, int version) {
        return dsl.selectFrom(GRID)
                .where(GRID.ID.eq(id).and(GRID.VERSION.eq(version)))
                .fetchOptional()
                .map(GridRepository::grid);
    }

    /** The latest version of a grid. */
    public Optional<Grid> latest(String id) {
        return dsl.selectFrom(GRID)
                .where(GRID.ID.eq(id))
                .orderBy(GRID.VERSION.desc())
                .limit(1)
                .fetchOptional()
                .map(GridRepository::grid);
    }

    private static Grid grid(GridRecord r) {
        return GridCodec.decode(r.getId(), r.getVersion(), r.getName(), r.getDefinition());
    }
}
