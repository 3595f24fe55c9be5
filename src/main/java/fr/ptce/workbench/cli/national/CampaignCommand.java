package fr.ptce.workbench.cli.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.CampaignText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code campaign}: prints the campaign's data (waves, the phase-2 invitation target, the phase-2 numbers) in its
 * « clé : valeur » text form, or stores a new one from a file in that form.
 */
@Command(
        name = "campaign",
        mixinStandardHelpOptions = true,
        description = {
            "Affiche les données de la campagne (vagues, objectif d'invités en phase 2, nombres de la"
                    + " phase 2) ou, avec --set, les remplace par celles d'un fichier texte de même forme.",
            "Une version utilisée par une décision est figée\u00a0: la modification en crée une nouvelle. Les vagues"
                    + " s'appliquent aux contrôles à la prochaine ouverture de l'espace."
        })
public final class CampaignCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--set",
            paramLabel = "FICHIER.txt",
            description = "Fichier texte UTF-8 «\u00a0clé\u00a0: valeur\u00a0» (la forme qu'affiche la commande sans"
                    + " --set).")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        try (Workspace opened = workspace.open()) {
            if (file != null) {
                Campaign saved = opened.campaign().save(read(file));
                printer.println("Campagne enregistrée (version " + saved.version() + ").");
            }
            printer.print(CampaignText.write(opened.campaign().current()));
        }
        printer.flush();
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "Lecture impossible de «\u00a0" + file + "\u00a0»\u00a0:" + " " + e.getMessage() + ".");
        }
    }
}
