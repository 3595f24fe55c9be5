package fr.ptce.workbench.cli.online;

import picocli.CommandLine.Command;

/**
 * {@code ds}: DS online, through DS's API v2 — read the dossiers ({@code sync}), send the decisions back
 * ({@code push}).
 */
@Command(
        name = "ds",
        mixinStandardHelpOptions = true,
        description = "démarches-simplifiées en ligne (API GraphQL, jeton d'administrateur)\u00a0: lire les dossiers"
                + " (sync), renvoyer les décisions (push). Jamais nécessaire hors ligne.",
        subcommands = {DsSyncCommand.class, DsPushCommand.class})
public final class DsCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
