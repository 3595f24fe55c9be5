package fr.ptce.workbench.cli.dossier;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.application.importing.ReadColumnMapping;
import fr.ptce.workbench.cli.common.Commands;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: imports DS exports into a workspace, one summary line per file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Importe des exports démarches-simplifiées (xlsx, ods, csv, ou zip avec les pièces jointes) dans"
                + " l'espace de travail.")
public final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--workspace",
            required = true,
            paramLabel = "RÉPERTOIRE|postgresql://…",
            description = "Répertoire de l'espace de travail (créé s'il n'existe pas), ou espace partagé"
                    + " postgresql://[IDENTIFIANT@]SERVEUR[:PORT]/BASE[?sslmode=verify-full] (base créée par"
                    + " l'administrateur).")
    private String workspace;

    @Option(
            names = "--mapping",
            paramLabel = "FICHIER",
            description = "Correspondance des colonnes renommées (voir src/site/markdown/formats.md).")
    private Path mappingFile;

    @Option(
            names = "--force",
            description = "Importe même un export qui ne partage aucun dossier avec l'espace de"
                    + " travail, ou qui vient d'une autre démarche (sinon refusé, rien n'est importé).")
    private boolean force;

    @Parameters(arity = "1..*", paramLabel = "FICHIER", description = "Exports à importer.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ColumnMapping mapping = mappingFile == null ? ColumnMapping.NONE : ReadColumnMapping.fromFile(mappingFile);
        try (Workspace opened = Commands.openOrCreate(spec, workspace)) {
            for (Path file : files) {
                ImportReport report = opened.importDossiers().fromFile(file, mapping, force, Progress.NONE);
                Commands.print(out, report);
            }
        }
        out.flush();
        return 0;
    }
}
