package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_CHANGE;
import static fr.ptce.workbench.persistence.generated.Tables.IMPORT_RUN;

import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.ImportRun;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The workspace's import history: one run per imported file, and what each run did to each dossier. */
public final class ImportRepository {

    private final DSLContext dsl;

    public ImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records the start of an import and returns its id; counts stay at zero until {@link #finish}. */
    public long start(String fileName, String format, OffsetDateTime at) {
        return start(fileName, format, at, 1);
    }

    /** Records the start of an import of a phase's DS export (1 or 2) and returns its id. */
    public long start(String fileName, String format, OffsetDateTime at, int phase) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(at, "at");
        return dsl.insertInto(
                        IMPORT_RUN, IMPORT_RUN.FILE_NAME, IMPORT_RUN.FORMAT, IMPORT_RUN.IMPORTED_AT, IMPORT_RUN.PHASE)
                .values(fileName, format, at, phase)
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle()
                .value1();
    }

    /**
     * Records the counts of a finished import.
     *
     * @throws IllegalArgumentException when no import has this id
     */
    public void finish(long id, int newCount, int changed, int unchanged, int absent) {
        int updated = dsl.update(IMPORT_RUN)
                .set(IMPORT_RUN.NEW_COUNT, newCount)
                .set(IMPORT_RUN.CHANGED_COUNT, changed)
                .set(IMPORT_RUN.UNCHANGED_COUNT, unchanged)
                .set(IMPORT_RUN.ABSENT_COUNT, absent)
                .where(IMPORT_RUN.ID.eq(id))
                .execute();
        if (updated == 0) {
            throw new IllegalArgumentException("No import " + id + " in the workspace");
        }
    }

    /** What an import did to one dossier: see {@link #recordChange}. */
    public record Change(String number, DossierChange.Kind kind, List<String> changedFields) {

        public Change {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(kind, "kind");
            changedFields = List.copyOf(changedFields);
        }
    }

    /**
     * Records what an import did to one dossier.
     *
     * @param kind what the import did to the dossier
     * @param changedFields the labels of the changed fields (none may hold a line break); empty unless changed
     */
    public void recordChange(long importId, String number, DossierChange.Kind kind, List<String> changedFields) {
        recordChanges(importId, List.of(new Change(number, kind, changedFields)));
    }

    /** Records what an import did to each of these dossiers, in this order, as one batch. */
    public void recordChanges(long importId, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(
                        DOSSIER_CHANGE,
                        DOSSIER_CHANGE.IMPORT_ID,
                        DOSSIER_CHANGE.DOSSIER_NUMBER,
                        DOSSIER_CHANGE.KIND,
                        DOSSIER_CHANGE.CHANGED_FIELDS)
                .values((Long) null, (String) null, (String) null, (String) null));
        for (Change change : changes) {
            batch.bind(
                    importId,
                    change.number(),
                    change.kind().name(),
                    ImportRowMapper.joinFields(change.changedFields()));
        }
        batch.execute();
    }

    /** The changes recorded for this dossier by the latest import that mentioned it, in recording order. */
    public List<DossierChange> lastChanges(String number) {
        Long latest = dsl.select(DSL.max(DOSSIER_CHANGE.IMPORT_ID))
                .from(DOSSIER_CHANGE)
                .where(DOSSIER_CHANGE.DOSSIER_NUMBER.eq(number))
                .fetchOne()
                .value1();
        if (latest == null) {
            return List.of();
        }
        return dsl.select(
                        DOSSIER_CHANGE.DOSSIER_NUMBER,
                        DOSSIER_CHANGE.KIND,
                        DOSSIER_CHANGE.CHANGED_FIELDS,
                        DOSSIER_CHANGE.IMPORT_ID,
                        IMPORT_RUN.IMPORTED_AT)
                .from(DOSSIER_CHANGE)
                .join(IMPORT_RUN)
                .on(IMPORT_RUN.ID.eq(DOSSIER_CHANGE.IMPORT_ID))
                .where(DOSSIER_CHANGE.DOSSIER_NUMBER.eq(number).and(DOSSIER_CHANGE.IMPORT_ID.eq(latest)))
                .orderBy(DOSSIER_CHANGE.ID)
                .fetch(ImportRowMapper::toChange);
    }

    /** Every import of the workspace, the latest first. */
    public List<ImportRun> history() {
        return dsl.selectFrom(IMPORT_RUN).orderBy(IMPORT_RUN.ID.desc()).fetch(ImportRowMapper::toRun);
    }

    /** The file name of the last import of a phase's export, if any. */
    public java.util.Optional<String> lastFileName(int phase) {
        return dsl.select(IMPORT_RUN.FILE_NAME)
                .from(IMPORT_RUN)
                .where(IMPORT_RUN.PHASE.eq(phase))
                .orderBy(IMPORT_RUN.ID.desc())
                .limit(1)
                .fetchOptional(r -> r.value1());
    }
}
