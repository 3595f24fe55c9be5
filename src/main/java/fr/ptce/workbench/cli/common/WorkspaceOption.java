package fr.ptce.workbench.cli.common;

import fr.ptce.workbench.application.Workspace;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --workspace} option of every command that works on an existing workspace: a folder of this computer
 * or a team workspace {@code postgresql://HOST[:PORT]/BASE}; its opening with the password from
 * {@code --password-file}, the environment, {@code ~/.pgpass} (a shared workspace) or the prompt
 * ({@link Passwords}). Mixed into each command.
 */
public final class WorkspaceOption {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec mixee;

    @Option(
            names = "--workspace",
            required = true,
            paramLabel = "RÉPERTOIRE|postgresql://…",
            description = "Espace de travail\u00a0: un répertoire, ou un espace partagé"
                    + " postgresql://[IDENTIFIANT@]SERVEUR[:PORT]/BASE[?sslmode=verify-full].")
    private String location;

    /** The workspace as given: a folder or a server's address. */
    public String location() {
        return location;
    }

    /** Whether the workspace is a team workspace on a PostgreSQL server. */
    public boolean isShared() {
        return Commands.isShared(location);
    }

    /** The workspace's folder; a usage error for a shared workspace, which has none. */
    public Path folder() {
        return Commands.folder(mixee, location);
    }

    /** Opens the workspace, which must exist (usage error otherwise: a typo must not create an empty one). */
    public Workspace open() {
        return Commands.open(mixee, location);
    }

    /** Opens the workspace, creating it (encrypted when a password is given) if it does not exist yet. */
    public Workspace openOrCreate() {
        return Commands.openOrCreate(mixee, location);
    }

    /** Refuses (usage error) a workspace folder that does not exist. */
    public void requireExisting() {
        Commands.requireExisting(mixee, location);
    }

    /** The password given for this workspace folder, or null when none is given and none is needed. */
    public char[] password() {
        return Passwords.forWorkspace(mixee, folder());
    }
}
