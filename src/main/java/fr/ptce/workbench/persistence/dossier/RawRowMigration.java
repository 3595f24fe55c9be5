package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_TEXT;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The procedure migration V016 calls from SQL (an H2 alias, given the migration's connection) to rewrite every raw
 * row stored as JSON, which repeats the section texts, in the format of {@link RawRowCodec}, which refers to them;
 * the cells read back are the same. A few dossiers at a time, each by its key: one {@code UPDATE} of the whole
 * table would make H2 hold every old and new row in memory (it ran out of a 256 MB heap at 5,000 dossiers).
 * Public only because H2 calls it by reflection.
 */
public final class RawRowMigration {

    private static final int PAGE = 100;

    private RawRowMigration() {}

    /** Rewrites every raw row still stored as JSON, in the caller's transaction; returns how many. */
    public static int rewriteAll(Connection connection) {
        // the names as Database renders them: unquoted, folded by the database
        DSLContext dsl = DSL.using(
                connection,
                SQLDialect.H2,
                new Settings()
                        .withExecuteLogging(false)
                        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
        List<Field<?>> columns = new ArrayList<>(List.of(DOSSIER_TEXT.DOSSIER_NUMBER, DOSSIER_TEXT.RAW_ROW));
        columns.addAll(DossierRowMapper.textColumns());
        int rewritten = 0;
        String after = "";
        while (true) {
            List<Record> page = dsl.select(columns)
                    .from(DOSSIER_TEXT)
                    .where(DOSSIER_TEXT.DOSSIER_NUMBER.gt(after))
                    .orderBy(DOSSIER_TEXT.DOSSIER_NUMBER)
                    .limit(PAGE)
                    .fetch();
            BatchBindStep update = dsl.batch(dsl.update(DOSSIER_TEXT)
                    .set(DOSSIER_TEXT.RAW_ROW, (String) null)
                    .where(DOSSIER_TEXT.DOSSIER_NUMBER.eq((String) null)));
            int pending = 0;
            for (Record row : page) {
                after = row.get(DOSSIER_TEXT.DOSSIER_NUMBER);
                String stored = row.get(DOSSIER_TEXT.RAW_ROW);
                if (stored.startsWith("[")) {
                    List<String> sections = new ArrayList<>(10);
                    DossierRowMapper.sectionTexts(row, sections);
                    update.bind(RawRowCodec.encode(RawRowCodec.decode(stored, sections), sections), after);
                    pending++;
                }
            }
            if (pending > 0) {
                update.execute();
                rewritten += pending;
            }
            if (page.size() < PAGE) {
                return rewritten;
            }
        }
    }
}
