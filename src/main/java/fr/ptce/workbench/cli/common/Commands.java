package fr.ptce.workbench.cli.common;

import fr.ptce.workbench.application.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** What the instruction subcommands share: opening an existing workspace. */
public final class Commands {

    private Commands() {
    }

    /** Opens a workspace that must already exist (usage error otherwise: a typo must not create an empty one). */
    public static Workspace open(CommandLine.Model.CommandSpec spec, Path workspace) {
        requireExisting(spec, workspace);
        return Workspace.open(workspace, Passwords.forWorkspace(spec, workspace));
    }

    /** Refuses (usage error) a workspace folder that does not exist. */
    static void requireExisting(CommandLine.Model.CommandSpec spec, Path workspace) {
        if (!Files.isDirectory(workspace)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "L'espace de travail «\u00a0" + workspace + "\u00a0» n'existe pas.");
        }
    }

    /** Opens a workspace, creating it (encrypted when a password is given) if it does not exist yet. */
    public static Workspace openOrCreate(CommandLine.Model.CommandSpec spec, Path workspace) {
        return Workspace.open(workspace, Passwords.forWorkspace(spec, workspace));
    }
}
