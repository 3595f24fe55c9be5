package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** The identity of the workspace's user (name, e-mail, role, region): asked once, stored, signed on every change. */
public final class WorkspaceUser {

    private final Database database;
    private final Clock clock;

    public WorkspaceUser(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The user, empty until set. */
    public Optional<Reviewer> current() {
        return database.inTransaction(r -> r.users().find());
    }

    /** Stores who the user is; their reviews are keyed by e-mail, so a new e-mail starts new reviews. */
    public Reviewer set(Reviewer user) {
        Objects.requireNonNull(user, "user");
        return database.inTransaction(r -> {
            r.users().save(user, OffsetDateTime.now(clock));
            return user;
        });
    }
}
