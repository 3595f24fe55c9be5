package fr.ptce.workbench.persistence.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The procedure migration V015 calls from SQL (an H2 alias, given the migration's connection) to rewrite every raw
 * row stored as JSON, which repeats the section texts, in the format of {@link RawRowCodec}, which refers to them;
 * the cells read back are the same. A few dossiers at a time, each by its key: one {@code UPDATE} of the whole
 * table would make H2 hold every old and new row in memory (it ran out of a 256 MB heap at 5,000 dossiers).
 * Public only because H2 calls it by reflection.
 */
public final class RawRowMigration {

    private static final int PAGE = 100;

    private RawRowMigration() {
    }

    /** Rewrites every raw row still stored as JSON, in the caller's transaction; returns how many. */
    public static int rewriteAll(Connection connection) throws SQLException {
        int rewritten = 0;
        String after = "";
        try (PreparedStatement select = connection.prepareStatement("SELECT dossier_number, raw_row, s1, s2, s3, s4,"
                + " s5, s6, s7, s8, s9, s10 FROM dossier_text WHERE dossier_number > ? ORDER BY dossier_number"
                + " LIMIT " + PAGE);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE dossier_text SET raw_row = ? WHERE dossier_number = ?")) {
            while (after != null) {
                select.setString(1, after);
                after = null;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getString(1);
                        String stored = rows.getString(2);
                        if (stored.startsWith("[")) {
                            List<String> sections = new ArrayList<>(10);
                            for (int column = 3; column <= 12; column++) {
                                sections.add(rows.getString(column));
                            }
                            update.setString(1, RawRowCodec.encode(RawRowCodec.decode(stored, sections), sections));
                            update.setString(2, after);
                            update.addBatch();
                            rewritten++;
                        }
                    }
                }
                update.executeBatch();
            }
        }
        return rewritten;
    }
}
