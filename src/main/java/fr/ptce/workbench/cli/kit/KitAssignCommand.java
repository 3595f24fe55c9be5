package fr.ptce.workbench.cli.kit;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.PhaseOption;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.campaign.Phase;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kit assign}: gives dossiers to an expert, or records the expert's conflict of interest on them. */
@Command(
        name = "assign",
        mixinStandardHelpOptions = true,
        description = "Confie des dossiers à un expert, ou enregistre son conflit d'intérêts (--conflict).")
final class KitAssignCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private PhaseOption phase;

    @Option(names = "--expert", required = true, paramLabel = "E-MAIL", description = "Adresse e-mail de l'expert.")
    private String expert;

    @Option(names = "--dossier", required = true, arity = "1..*", paramLabel = "N", description = "Dossiers.")
    private List<String> dossiers;

    @Option(names = "--conflict", description = "L'expert déclare un conflit d'intérêts sur ces dossiers.")
    private boolean conflict;

    @Option(names = "--note", description = "Précision sur le conflit d'intérêts.")
    private String note;

    @Option(names = "--remove", description = "Retire ces dossiers à l'expert.")
    private boolean remove;

    @Override
    public Integer call() {
        Phase asked = phase.asked();
        try (Workspace opened = workspace.open()) {
            for (String number : dossiers) {
                opened.phaseGrids().phaseOf(number, asked);
                if (remove) {
                    opened.assignExperts().unassign(number, expert);
                } else {
                    opened.assignExperts().assign(number, expert, conflict, note);
                }
            }
        }
        spec.commandLine()
                .getOut()
                .println((remove ? "Retirés\u00a0: " : conflict ? "Conflits d'intérêts\u00a0: " : "Assignés\u00a0: ")
                        + String.join(", ", dossiers));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
