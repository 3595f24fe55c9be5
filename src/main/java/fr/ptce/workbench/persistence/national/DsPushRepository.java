package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.DS_PUSH;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** What {@code ds push} sent to DS, per procedure, dossier and item, with the text sent. */
public final class DsPushRepository {

    private final DSLContext dsl;

    public DsPushRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The text last sent for each dossier's item of the procedure, keyed {@link #key(String, String)}. */
    public Map<String, String> sent(int procedure) {
        Map<String, String> sent = new HashMap<>();
        dsl.selectFrom(DS_PUSH)
                .where(DS_PUSH.PROCEDURE_NUMBER.eq(procedure))
                .forEach(r -> sent.put(key(r.getDossierNumber(), r.getItem()), r.getContent()));
        return sent;
    }

    /** The key of {@link #sent(int)}. */
    public static String key(String dossierNumber, String item) {
        return dossierNumber + "\u0000" + item;
    }

    /** Records an item as sent, replacing what an earlier push recorded for it. */
    public void record(int procedure, String dossierNumber, String item, String content, OffsetDateTime at) {
        int updated = dsl.update(DS_PUSH)
                .set(DS_PUSH.CONTENT, content)
                .set(DS_PUSH.SENT_AT, at)
                .where(DS_PUSH.PROCEDURE_NUMBER.eq(procedure))
                .and(DS_PUSH.DOSSIER_NUMBER.eq(dossierNumber))
                .and(DS_PUSH.ITEM.eq(item))
                .execute();
        if (updated == 0) {
            dsl.insertInto(DS_PUSH)
                    .set(DS_PUSH.PROCEDURE_NUMBER, procedure)
                    .set(DS_PUSH.DOSSIER_NUMBER, dossierNumber)
                    .set(DS_PUSH.ITEM, item)
                    .set(DS_PUSH.CONTENT, content)
                    .set(DS_PUSH.SENT_AT, at)
                    .execute();
        }
    }
}
