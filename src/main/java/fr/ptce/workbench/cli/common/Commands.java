package fr.ptce.workbench.cli.common;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * What the instruction subcommands share: opening an existing workspace, a folder of this computer or a team
 * workspace on a PostgreSQL server ({@code postgresql://…}).
 */
public final class Commands {

    private Commands() {}

    /** Whether this {@code --workspace} value names a shared workspace on a PostgreSQL server. */
    public static boolean isShared(String workspace) {
        return PostgresAddress.isAddress(workspace);
    }

    /** Opens a workspace that must already exist (usage error otherwise: a typo must not create an empty one). */
    public static Workspace open(CommandLine.Model.CommandSpec spec, String workspace) {
        if (isShared(workspace)) {
            return openShared(spec, workspace);
        }
        return open(spec, folder(spec, workspace));
    }

    /** Opens a workspace folder that must already exist. */
    public static Workspace open(CommandLine.Model.CommandSpec spec, Path workspace) {
        requireExisting(spec, workspace);
        return Workspace.open(workspace, Passwords.forWorkspace(spec, workspace));
    }

    /** Refuses (usage error) a workspace folder that does not exist; a shared workspace is checked at opening. */
    public static void requireExisting(CommandLine.Model.CommandSpec spec, String workspace) {
        if (!isShared(workspace)) {
            requireExisting(spec, folder(spec, workspace));
        }
    }

    /** Refuses (usage error) a workspace folder that does not exist. */
    public static void requireExisting(CommandLine.Model.CommandSpec spec, Path workspace) {
        if (!Files.isDirectory(workspace)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "L'espace de travail «\u00a0" + workspace + "\u00a0» n'existe pas.");
        }
    }

    /**
     * Opens a workspace, creating it (encrypted when a password is given) if it does not exist yet; a shared
     * workspace's database must exist on the server (its administrator creates it), its schema is made here.
     */
    public static Workspace openOrCreate(CommandLine.Model.CommandSpec spec, String workspace) {
        if (isShared(workspace)) {
            return openShared(spec, workspace);
        }
        Path folder = folder(spec, workspace);
        return Workspace.open(folder, Passwords.forWorkspace(spec, folder));
    }

    /** The folder of a workspace of this computer; a usage error for a shared workspace, which has none. */
    public static Path folder(CommandLine.Model.CommandSpec spec, String workspace) {
        if (isShared(workspace)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "La commande «\u00a0" + spec.name()
                            + "\u00a0» s'applique à un espace de travail de cet ordinateur (un répertoire), pas"
                            + " à l'espace"
                            + " partagé «\u00a0" + workspace + "\u00a0».");
        }
        try {
            return Path.of(workspace);
        } catch (InvalidPathException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Répertoire d'espace de travail invalide\u00a0: «\u00a0" + workspace + "\u00a0».");
        }
    }

    /**
     * Opens a shared workspace with the password of {@code serverPasswordFile} when given, else the environment,
     * {@code ~/.pgpass} or the prompt; for the commands whose {@code --password-file} is a local workspace's
     * (team checkout, team checkin).
     */
    public static Workspace openShared(
            CommandLine.Model.CommandSpec spec, String workspace, String login, Path serverPasswordFile) {
        PostgresAddress address;
        try {
            address = PostgresAddress.parse(workspace);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String user = login != null ? login : ServerLogins.login(address, System.getenv());
        return Workspace.openShared(
                address,
                user,
                ServerLogins.password(
                        serverPasswordFile,
                        address,
                        user,
                        System.getenv(),
                        Path.of(System.getProperty("user.home")),
                        System.console()));
    }

    private static Workspace openShared(CommandLine.Model.CommandSpec spec, String workspace) {
        PostgresAddress address;
        try {
            address = PostgresAddress.parse(workspace);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        String login = ServerLogins.login(address, System.getenv());
        return Workspace.openShared(address, login, ServerLogins.password(spec, address, login));
    }

    /** Prints an import's report: its summary line, then each note and each problem, indented. */
    public static void print(java.io.PrintWriter out, fr.ptce.workbench.application.importing.ImportReport report) {
        out.println(report.summary());
        report.notes().forEach(note -> out.println("  " + note));
        report.problems().forEach(problem -> out.println("  " + problem.describe()));
    }
}
