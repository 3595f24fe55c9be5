package fr.ptce.workbench.persistence.national;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One insert sent as a JDBC batch: the statement rendered once by jOOQ for the dialect, the rows bound with the JDBC
 * driver's own {@code setObject} (every value here is a type both H2 and PostgreSQL bind as is: text, number,
 * boolean, {@code java.time}). jOOQ's {@code BatchBindStep} spent more than the database itself binding each value
 * through its data-type machinery (performance.md, P5 fourth pass).
 */
final class PlainBatch {

    private final DSLContext dsl;
    private final String sql;
    private final int[] sqlTypes;
    private final List<Object[]> rows = new ArrayList<>();

    PlainBatch(DSLContext dsl, Table<?> table, List<? extends Field<?>> fields) {
        this.dsl = dsl;
        this.sql = dsl.render(dsl.insertInto(table, fields).values(new Object[fields.size()]));
        this.sqlTypes =
                fields.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray();
    }

    /** Adds a row: one value per field, in the fields' order. */
    void add(Object... values) {
        if (values.length != sqlTypes.length) {
            throw new IllegalArgumentException(values.length + " values for " + sqlTypes.length + " columns");
        }
        rows.add(values);
    }

    /** Whether no row was added since the last {@link #execute()}. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Sends the rows added, in one JDBC batch, on the transaction's connection. */
    void execute() {
        if (rows.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            insert.setNull(i + 1, sqlTypes[i]);
                        } else {
                            insert.setObject(i + 1, row[i]);
                        }
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        rows.clear();
    }
}
