package fr.ptce.workbench.cli.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.national.ExportNational;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.application.phase2.ExportPhase2National;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.phase2.Envelope;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code national}: PESSII's national workbook, and the public lists of the cabinet's recorded decisions (phase-2
 * invitees, phase-1 laureates).
 */
@Command(
        name = "national",
        mixinStandardHelpOptions = true,
        description = "Exporte le classement national (xlsx, par vague) et, avec --public et --laureates, les listes"
                + " publiques des décisions du cabinet enregistrées (invités en phase 2, lauréats de la phase 1).")
public final class NationalCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--out",
            paramLabel = "FICHIER.xlsx",
            description = "Fichier ou dossier de sortie (par défaut\u00a0: national-<AAAA-MM-JJ>.xlsx dans le dossier"
                    + " courant).")
    private Path out;

    @Option(
            names = "--public",
            paramLabel = "FICHIER.xlsx",
            description = "Écrit aussi la liste publique des dossiers invités en phase 2 par décision du cabinet"
                    + " (projet, structure, région).")
    private Path publicList;

    @Option(
            names = "--laureates",
            paramLabel = "FICHIER.xlsx",
            description = "Écrit aussi la liste publique des lauréats de la phase 1 par décision du cabinet (projet,"
                    + " structure, région).")
    private Path laureatesList;

    @Option(
            names = "--tie-break",
            paramLabel = "ORDRE",
            description = "Change d'abord l'ordre de départage, par ex. «\u00a0V, O, E, dépôt\u00a0» (enregistré).")
    private String tieBreak;

    @Option(
            names = "--phase",
            paramLabel = "1|2",
            defaultValue = "1",
            description = "Phase de l'appel (par défaut 1). --phase 2 écrit le classeur de la phase\u00a02"
                    + " (classement, décisions, enveloppe) et, avec --laureates, la liste publique des lauréats de la"
                    + " phase\u00a02.")
    private int phase;

    @Override
    public Integer call() {
        if (phase != 1 && phase != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--phase vaut 1 ou 2.");
        }
        if (phase == 2) {
            return phase2();
        }
        ExportNational.Report report;
        NationalView view;
        try (Workspace opened = workspace.open()) {
            if (tieBreak != null) {
                opened.nationalDecisions().setOrder(tieBreak);
            }
            report = opened.exportNational()
                    .toWorkbook(
                            out == null ? Path.of("").toAbsolutePath() : out,
                            Optional.ofNullable(publicList),
                            Optional.ofNullable(laureatesList),
                            Progress.NONE);
            view = opened.nationalDecisions().view();
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Classement national écrit\u00a0: " + report.file().toAbsolutePath());
        printer.println("Dossiers\u00a0: " + report.rows() + " (départage\u00a0: " + view.order() + ")");
        printer.println(view.counters().describeLaureates());
        printer.println(view.counters().describeInvited());
        report.publicFile()
                .ifPresent(file -> printer.println("Liste publique des invités en phase 2 écrite\u00a0: "
                        + file.toAbsolutePath() + " (" + dossiers(report.invited()) + ")"));
        report.laureatesFile()
                .ifPresent(file -> printer.println("Liste publique des lauréats de la phase 1"
                        + " écrite\u00a0: "
                        + file.toAbsolutePath() + " (" + dossiers(report.laureates()) + ")"));
        if (!view.openConflicts().isEmpty()) {
            printer.println(
                    "Conflits ouverts\u00a0: " + view.openConflicts().size() + " (voir" + " «\u00a0conflicts\u00a0»)");
        }
        printer.flush();
        return 0;
    }

    private Integer phase2() {
        if (publicList != null || tieBreak != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--public et --tie-break ne valent qu'en phase\u00a01.");
        }
        ExportPhase2National.Report report;
        try (Workspace opened = workspace.open()) {
            report = opened.phase2()
                    .export()
                    .toWorkbook(out == null ? Path.of("").toAbsolutePath() : out, Optional.ofNullable(laureatesList));
        }
        Envelope envelope = report.view().envelope();
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(
                "Classeur de la phase\u00a02 écrit\u00a0: " + report.file().toAbsolutePath());
        printer.println("Dossiers de phase\u00a02\u00a0: " + report.rows());
        printer.println(envelope.describeLaureates());
        printer.println(envelope.describeEnvelope());
        printer.println(envelope.describeThirdYear());
        report.laureatesFile()
                .ifPresent(file -> printer.println("Liste publique des lauréats de la phase\u00a02 écrite\u00a0: "
                        + file.toAbsolutePath() + " (" + dossiers(report.laureates()) + ")"));
        printer.flush();
        return 0;
    }

    private static String dossiers(int n) {
        return n + (n > 1 ? " dossiers" : " dossier");
    }
}
