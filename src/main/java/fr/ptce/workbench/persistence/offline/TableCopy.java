package fr.ptce.workbench.persistence.offline;

import static fr.ptce.workbench.persistence.generated.Tables.CHECKOUT_BASE;
import static fr.ptce.workbench.persistence.generated.Tables.CHECKOUT_ORIGIN;
import static fr.ptce.workbench.persistence.generated.Tables.TEAM_CHECKOUT;
import static fr.ptce.workbench.persistence.generated.Tables.TEAM_MEMBER;
import static fr.ptce.workbench.persistence.generated.Tables.WORKSPACE;
import static fr.ptce.workbench.persistence.generated.Tables.WORKSPACE_USER;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.persistence.generated.DefaultSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;

/**
 * Copies every table the server lets a login read — row-level security decides which rows — into a fresh local
 * store of the same schema, parents before children, in chunks (files included, streamed by a cursor). The
 * workspace's own identity, the team's list and the checkout records are not copied.
 */
public final class TableCopy {

    private static final int CHUNK = 200;
    private static final Set<Table<?>> NOT_COPIED =
            Set.of(WORKSPACE, WORKSPACE_USER, TEAM_MEMBER, TEAM_CHECKOUT, CHECKOUT_ORIGIN, CHECKOUT_BASE);

    private TableCopy() {}

    /** The tables a checkout copies, every parent before its children. */
    static List<Table<?>> tables() {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            add(table, ordered);
        }
        ordered.removeAll(NOT_COPIED);
        return new ArrayList<>(ordered);
    }

    private static void add(Table<?> table, Set<Table<?>> ordered) {
        if (ordered.contains(table)) {
            return;
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> parent = reference.getKey().getTable();
            if (!parent.equals(table)) {
                add(parent, ordered);
            }
        }
        ordered.add(table);
    }

    /**
     * Copies the server's visible rows into the local store, emptied first (a new store holds the migrations'
     * defaults); returns the rows copied per table name. Identities continue after the copied ids.
     */
    public static java.util.Map<String, Integer> copy(DSLContext server, DSLContext local, Progress progress) {
        List<Table<?>> tables = tables();
        for (int i = tables.size() - 1; i >= 0; i--) {
            local.deleteFrom(tables.get(i)).execute();
        }
        java.util.Map<String, Integer> copied = new java.util.LinkedHashMap<>();
        int done = 0;
        for (Table<?> table : tables) {
            progress.checkCancelled();
            progress.update(
                    done++, tables.size(), "Copie de «\u00a0" + table.getName().toLowerCase() + "\u00a0»…");
            copied.put(table.getName().toLowerCase(), copyTable(server, local, table));
            restartIdentity(local, table);
        }
        return copied;
    }

    private static <R extends Record> int copyTable(DSLContext server, DSLContext local, Table<R> table) {
        int rows = 0;
        try (Cursor<R> cursor = server.selectFrom(table).fetchSize(CHUNK).fetchLazy()) {
            while (cursor.hasNext()) {
                Result<R> chunk = cursor.fetchNext(CHUNK);
                local.insertInto(table)
                        .columns(table.fields())
                        .valuesOfRecords(chunk)
                        .execute();
                rows += chunk.size();
            }
        }
        return rows;
    }

    private static void restartIdentity(DSLContext local, Table<?> table) {
        Identity<?, ?> identity = table.getIdentity();
        if (identity == null) {
            return;
        }
        Object max = local.select(org.jooq.impl.DSL.max(identity.getField()))
                .from(table)
                .fetchOne(0);
        long next = max == null ? 1 : ((Number) max).longValue() + 1;
        local.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN "
                + identity.getField().getName() + " RESTART WITH " + next);
    }
}
