package fr.ptce.workbench.cli.kit;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.kit.ExpertProgress;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.review.ReviewComparison.Thresholds;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kit progress}: per expert kits sent, returned, dossiers scored n/N, late; then the dossiers to discuss. */
@Command(
        name = "progress",
        mixinStandardHelpOptions = true,
        description = "Avancement par expert, puis les dossiers à discuter (écarts entre évaluateurs).")
final class KitProgressCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--spread",
            paramLabel = "POINTS",
            description = "Écart qui signale un désaccord (défaut\u00a0: 2).")
    private BigDecimal spread = Thresholds.DEFAULT.spread();

    @Option(
            names = "--pass-mark",
            paramLabel = "NOTE",
            description = "Signaler aussi des notes de part et d'autre de cette note.")
    private BigDecimal passMark;

    @Override
    public Integer call() {
        List<ExpertProgress> progress;
        Map<String, List<String>> discuss;
        try (Workspace opened = workspace.open()) {
            progress = opened.expertReviews().progress();
            discuss = opened.expertReviews().toDiscuss(new Thresholds(spread, Optional.ofNullable(passMark)));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Expert\tKits envoyés\tRetournés\tDossiers notés\tEn retard");
        for (ExpertProgress p : progress) {
            out.println(p.expert().signature() + "\t" + p.kitsSent() + "\t" + p.kitsReturned() + "\t" + p.scored() + "/"
                    + p.assigned() + "\t" + (p.late() ? "oui" : "non"));
        }
        out.println("À discuter\u00a0: " + (discuss.isEmpty() ? "aucun dossier" : ""));
        discuss.forEach((n, codes) -> out.println("  dossier n° " + n + "\u00a0: " + String.join(", ", codes)));
        out.flush();
        return 0;
    }
}
