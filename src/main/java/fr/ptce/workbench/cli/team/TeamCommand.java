package fr.ptce.workbench.cli.team;

import picocli.CommandLine.Command;

/** {@code team}: a team workspace on PostgreSQL — prepare the database, add the team's logins. */
@Command(
        name = "team",
        mixinStandardHelpOptions = true,
        description = "Espace d'équipe sur PostgreSQL\u00a0: préparer la base (rôles, sécurité par ligne), ajouter les"
                + " identifiants de l'équipe.",
        subcommands = {TeamInitCommand.class, TeamUserCommand.class, TeamCheckoutCommand.class, TeamCheckinCommand.class
        })
public final class TeamCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
