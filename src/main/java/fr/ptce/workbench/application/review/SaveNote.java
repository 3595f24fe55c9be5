package fr.ptce.workbench.application.review;

import fr.ptce.workbench.persistence.Database;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Saves the correspondent's local note on a dossier: local work that no re-import ever touches. */
public final class SaveNote {

    private final Database database;
    private final Clock clock;

    public SaveNote(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void save(String number, String text) {
        database.inTransaction(r -> {
            r.notes().save(number, text, OffsetDateTime.now(clock));
            return null;
        });
    }
}
