package fr.ptce.workbench.cli;

import fr.ptce.workbench.application.ExportNational;
import fr.ptce.workbench.application.NationalView;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code national}: PESSII's national workbook, and the public list of the dossiers invited to phase 2. */
@Command(name = "national", mixinStandardHelpOptions = true,
        description = "Exporte le classement national (xlsx) et, avec --public, la liste publique des dossiers"
                + " invités en phase 2.")
final class NationalCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DOSSIER", description = "Espace de travail.")
    private Path workspace;

    @Option(names = "--out", paramLabel = "FICHIER.xlsx",
            description = "Fichier ou dossier de sortie (par défaut : national-<AAAA-MM-JJ>.xlsx dans le dossier"
                    + " courant).")
    private Path out;

    @Option(names = "--public", paramLabel = "FICHIER.xlsx",
            description = "Écrit aussi la liste publique des dossiers invités en phase 2 (projet, structure,"
                    + " région).")
    private Path publicList;

    @Option(names = "--tie-break", paramLabel = "ORDRE",
            description = "Change d'abord l'ordre de départage, par ex. « V, O, E, dépôt » (enregistré).")
    private String tieBreak;

    @Override
    public Integer call() {
        ExportNational.Report report;
        NationalView view;
        try (Workspace opened = Commands.open(spec, workspace)) {
            if (tieBreak != null) {
                opened.nationalDecisions().setOrder(tieBreak);
            }
            report = opened.exportNational().toWorkbook(out == null ? Path.of("").toAbsolutePath() : out,
                    Optional.ofNullable(publicList), Progress.NONE);
            view = opened.nationalDecisions().view();
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Classement national écrit : " + report.file().toAbsolutePath());
        printer.println("Dossiers : " + report.rows() + " (départage : " + view.order() + ")");
        printer.println(view.counters().describeInvited());
        printer.println(view.counters().describeLaureates());
        report.publicFile().ifPresent(file -> printer.println("Liste publique écrite : " + file.toAbsolutePath()
                + " (" + report.invited() + (report.invited() > 1 ? " dossiers)" : " dossier)")));
        if (!view.openConflicts().isEmpty()) {
            printer.println("Conflits ouverts : " + view.openConflicts().size() + " (voir « conflicts »)");
        }
        printer.flush();
        return 0;
    }
}
