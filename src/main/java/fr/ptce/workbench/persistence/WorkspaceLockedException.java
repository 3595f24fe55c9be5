package fr.ptce.workbench.persistence;

import java.nio.file.Path;

/** Refuses to open a workspace that another instance of the workbench (another process or window) holds open. */
public final class WorkspaceLockedException extends RuntimeException {

    private final transient Path folder;

    WorkspaceLockedException(Path folder, Throwable cause) {
        super(
                "L'espace de travail «\u00a0" + folder + "\u00a0» est déjà ouvert par une autre instance de l'Atelier"
                        + " PTCE. Fermez-la puis réessayez.",
                cause);
        this.folder = folder;
    }

    /** The workspace folder that is already open. */
    public Path folder() {
        return folder;
    }
}
