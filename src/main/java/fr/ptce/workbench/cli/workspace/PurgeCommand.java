package fr.ptce.workbench.cli.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code purge}: deletes the campaign of a workspace (every dossier and the personal data attached to it), only
 * with {@code --confirm}.
 */
@Command(
        name = "purge",
        mixinStandardHelpOptions = true,
        description = "Purge la campagne\u00a0: supprime tous les dossiers et leurs données personnelles"
                + " (irréversible\u00a0; exige --confirm).")
public final class PurgeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--confirm", description = "Confirme la suppression définitive.")
    private boolean confirm;

    @Override
    public Integer call() {
        int purged;
        try (Workspace opened = workspace.open()) {
            if (!confirm) {
                throw new InvalidInputException("la purge supprimerait définitivement les "
                        + opened.listDossiers().all().size() + " dossiers de l'espace «\u00a0" + workspace.location()
                        + "\u00a0» et leurs données personnelles\u00a0; relancez avec --confirm pour la faire. Rien"
                        + " n'a été supprimé.");
            }
            purged = opened.purgeCampaign();
        }
        spec.commandLine().getOut().println("Campagne purgée\u00a0: " + purged + " dossiers supprimés.");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
