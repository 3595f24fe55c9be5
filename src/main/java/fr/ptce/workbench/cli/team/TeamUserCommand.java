package fr.ptce.workbench.cli.team;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.Passwords;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code team user}: the logins of a team workspace. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Identifiants de l'équipe.",
        subcommands = {TeamUserCommand.Add.class})
public final class TeamUserCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The roles as typed on the command line. */
    enum Role {
        correspondant(ReviewerRole.CORRESPONDENT),
        expert(ReviewerRole.EXPERT),
        pessii(ReviewerRole.PESSII);

        private final ReviewerRole role;

        Role(ReviewerRole role) {
            this.role = role;
        }
    }

    /** Refuses (usage error) a workspace folder: a team needs a PostgreSQL server. */
    static void requireShared(CommandLine.Model.CommandSpec spec, WorkspaceOption workspace) {
        if (!workspace.isShared()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "La commande «\u00a0team\u00a0» s'applique à un espace partagé (--workspace postgresql://…)\u00a0:"
                            + " la base PostgreSQL applique les rôles de l'équipe.");
        }
    }

    /** {@code team user add}: creates a login of the team, its role and its identity. */
    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Crée un identifiant de l'équipe (CREATE ROLE … LOGIN), son rôle et son identité\u00a0; le"
                    + " relancer met à jour l'identité et le rôle.")
    static final class Add implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        private WorkspaceOption workspace;

        @Option(names = "--login", required = true, paramLabel = "IDENTIFIANT", description = "Identifiant PostgreSQL.")
        private String login;

        @Option(names = "--name", required = true, paramLabel = "NOM", description = "Prénom et nom.")
        private String name;

        @Option(names = "--email", required = true, paramLabel = "E-MAIL", description = "Adresse e-mail.")
        private String email;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "RÔLE",
                description = "correspondant (les dossiers de sa région), expert (les dossiers qui lui sont confiés)"
                        + " ou pessii (tout).")
        private Role role;

        @Option(names = "--region", paramLabel = "RÉGION", description = "Région du correspondant.")
        private String region;

        @Option(
                names = "--new-password-file",
                paramLabel = "FICHIER",
                description = "Mot de passe de l'identifiant (première ligne du fichier)\u00a0; sans lui,"
                        + " l'administrateur le fixe avec \\password dans psql.")
        private Path newPasswordFile;

        @Override
        public Integer call() {
            requireShared(spec, workspace);
            char[] password = newPasswordFile == null ? null : Passwords.fromFile(newPasswordFile);
            Reviewer member;
            try (Workspace opened = workspace.open()) {
                member = opened.team().addUser(login, name, email, role.role, region, password);
            }
            spec.commandLine()
                    .getOut()
                    .println("Identifiant «\u00a0" + login + "\u00a0»\u00a0: " + member.name() + " <" + member.email()
                            + ">, " + member.role().label()
                            + (member.region() == null ? "" : " (" + member.region() + ")"));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
