package fr.ptce.workbench.cli.kit;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.kit.Expert;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kit expert}: adds an expert, or updates the name and organisation of a known e-mail. */
@Command(name = "expert", mixinStandardHelpOptions = true, description = "Ajoute ou met à jour un expert.")
final class KitExpertCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--name", required = true, paramLabel = "NOM", description = "Nom de l'expert.")
    private String name;

    @Option(
            names = "--email",
            required = true,
            paramLabel = "E-MAIL",
            description = "Adresse e-mail de l'expert (sa clé).")
    private String email;

    @Option(
            names = "--organisation",
            paramLabel = "ORGANISATION",
            description = "Organisation (CRESS, PTCE compagnon…).")
    private String organisation;

    @Override
    public Integer call() {
        try (Workspace opened = workspace.open()) {
            Expert expert = opened.assignExperts().saveExpert(name, email, organisation);
            spec.commandLine().getOut().println("Expert enregistré\u00a0: " + expert.signature());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
