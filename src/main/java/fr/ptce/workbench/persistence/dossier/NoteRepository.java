package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_NOTE;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;

/** The correspondent's local note on each dossier: local work that no re-import of the dossier touches. */
public final class NoteRepository {

    private final DSLContext dsl;

    public NoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the note of an existing dossier, replacing the previous one. */
    public void save(String number, String text, OffsetDateTime at) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        int updated = dsl.update(DOSSIER_NOTE)
                .set(DOSSIER_NOTE.NOTE, text)
                .set(DOSSIER_NOTE.UPDATED_AT, at)
                .where(DOSSIER_NOTE.DOSSIER_NUMBER.eq(number))
                .execute();
        if (updated == 0) {
            dsl.insertInto(DOSSIER_NOTE, DOSSIER_NOTE.DOSSIER_NUMBER, DOSSIER_NOTE.NOTE, DOSSIER_NOTE.UPDATED_AT)
                    .values(number, text, at)
                    .execute();
        }
    }

    /** The dossier's note, empty when none was written. */
    public Optional<String> find(String number) {
        return dsl.select(DOSSIER_NOTE.NOTE)
                .from(DOSSIER_NOTE)
                .where(DOSSIER_NOTE.DOSSIER_NUMBER.eq(number))
                .fetchOptional(DOSSIER_NOTE.NOTE);
    }
}
