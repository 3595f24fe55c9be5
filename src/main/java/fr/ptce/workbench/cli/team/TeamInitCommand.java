package fr.ptce.workbench.cli.team;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code team init}: prepares a shared workspace's database for a team (schema, roles, grants, row-level security). */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Prépare la base d'un espace partagé pour une équipe\u00a0: schéma, rôles ptce_correspondant,"
                + " ptce_expert, ptce_pessii, droits et sécurité par ligne. À lancer par le propriétaire de la base,"
                + " de nouveau après une mise à jour de l'atelier.")
public final class TeamInitCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Override
    public Integer call() {
        TeamUserCommand.requireShared(spec, workspace);
        try (Workspace opened = workspace.openOrCreate()) {
            opened.team().init();
        }
        spec.commandLine()
                .getOut()
                .println("Espace d'équipe prêt\u00a0: rôles ptce_correspondant, ptce_expert, ptce_pessii et sécurité"
                        + " par ligne sur les dossiers. Ajoutez les identifiants avec «\u00a0team user add\u00a0».");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
