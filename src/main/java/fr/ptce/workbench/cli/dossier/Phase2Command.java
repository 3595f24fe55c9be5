package fr.ptce.workbench.cli.dossier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code phase2}: the commands of phase 2 of the call (the « dossier additionnel » of the invited laureates). */
@Command(
        name = "phase2",
        mixinStandardHelpOptions = true,
        description = "Phase 2 de l'appel\u00a0: dossiers additionnels des lauréats invités.",
        subcommands = {Phase2ImportCommand.class})
public final class Phase2Command implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Indiquez une sous-commande (import).");
    }
}
