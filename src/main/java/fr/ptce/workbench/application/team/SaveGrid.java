package fr.ptce.workbench.application.team;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.ConcurrentChangeException.Subject;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridFrozenException;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.review.GridRepository.Stamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Changes a grid version before it is frozen (before any score uses it), shared by a team: saved over the row
 * version the user started from ({@link #rowVersion(String, int)}), refused with « X a modifié la grille à HH:MM »
 * and both grids when someone else changed it since; a frozen version is refused ({@link GridFrozenException}).
 */
public final class SaveGrid {

    private final Database database;
    private final Clock clock;

    public SaveGrid(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The row version of a stored grid version (0: not stored), from which a change is saved. */
    public long rowVersion(String id, int version) {
        return database.inTransaction(
                r -> r.grids().stamp(id, version).map(Stamp::version).orElse(0L));
    }

    /**
     * Stores the grid version over row version {@code base}; returns the new row version.
     *
     * @throws ConcurrentChangeException when someone else changed it since, nothing written
     * @throws GridFrozenException when a score already uses it
     */
    public long save(Grid grid, long base) {
        return database.inTransaction(r -> {
            long current = r.grids()
                    .stamp(grid.id(), grid.version())
                    .map(Stamp::version)
                    .orElse(0L);
            if (base != current) {
                throw conflict(r, grid, base);
            }
            String by = r.users().find().map(Reviewer::name).orElse(null);
            long saved = r.grids().save(grid, current, by, OffsetDateTime.now(clock));
            if (saved == VersionedRow.STALE) {
                throw conflict(r, grid, base);
            }
            return saved;
        });
    }

    private static ConcurrentChangeException conflict(Repositories r, Grid mine, long base) {
        Optional<Stamp> stored = r.grids().stamp(mine.id(), mine.version());
        return new ConcurrentChangeException(
                Subject.GRID,
                "«\u00a0" + mine.name() + "\u00a0» version " + mine.version(),
                stored.map(Stamp::by).orElse("Quelqu'un d'autre"),
                stored.map(Stamp::at).orElse(null),
                mine,
                r.grids().find(mine.id(), mine.version()).orElse(null),
                base,
                stored.map(Stamp::version).orElse(0L));
    }
}
