package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridFrozenException;
import fr.ptce.workbench.persistence.Database;

/**
 * The grid of each phase: phase 1's and phase 2's default grids are two built-in grids with their own ids, stored,
 * versioned and frozen by one mechanism (GridRepository); the phase of a dossier is told by its number.
 */
public final class PhaseGrids {

    private final Database database;

    public PhaseGrids(Database database) {
        this.database = database;
    }

    /** The grid new reviews of this phase use (its latest version, stored at first use). */
    public Grid current(Phase phase) {
        return database.inTransaction(r -> Instruction.currentGrid(r, phase));
    }

    /**
     * The phase of a dossier number, checked against the phase asked.
     *
     * @param asked the phase the user asked ({@code --phase}), null when the number alone says it
     * @throws InvalidInputException when the workspace holds no such dossier, or it is of another phase
     */
    public Phase phaseOf(String number, Phase asked) {
        return database.inTransaction(r -> Instruction.phaseOf(r, number, asked));
    }

    /**
     * Stores an edited version of a phase's grid: a grid with the phase's id, at the current version while no score
     * uses it, else at a next version.
     *
     * @throws InvalidInputException when the grid is not of this phase, or rewrites a version scores already use
     */
    public Grid save(Phase phase, Grid grid) {
        return database.inTransaction(r -> {
            Grid current = Instruction.currentGrid(r, phase);
            if (!current.id().equals(grid.id())) {
                throw new InvalidInputException("La grille «\u00a0" + grid.id() + "\u00a0» n'est pas celle de la phase "
                        + phase.number() + " («\u00a0" + current.id() + "\u00a0»).");
            }
            try {
                r.grids().save(grid);
            } catch (GridFrozenException e) {
                throw new InvalidInputException("La grille «\u00a0" + grid.name() + "\u00a0» version " + grid.version()
                        + " est déjà utilisée par des notes\u00a0: enregistrez-en une nouvelle version.");
            }
            return grid;
        });
    }
}
