package fr.ptce.workbench.cli.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.Passwords;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code password}: encrypts a workspace that is not encrypted yet, or changes the password of an encrypted one. */
@Command(
        name = "password",
        mixinStandardHelpOptions = true,
        description = "Chiffre un espace de travail (AES) ou change son mot de passe\u00a0; l'espace doit être fermé.")
public final class PasswordCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--new-password-file",
            required = true,
            paramLabel = "FICHIER",
            description = "Nouveau mot de passe (première ligne du fichier, au moins 8 caractères).")
    private Path newPasswordFile;

    @Override
    public Integer call() {
        if (workspace.isShared()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Un espace partagé n'est pas chiffré par"
                            + " l'Atelier\u00a0: le chiffrement du transport est celui du serveur PostgreSQL"
                            + " (TLS, exigé par"
                            + " sslmode=verify-full dans l'adresse), celui des données le chiffrement du disque du"
                            + " serveur, l'affaire de son administrateur. Le mot de passe de connexion se change sur le"
                            + " serveur (\\password dans psql).");
        }
        workspace.requireExisting();
        boolean encrypted = Workspace.isEncrypted(workspace.folder());
        char[] old = encrypted ? workspace.password() : null;
        Workspace.changePassword(workspace.folder(), old, Passwords.fromFile(newPasswordFile));
        spec.commandLine()
                .getOut()
                .println(
                        encrypted
                                ? "Mot de passe changé\u00a0: " + workspace.folder()
                                : "Espace de travail chiffré\u00a0: " + workspace.folder());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
