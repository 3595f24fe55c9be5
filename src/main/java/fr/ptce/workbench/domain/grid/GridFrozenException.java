package fr.ptce.workbench.domain.grid;

/** Refuses a change to a grid version that scores already use: a changed grid must be a new version. */
public final class GridFrozenException extends RuntimeException {

    public GridFrozenException(String id, int version) {
        super("La grille «\u00a0" + id + "\u00a0» version " + version + " est déjà utilisée par des notes\u00a0: elle"
                + " ne peut plus être modifiée. Enregistrez une nouvelle version de la grille.");
    }
}
