package fr.ptce.workbench.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * A canonical dump of a workspace's content: every row of every table (the migration history and the
 * announcements of changes aside), tables by name, rows sorted, and its SHA-256. Independent of the file's layout,
 * so two stores with the same content have the same digest (a restored backup, a store after a refused import).
 */
public final class StoreDigest {

    private StoreDigest() {}

    /** The canonical dump of the store's content. */
    public static String dump(Database database) {
        return database.withDsl(StoreDigest::dump);
    }

    /** The SHA-256 of {@link #dump(Database)}, in hexadecimal. */
    public static String sha256(Database database) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(dump(database).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static List<String> tables(DSLContext dsl) {
        // the schema in use: PUBLIC in H2, public in PostgreSQL (where the names are lower case)
        return dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA "
                        + "AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME")
                .getValues(0, String.class);
    }

    private static String dump(DSLContext dsl) {
        StringBuilder dump = new StringBuilder();
        for (String table : tables(dsl)) {
            if (table.equalsIgnoreCase("change_log")) {
                continue; // the live-refresh announcements of a team workspace, not its content
            }
            List<String> rows = new ArrayList<>();
            for (Record row : dsl.fetch("SELECT * FROM \"" + table + "\"")) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    line.append(i == 0 ? "" : "\t").append(value == null ? "\\N" : escape(text(value)));
                }
                rows.add(line.toString());
            }
            rows.sort(null);
            dump.append("# ").append(table).append(" (").append(rows.size()).append(")\n");
            rows.forEach(line -> dump.append(line).append('\n'));
        }
        return dump.toString();
    }

    /** A value as text; binary content (an attachment) as its SHA-256, the same on every reading. */
    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            try {
                return "sha256:"
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
        return String.valueOf(value);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
