package fr.ptce.workbench.cli.kit;

import picocli.CommandLine.Command;

/** {@code kit}: expert kits — add an expert, assign dossiers, export a kit, import it back, follow progress. */
@Command(
        name = "kit",
        mixinStandardHelpOptions = true,
        description = "Kits experts\u00a0: experts, assignations, export et retour des kits xlsx, avancement.",
        subcommands = {
            KitExpertCommand.class,
            KitAssignCommand.class,
            KitExportCommand.class,
            KitImportCommand.class,
            KitProgressCommand.class
        })
public final class KitCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
