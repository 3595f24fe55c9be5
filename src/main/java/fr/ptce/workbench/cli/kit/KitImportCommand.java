package fr.ptce.workbench.cli.kit;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.kit.KitDecisionRequiredException;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitImportReport;
import fr.ptce.workbench.cli.common.ExitStatus;
import fr.ptce.workbench.cli.common.PhaseOption;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kit import}: imports a returned kit; exit 1 when refused (altered locked cells, unknown kit) or when a
 * decision is needed and its option is missing — nothing is then saved.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Importe le kit expert rempli d'un expert\u00a0: ses notes deviennent son évaluation.")
final class KitImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private PhaseOption phase;

    @Option(names = "--accept-valid", description = "Enregistrer les lignes valides malgré des cellules invalides.")
    private boolean acceptValid;

    @Option(names = "--accept-changed", description = "Importer les notes de dossiers modifiés depuis l'export.")
    private boolean acceptChanged;

    @Option(names = "--replace", description = "Deuxième retour d'un même kit expert\u00a0: remplacer les notes.")
    private boolean replace;

    @Parameters(paramLabel = "FICHIER.xlsx", description = "Kit expert rempli.")
    private Path file;

    @Override
    public Integer call() {
        KitImportReport report;
        try (Workspace opened = workspace.open()) {
            report = opened.importKit()
                    .importKit(file, new KitDecisions(acceptValid, acceptChanged, replace), phase.asked());
        } catch (KitDecisionRequiredException e) {
            spec.commandLine().getErr().println("Refusé. " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitStatus.REFUSED;
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Kit expert importé\u00a0: " + report.expert());
        printer.println("Dossiers notés\u00a0: " + report.saved().size()
                + (report.saved().isEmpty() ? "" : " (" + String.join(", ", report.saved()) + ")"));
        report.conflicts().forEach(n -> printer.println("Conflit d'intérêts déclaré\u00a0: dossier n° " + n));
        report.skipped().forEach(s -> printer.println("Ignoré\u00a0: " + s));
        report.check()
                .changedDossiers()
                .forEach((n, h) -> printer.println("Importé bien que modifié depuis" + " l'export\u00a0: dossier n° "
                        + n + " (" + String.join(", ", h) + ")"));
        if (report.check().secondReturn()) {
            printer.println("Deuxième retour\u00a0: notes remplacées ("
                    + report.check().differences().size() + " différence(s))");
        }
        printer.flush();
        return 0;
    }
}
