package fr.ptce.workbench.cli.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierView;
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

    @Override
    public Integer call() throws JsonProcessingException {
        workspace.requireExisting();
        PrintWriter out = spec.commandLine().getOut();
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
