package fr.ptce.workbench.cli.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.application.phase2.Phase2Row;
import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.application.review.DossierReviews;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossiers}: lists the workspace's dossiers as a table, csv or JSON. */
@Command(name = "dossiers", mixinStandardHelpOptions = true, description = "Liste les dossiers de l'espace de travail.")
public final class DossiersCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        table,
        csv,
        json
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            description = "table, csv ou json (défaut\u00a0: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(
            names = "--phase",
            defaultValue = "1",
            paramLabel = "PHASE",
            description = "1 (dossiers de l'appel) ou 2 (dossiers additionnels des invités\u00a0; json seulement)"
                    + " (défaut\u00a0: ${DEFAULT-VALUE}).")
    private int phase;

    @Override
    public Integer call() throws JsonProcessingException {
        if (phase != 1 && phase != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--phase vaut 1 ou 2.");
        }
        if (phase == 2 && format != Format.json) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "La phase\u00a02 s'affiche en json\u00a0: ajoutez --format json.");
        }
        workspace.requireExisting();
        PrintWriter out = spec.commandLine().getOut();
        if (phase == 2) {
            List<Phase2View> phase2;
            Map<String, DossierReviews> instruction;
            Map<String, Phase2Row> decisions;
            try (Workspace opened = workspace.open()) {
                phase2 = opened.phase2().read().all();
                instruction = opened.readReviews().all();
                decisions = opened.phase2().decisions().view().ranking().stream()
                        .collect(java.util.stream.Collectors.toMap(Phase2Row::number, r -> r));
            }
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(phase2.stream()
                            .map(v -> Phase2Json.of(v, instruction.get(v.number()), decisions.get(v.number())))
                            .toList()));
            out.flush();
            return 0;
        }
        List<DossierView> views;
        Map<String, DossierReviews> reviews;
        try (Workspace opened = workspace.open()) {
            views = opened.readDossiers().all();
            reviews = format == Format.json ? opened.readReviews().all() : Map.of();
        }
        switch (format) {
            case json ->
                out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(views.stream()
                                .map(v -> DossierJson.of(
                                        v, reviews.get(v.dossier().number())))
                                .toList()));
            case csv -> DossierTable.csv(views, out);
            case table -> DossierTable.table(views, out);
        }
        out.flush();
        return 0;
    }
}
