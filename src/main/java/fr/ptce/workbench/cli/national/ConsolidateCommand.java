package fr.ptce.workbench.cli.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.national.ConsolidationReport;
import fr.ptce.workbench.cli.common.ExitStatus;
import fr.ptce.workbench.cli.common.PhaseOption;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code consolidate}: imports regions' avis workbooks into a PESSII workspace and prints each file's outcome. */
@Command(
        name = "consolidate",
        mixinStandardHelpOptions = true,
        description = "Importe les classeurs d'avis des régions dans l'espace de travail du PESSII.")
public final class ConsolidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private PhaseOption phase;

    @Parameters(arity = "1..*", paramLabel = "FICHIER.xlsx", description = "Classeurs d'avis des régions.")
    private List<Path> files;

    @Override
    public Integer call() {
        ConsolidationReport report;
        try (Workspace opened = workspace.openOrCreate()) {
            report = opened.consolidateAvis().importFiles(files, phase.asked(), Progress.NONE);
        }
        PrintWriter printer = spec.commandLine().getOut();
        for (FileOutcome file : report.files()) {
            printer.println(line(file));
            file.conflicts().forEach(conflict -> printer.println("  " + conflict));
        }
        printer.flush();
        return report.anyRefused() ? ExitStatus.REFUSED : 0;
    }

    private static String line(FileOutcome file) {
        return switch (file.status()) {
            case ACCEPTED -> file.file() + "\u00a0: " + file.status().label() + " (" + file.rows() + " dossiers)";
            case REFUSED -> file.file() + "\u00a0: " + file.status().label() + " — " + file.message();
            case ALREADY_IMPORTED -> file.file() + "\u00a0: " + file.status().label();
        };
    }
}
