package fr.ptce.workbench.cli.dossier;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.application.importing.ReadColumnMapping;
import fr.ptce.workbench.cli.common.Commands;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code phase2 import}: imports phase-2 DS exports into the workspace that holds phase 1, by the same import as
 * {@code import} (same refusals, exit codes and summary lines).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Importe des exports démarches-simplifiées de la phase\u00a02 (xlsx ou csv) dans l'espace de"
                + " travail de la phase\u00a01.")
public final class Phase2ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--workspace",
            required = true,
            paramLabel = "RÉPERTOIRE|postgresql://…",
            description = "Répertoire de l'espace de travail, ou espace partagé postgresql://…")
    private String workspace;

    @Option(
            names = "--mapping",
            paramLabel = "FICHIER",
            description = "Correspondance des colonnes renommées (voir src/site/markdown/formats.md).")
    private Path mappingFile;

    @Option(
            names = "--force",
            description = "Importe même un export qui ne partage aucun dossier avec les dossiers de phase\u00a02"
                    + " de l'espace, ou qui vient d'une autre démarche (sinon refusé, rien n'est importé).")
    private boolean force;

    @Parameters(arity = "1..*", paramLabel = "FICHIER", description = "Exports à importer.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Phase2Champ> mapping =
                mappingFile == null ? Map.of() : ReadColumnMapping.phase2FromFile(mappingFile);
        try (Workspace opened = Commands.openOrCreate(spec, workspace)) {
            for (Path file : files) {
                ImportReport report = opened.importDossiers().phase2FromFile(file, mapping, force, Progress.NONE);
                Commands.print(out, report);
            }
        }
        out.flush();
        return 0;
    }
}
