package fr.ptce.workbench.domain;

/** Thrown by long work when the user cancelled it; the work's transaction is rolled back. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("Opération annulée par l'utilisateur.");
    }
}
