package fr.ptce.workbench.cli.workspace;

import fr.ptce.workbench.application.GenerateSamples;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate-samples}: writes synthetic DS exports (for demos, tests and benchmarks). */
@Command(
        name = "generate-samples",
        mixinStandardHelpOptions = true,
        description = "Écrit un export démarches-simplifiées synthétique (dossiers inventés).")
public final class GenerateSamplesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "RÉPERTOIRE",
            description = "Répertoire où écrire le fichier.")
    private Path folder;

    @Option(
            names = "--count",
            defaultValue = "24",
            description = "Nombre de dossiers (défaut\u00a0: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--seed", defaultValue = "2021", description = "Graine du tirage (défaut\u00a0: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--era", defaultValue = "Y2021", description = "Y2021 ou Y2025 (défaut\u00a0: ${DEFAULT-VALUE}).")
    private DsEra era;

    @Option(
            names = "--format",
            defaultValue = "XLSX",
            description = "XLSX, ODS (le jumeau de l'xlsx, écrit comme "
                    + "démarches-simplifiées l'écrivait), CSV ou ZIP (l'export zip\u00a0: l'xlsx et un dossier par"
                    + " dossier avec de petits PDF synthétiques) (défaut\u00a0: ${DEFAULT-VALUE}).")
    private GenerateSamples.Format format;

    @Option(
            names = "--phase",
            defaultValue = "1",
            description = "1, ou 2\u00a0: l'export de phase\u00a02 des invités parmi les dossiers de l'export de"
                    + " phase\u00a01 --from (XLSX ou CSV) (défaut\u00a0: ${DEFAULT-VALUE}).")
    private int phase;

    @Option(
            names = "--from",
            paramLabel = "EXPORT",
            description = "Avec --phase 2\u00a0: l'export de phase\u00a01 dont les invités déposent le dossier"
                    + " additionnel.")
    private Path phase1Export;

    @Override
    public Integer call() throws Exception {
        if (phase != 1 && phase != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--phase vaut 1 ou 2.");
        }
        if (phase == 2 && format == GenerateSamples.Format.ODS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "La phase\u00a02 s'écrit en XLSX ou CSV.");
        }
        if (phase == 2 && phase1Export == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--phase 2 demande l'export de phase\u00a01\u00a0: --from EXPORT.");
        }
        if (phase == 2) {
            Path written = GenerateSamples.writePhase2(folder, phase1Export, format);
            spec.commandLine().getOut().println(written + "\u00a0: dossiers synthétiques de phase\u00a02");
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count doit être au moins 1.");
        }
        Files.createDirectories(folder);
        Path written = GenerateSamples.write(folder, seed, count, era, format);
        spec.commandLine().getOut().println(written + "\u00a0: " + count + " dossiers synthétiques");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
