package fr.ptce.workbench.cli.review;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code user}: says who uses the workspace.folder(); the identity is written on every review, avis and change. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Enregistre l'identité de l'utilisateur de l'espace de travail.")
public final class UserCommand implements Callable<Integer> {

    /** The roles as typed on the command line. */
    enum Role {
        correspondant(ReviewerRole.CORRESPONDENT),
        expert(ReviewerRole.EXPERT),
        pessii(ReviewerRole.PESSII);

        private final ReviewerRole role;

        Role(ReviewerRole role) {
            this.role = role;
        }

        ReviewerRole role() {
            return role;
        }
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--name", required = true, paramLabel = "NOM", description = "Prénom et nom.")
    private String name;

    @Option(names = "--email", required = true, paramLabel = "E-MAIL", description = "Adresse e-mail.")
    private String email;

    @Option(names = "--role", required = true, paramLabel = "RÔLE", description = "correspondant, expert ou pessii.")
    private Role role;

    @Option(names = "--region", paramLabel = "RÉGION", description = "Région (correspondant régional).")
    private String region;

    @Override
    public Integer call() {
        Reviewer user = reviewer(name, email, role.role(), region);
        try (Workspace opened = workspace.open()) {
            opened.workspaceUser().set(user);
        }
        spec.commandLine()
                .getOut()
                .println("Utilisateur\u00a0: " + user.name() + " <" + user.email() + ">, "
                        + user.role().label() + (user.region() == null ? "" : " (" + user.region() + ")"));
        spec.commandLine().getOut().flush();
        return 0;
    }

    static Reviewer reviewer(String name, String email, ReviewerRole role, String region) {
        try {
            return new Reviewer(name, email, role, region);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
