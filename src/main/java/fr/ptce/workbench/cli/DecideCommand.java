package fr.ptce.workbench.cli;

import fr.ptce.workbench.application.NationalView;
import fr.ptce.workbench.application.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code decide}: PESSII's decision on a dossier (phase-1 laureate, invited to phase 2), with the counters. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Décision du PESSII sur un dossier : lauréat de la phase 1, invité en phase 2.")
final class DecideCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DOSSIER", description = "Espace de travail.")
    private Path workspace;

    @Option(names = "--dossier", required = true, paramLabel = "N°", description = "Numéro du dossier.")
    private String dossier;

    @Option(names = "--laureate", paramLabel = "oui|non", description = "Lauréat de la phase 1 (100 000 €).")
    private String laureate;

    @Option(names = "--invite", paramLabel = "oui|non", description = "Invité en phase 2 (cible b ou c).")
    private String invite;

    @Override
    public Integer call() {
        NationalView view;
        try (Workspace opened = Commands.open(spec, workspace)) {
            view = opened.nationalDecisions().view();
            if (laureate != null) {
                view = opened.nationalDecisions().setLaureate(dossier, yes(laureate, "--laureate"));
            }
            if (invite != null) {
                view = opened.nationalDecisions().setInvited(dossier, yes(invite, "--invite"));
            }
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(view.counters().describeInvited());
        printer.println(view.counters().describeLaureates());
        printer.flush();
        return 0;
    }

    private boolean yes(String value, String option) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "oui", "o", "yes" -> true;
            case "non", "n", "no" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " attend « oui » ou « non », pas « " + value + " ».");
        };
    }
}
