package fr.ptce.workbench.persistence.workspace;

import static fr.ptce.workbench.persistence.generated.Tables.AUDIT_ENTRY;

import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.persistence.common.ParisTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** The append-only audit trail: rows are added and read, never changed nor removed (no method does it). */
public final class AuditRepository {

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Appends one change and returns its id. */
    public long append(
            OffsetDateTime at, String who, String dossierNumber, String field, String oldValue, String newValue) {
        return dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.CHANGED_AT, at)
                .set(AUDIT_ENTRY.WHO, who)
                .set(AUDIT_ENTRY.DOSSIER_NUMBER, dossierNumber)
                .set(AUDIT_ENTRY.FIELD, field)
                .set(AUDIT_ENTRY.OLD_VALUE, oldValue)
                .set(AUDIT_ENTRY.NEW_VALUE, newValue)
                .returningResult(AUDIT_ENTRY.ID)
                .fetchOne(AUDIT_ENTRY.ID);
    }

    /** The changes of a dossier's instruction, oldest first. */
    public List<AuditEntry> forDossier(String dossierNumber) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.DOSSIER_NUMBER.eq(dossierNumber))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(r -> new AuditEntry(
                        r.getId(),
                        ParisTime.of(r.getChangedAt()),
                        r.getWho(),
                        r.getDossierNumber(),
                        r.getField(),
                        r.getOldValue(),
                        r.getNewValue()));
    }

    /** How many changes the trail holds, all dossiers together. */
    public int count() {
        return dsl.fetchCount(AUDIT_ENTRY);
    }
}
