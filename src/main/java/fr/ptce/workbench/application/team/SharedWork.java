package fr.ptce.workbench.application.team;

import fr.ptce.workbench.persistence.ChangeFeed;
import fr.ptce.workbench.persistence.Database;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What several people share in one workspace, besides the version checks of each use case: the grid changed before
 * it is frozen ({@link SaveGrid}), and other people's changes as they are committed (on PostgreSQL; an H2 workspace
 * has one user).
 */
public final class SharedWork {

    /**
     * A change committed by someone else: the table (« region_avis », « review », « national_decision »,
     * « workspace_setting », « grid », « dossier »), the dossier number (empty when none: a setting, an import),
     * the database login and the team member's name.
     */
    public record SharedChange(String table, String dossier, String login, String name) {}

    /** A subscription to the changes, closed with the view that shows them. */
    public interface Subscription extends AutoCloseable {
        /** Whether it is connected and listening now (always false on H2). */
        boolean listening();

        @Override
        void close();
    }

    private final Database database;
    private final SaveGrid saveGrid;

    public SharedWork(Database database, Clock clock) {
        this.database = database;
        this.saveGrid = new SaveGrid(database, clock);
    }

    /** A grid version changed before it is frozen, with the version check. */
    public SaveGrid saveGrid() {
        return saveGrid;
    }

    /**
     * Hands every change someone else commits to {@code onChange}, on a background thread, within a second of the
     * commit, until the subscription is closed; reconnects by itself after a lost connection. On H2, nothing.
     */
    public Subscription listen(Consumer<SharedChange> onChange) {
        Optional<ChangeFeed> feed = ChangeFeed.start(
                database, c -> onChange.accept(new SharedChange(c.table(), c.dossier(), c.login(), c.name())));
        return new Subscription() {
            @Override
            public boolean listening() {
                return feed.map(ChangeFeed::listening).orElse(false);
            }

            @Override
            public void close() {
                feed.ifPresent(ChangeFeed::close);
            }
        };
    }
}
