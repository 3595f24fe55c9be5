package fr.ptce.workbench.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second workbench process for the lock and durability tests: opens a workspace, optionally saves a dossier,
 * signals readiness by creating a file, then holds the workspace open until its standard input closes.
 */
public final class WorkspaceHolder {

    private WorkspaceHolder() {}

    /** Arguments: the workspace folder, the ready file, and optionally the number of a dossier to save. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path ready = Path.of(args[1]);
        try (Database database = Database.openFile(folder)) {
            if (args.length > 2) {
                database.inTransaction(store -> {
                    store.dossiers().save(TestDossiers.full(args[2]));
                    return null;
                });
            }
            Files.writeString(ready, database.workspaceId());
            while (System.in.read() >= 0) {
                // hold the workspace open until the parent closes our input or kills us
            }
        }
    }
}
