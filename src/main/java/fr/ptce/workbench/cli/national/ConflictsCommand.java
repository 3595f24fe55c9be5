package fr.ptce.workbench.cli.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.national.AvisConflict;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conflicts}: lists the open conflicts of the national consolidation, or resolves one with {@code --keep}. */
@Command(
        name = "conflicts",
        mixinStandardHelpOptions = true,
        description = "Liste les conflits de la consolidation nationale\u00a0; avec --dossier et --keep, retient la"
                + " ligne d'une région.")
public final class ConflictsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--dossier", paramLabel = "N°", description = "Dossier dont le conflit est résolu.")
    private String dossier;

    @Option(names = "--keep", paramLabel = "RÉGION", description = "Région dont la ligne est retenue.")
    private String keep;

    @Override
    public Integer call() {
        if ((dossier == null) != (keep == null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--dossier et --keep vont ensemble\u00a0: le dossier et la région à retenir.");
        }
        NationalView view;
        try (Workspace opened = workspace.open()) {
            view = dossier == null
                    ? opened.nationalDecisions().view()
                    : opened.nationalDecisions().resolveConflict(dossier, keep);
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (dossier != null) {
            printer.println("Dossier " + dossier + "\u00a0: ligne de la région " + keep + " retenue.");
        }
        if (view.openConflicts().isEmpty()) {
            printer.println("Aucun conflit ouvert.");
        }
        for (AvisConflict conflict : view.openConflicts()) {
            printer.println(conflict.file() + " — " + conflict.describe());
        }
        printer.flush();
        return 0;
    }
}
