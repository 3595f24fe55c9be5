package fr.ptce.workbench.cli.common;

import fr.ptce.workbench.application.Workspace;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --workspace} option of every command that works on an existing workspace, and its opening with the
 * password from {@code --password-file}, the environment or the prompt ({@link Passwords}). Mixed into each command.
 */
public final class WorkspaceOption {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec mixee;

    @Option(names = "--workspace", required = true, paramLabel = "RÉPERTOIRE", description = "Espace de travail.")
    private Path folder;

    /** The workspace's folder as given. */
    public Path folder() {
        return folder;
    }

    /** Opens the workspace, which must exist (usage error otherwise: a typo must not create an empty one). */
    public Workspace open() {
        return Commands.open(mixee, folder);
    }

    /** Opens the workspace, creating it (encrypted when a password is given) if it does not exist yet. */
    public Workspace openOrCreate() {
        return Commands.openOrCreate(mixee, folder);
    }

    /** Refuses (usage error) a workspace folder that does not exist. */
    public void requireExisting() {
        Commands.requireExisting(mixee, folder);
    }

    /** The password given for this workspace, or null when none is given and none is needed. */
    public char[] password() {
        return Passwords.forWorkspace(mixee, folder);
    }
}
