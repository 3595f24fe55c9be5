package fr.ptce.workbench.cli;

import fr.ptce.workbench.application.InvalidInputException;
import fr.ptce.workbench.application.ReviewSheet;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Reviewer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code score}: scores and comments criteria of the user's review of a dossier, all assignments validated before
 * any is saved, in one transaction.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Note un dossier sur la grille et juge sa gouvernance démocratique (tout ou rien : une note"
                + " refusée n'enregistre rien).")
final class ScoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DOSSIER", description = "Espace de travail.")
    private Path workspace;

    @Option(names = "--dossier", required = true, paramLabel = "N°", description = "Numéro du dossier.")
    private String dossier;

    @Option(names = "--reviewer", paramLabel = "NOM",
            description = "Évaluateur ; s'il diffère de l'utilisateur enregistré, il le devient.")
    private String reviewer;

    @Option(names = "--email", paramLabel = "E-MAIL",
            description = "E-mail de l'évaluateur donné par --reviewer (sinon déduit du nom, suffixe @local).")
    private String email;

    @Option(names = "--role", defaultValue = "correspondant", paramLabel = "RÔLE",
            description = "Rôle de l'évaluateur donné par --reviewer (défaut : ${DEFAULT-VALUE}).")
    private UserCommand.Role role;

    @Option(names = "--comment", paramLabel = "CRITÈRE=TEXTE", description = "Commentaire d'un critère.")
    private List<String> comments = new ArrayList<>();

    @Option(names = "--governance", paramLabel = "oui|perspective|non",
            description = "Gouvernance démocratique au sens de l'ESS : oui, en perspective (perspective) ou non.")
    private String governance;

    @Parameters(paramLabel = "CRITÈRE=NOTE", description = "Notes, par exemple V1=4 O2=3 (vide : efface).")
    private List<String> assignments = new ArrayList<>();

    @Override
    public Integer call() {
        Governance judged = governance == null ? null : Governance.parse(governance).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "--governance : « " + governance
                        + " » n'est pas une réponse (oui, perspective ou non)."));
        if (assignments.isEmpty() && comments.isEmpty() && judged == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Indiquez au moins une note (V1=4), un commentaire (--comment V1=\"…\") ou la gouvernance"
                            + " (--governance oui).");
        }
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String assignment : assignments) {
            split(assignment, problems).ifPresent(kv -> number(kv[0], kv[1], problems)
                    .ifPresent(value -> scores.put(kv[0], value.orElse(null))));
        }
        for (String comment : comments) {
            split(comment, problems).ifPresent(kv -> texts.put(kv[0], kv[1]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Dossier n° " + dossier + " : " + String.join(" ; ", problems));
        }
        try (Workspace opened = Commands.open(spec, workspace)) {
            identify(opened);
            opened.scoreDossier().setScores(dossier, scores, texts, judged);
            ReviewSheet sheet = opened.readReviews().of(dossier);
            spec.commandLine().getOut().println("Dossier n° " + dossier + " : enregistré — total "
                    + sheet.myTotals().total().toPlainString().replace('.', ',') + " / 100"
                    + (sheet.myTotals().complete() ? "" : " (grille incomplète)")
                    + (judged == null ? "" : " — gouvernance démocratique : " + judged.label()));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void identify(Workspace opened) {
        if (reviewer == null) {
            return;
        }
        Optional<Reviewer> current = opened.workspaceUser().current();
        String wantedEmail = email != null ? email : current.filter(u -> u.name().equals(reviewer.strip()))
                .map(Reviewer::email).orElseGet(() -> localEmail(reviewer));
        Reviewer wanted = UserCommand.reviewer(reviewer, wantedEmail, role.role(),
                current.map(Reviewer::region).orElse(null));
        if (current.isEmpty() || !current.get().name().equals(wanted.name())
                || !current.get().email().equals(wanted.email())) {
            opened.workspaceUser().set(wanted);
        }
    }

    private static String localEmail(String name) {
        String ascii = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "") + "@local";
    }

    private static Optional<String[]> split(String assignment, List<String> problems) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            problems.add("« " + assignment + " » n'est pas de la forme CRITÈRE=VALEUR (par exemple V1=4)");
            return Optional.empty();
        }
        return Optional.of(new String[] {assignment.substring(0, equals).strip(), assignment.substring(equals + 1)});
    }

    /** The score typed (a comma as decimal separator is accepted; empty clears), or a problem. */
    private static Optional<Optional<BigDecimal>> number(String code, String text, List<String> problems) {
        String value = text.strip().replace(',', '.');
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(new BigDecimal(value)));
        } catch (NumberFormatException e) {
            problems.add("la note de " + code + " « " + text + " » n'est pas un nombre");
            return Optional.empty();
        }
    }
}
