package fr.ptce.workbench.persistence.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Optimistic concurrency on one shared row (issue 20): the row carries a {@code row_version}; a save names the
 * version it was read at and is written only if the row is still at it, in one statement (an UPDATE … WHERE
 * row_version = expected, or an INSERT that loses to a concurrent one), so that two saves from the same version
 * cannot both pass, on H2 and PostgreSQL alike. Used by the region's avis, PESSII's decisions, the workspace's
 * settings and the grid before it is frozen; whoever adds a shared table uses it too.
 *
 * @param <R> the table's record type
 */
public final class VersionedRow<R extends Record> {

    /** What a refused save returns: the row is no longer at the version the save started from. */
    public static final long STALE = -1;

    private final DSLContext dsl;
    private final Table<R> table;
    private final Condition key;
    private final TableField<R, Long> version;

    public VersionedRow(DSLContext dsl, Table<R> table, Condition key, TableField<R, Long> version) {
        this.dsl = dsl;
        this.table = table;
        this.key = key;
        this.version = version;
    }

    /** The stored version, 0 when the row does not exist. */
    public long current() {
        return dsl.select(version).from(table).where(key).fetchOptional(version).orElse(0L);
    }

    /** The stored row, if any. */
    public Optional<R> read() {
        return dsl.selectFrom(table).where(key).fetchOptional();
    }

    /**
     * Writes the values over version {@code expected} (0: the row must not exist yet; the key's columns are then
     * among the values) and returns the new version, or {@link #STALE} with nothing written.
     */
    public long write(long expected, Map<Field<?>, Object> values) {
        Map<Field<?>, Object> row = new LinkedHashMap<>(values);
        row.put(version, expected + 1);
        if (expected == 0) {
            int inserted;
            try {
                inserted = dsl.insertInto(table).set(row).onConflictDoNothing().execute();
            } catch (IntegrityConstraintViolationException insertedMeanwhile) {
                // H2's emulation of ON CONFLICT (a MERGE) can lose to a concurrent insert: the same outcome
                inserted = 0;
            }
            return inserted == 0 ? STALE : 1;
        }
        int updated =
                dsl.update(table).set(row).where(key).and(version.eq(expected)).execute();
        return updated == 0 ? STALE : expected + 1;
    }

    /** Writes the values over whatever version is stored (no check: a save that always wins); the new version. */
    public long overwrite(Map<Field<?>, Object> values) {
        while (true) {
            long saved = write(current(), values);
            if (saved != STALE) {
                return saved;
            }
        }
    }
}
