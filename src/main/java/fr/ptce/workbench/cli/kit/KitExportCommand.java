package fr.ptce.workbench.cli.kit;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.kit.KitExportReport;
import fr.ptce.workbench.cli.common.PhaseOption;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.campaign.Phase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kit export}: writes an expert's kit and prints its path, kit id, dossiers and checksum. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Exporte le kit expert (xlsx) d'un expert avec les dossiers qui lui sont confiés"
                + " (--phase 2\u00a0: ses dossiers additionnels de la phase\u00a02, critères P1 à P5).")
final class KitExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private PhaseOption phase;

    @Option(names = "--expert", required = true, paramLabel = "E-MAIL", description = "Adresse e-mail de l'expert.")
    private String expert;

    @Option(
            names = "--name",
            paramLabel = "NOM",
            description = "Nom de l'expert (l'ajoute s'il n'est pas encore connu).")
    private String name;

    @Option(
            names = "--organisation",
            paramLabel = "ORGANISATION",
            description = "Organisation de l'expert (avec --name).")
    private String organisation;

    @Option(
            names = "--out",
            paramLabel = "FICHIER.xlsx",
            description = "Fichier ou répertoire de sortie (par défaut\u00a0: kit-expert-<nom>-<AAAA-MM-JJ>.xlsx).")
    private Path out;

    @Option(
            names = "--dossier",
            arity = "1..*",
            paramLabel = "N",
            description = "Dossiers à confier à l'expert avant l'export (sinon\u00a0: ceux déjà assignés).")
    private List<String> dossiers = List.of();

    @Option(names = "--pseudonymise", description = "Sans nom, e-mail ni téléphone du référent.")
    private boolean pseudonymise;

    @Option(
            names = "--deadline",
            paramLabel = "AAAA-MM-JJ",
            description = "Date limite de retour (défaut\u00a0: J+14).")
    private LocalDate deadline;

    @Override
    public Integer call() {
        KitExportReport report;
        Phase asked = phase.orFirst();
        try (Workspace opened = workspace.open()) {
            if (name != null) {
                opened.assignExperts().saveExpert(name, expert, organisation);
            }
            report = opened.exportKit()
                    .export(
                            expert,
                            dossiers,
                            pseudonymise,
                            out == null ? Path.of("").toAbsolutePath() : out,
                            Optional.ofNullable(deadline),
                            asked);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Kit expert" + (asked == Phase.TWO ? " de phase\u00a02" : "") + " écrit\u00a0: "
                + report.file().toAbsolutePath());
        printer.println("Kit\u00a0: " + report.kitId());
        printer.println("Dossiers\u00a0: " + String.join(", ", report.dossiers()));
        printer.println("SHA-256\u00a0: " + report.sha256());
        printer.flush();
        return 0;
    }
}
