package fr.ptce.workbench.domain.grid;

/** Refuses a change to a grid version that scores already use: a changed grid must be a new version. */
public final class GridFrozenException extends RuntimeException {

    public GridFrozenException(String id, int version) {
        super("La grille « " + id + " » version " + version + " est déjà utilisée par des notes : elle ne peut plus"
                + " être modifiée. Enregistrez une nouvelle version de la grille.");
    }
}
