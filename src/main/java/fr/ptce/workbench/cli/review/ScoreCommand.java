package fr.ptce.workbench.cli.review;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.review.ReviewSheet;
import fr.ptce.workbench.cli.common.PhaseOption;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Accents;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.Targets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code score}: scores and comments criteria of the user's review of a dossier, answers its eligibility criteria
 * ({@code EL1=oui}), sets its maturity and targets; everything typed is checked before anything is saved, the scores
 * in one transaction.
 */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Note un dossier sur la grille, répond aux critères d'éligibilité, juge sa gouvernance"
                    + " démocratique, fixe la maturité et les cibles (tout ou rien\u00a0: une valeur refusée"
                    + " n'enregistre rien).",
            "Exemple\u00a0: score --workspace W --dossier 4847721 V1=4 O2=3 EL1=oui EL2=perspective EL3=non"
                    + " --governance oui --maturity emergent --targets a,c",
            "Phase 2\u00a0: score --workspace W --phase 2 --dossier 9100001 P1=4 P2=3 (grille de la phase 2)"
        })
public final class ScoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private PhaseOption phase;

    @Option(names = "--dossier", required = true, paramLabel = "N°", description = "Numéro du dossier.")
    private String dossier;

    @Option(
            names = "--reviewer",
            paramLabel = "NOM",
            description = "Évaluateur\u00a0; s'il diffère de l'utilisateur enregistré, il le devient.")
    private String reviewer;

    @Option(
            names = "--email",
            paramLabel = "E-MAIL",
            description = "E-mail de l'évaluateur donné par --reviewer (sinon déduit du nom, suffixe @local).")
    private String email;

    @Option(
            names = "--role",
            defaultValue = "correspondant",
            paramLabel = "RÔLE",
            description = "Rôle de l'évaluateur donné par --reviewer (défaut\u00a0: ${DEFAULT-VALUE}).")
    private UserCommand.Role role;

    @Option(names = "--comment", paramLabel = "CRITÈRE=TEXTE", description = "Commentaire d'un critère.")
    private List<String> comments = new ArrayList<>();

    @Option(
            names = "--governance",
            paramLabel = "oui|perspective|non",
            description = "Gouvernance démocratique au sens de l'ESS\u00a0: oui, en perspective (perspective) ou non.")
    private String governance;

    @Option(
            names = "--maturity",
            paramLabel = "emergent|structuration|operationnel",
            description = "Maturité du dossier (vide\u00a0: efface).")
    private String maturity;

    @Option(
            names = "--targets",
            paramLabel = "a,b,c",
            split = ",",
            description = "Cibles retenues\u00a0; remplacent les cibles pré-remplies (c d'après les QPV et ZRR"
                    + " détectés). «\u00a0aucune\u00a0»\u00a0: aucune cible.")
    private List<String> targets;

    @Parameters(
            paramLabel = "CRITÈRE=VALEUR",
            description = "Notes (V1=4 O2=3\u00a0; vide\u00a0: efface) et réponses"
                    + " aux critères d'éligibilité (EL1=oui|perspective|non\u00a0; vide\u00a0: efface).")
    private List<String> assignments = new ArrayList<>();

    @Override
    public Integer call() {
        Governance judged = governance == null
                ? null
                : Governance.parse(governance)
                        .orElseThrow(() -> new CommandLine.ParameterException(
                                spec.commandLine(),
                                "--governance\u00a0: «\u00a0" + governance
                                        + "\u00a0» n'est pas une réponse (oui, perspective ou non)."));
        if (assignments.isEmpty() && comments.isEmpty() && judged == null && maturity == null && targets == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Indiquez au moins une note (V1=4), une"
                            + " réponse d'éligibilité (EL1=oui), un commentaire (--comment V1=\"…\"), --governance,"
                            + " --maturity ou --targets.");
        }
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<EligibilityCriterion, EligibilityAnswer> eligibility = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String assignment : assignments) {
            split(assignment, problems).ifPresent(kv -> {
                Optional<EligibilityCriterion> criterion = ReviewOptions.eligibilityCriterion(kv[0]);
                if (criterion.isPresent()) {
                    ReviewOptions.eligibilityAnswer(kv[0], kv[1], problems)
                            .ifPresent(answer -> eligibility.put(criterion.get(), answer.orElse(null)));
                } else {
                    number(kv[0], kv[1], problems).ifPresent(value -> scores.put(kv[0], value.orElse(null)));
                }
            });
        }
        Optional<Optional<Maturity>> maturityChange =
                maturity == null ? Optional.empty() : ReviewOptions.maturity(maturity, problems);
        Optional<Targets> targetsChange = targets == null ? Optional.empty() : ReviewOptions.targets(targets, problems);
        for (String comment : comments) {
            split(comment, problems).ifPresent(kv -> texts.put(kv[0], kv[1]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Dossier n° " + dossier + "\u00a0: " + String.join("\u00a0; ", problems));
        }
        Phase asked = phase.asked();
        try (Workspace opened = workspace.open()) {
            if (opened.phaseGrids().phaseOf(dossier, asked) == Phase.TWO
                    && (!eligibility.isEmpty() || judged != null || maturity != null || targets != null)) {
                throw new InvalidInputException("Dossier n° " + dossier + "\u00a0: un dossier de phase 2 se note sur"
                        + " sa grille seulement (ni éligibilité, ni gouvernance, ni maturité, ni cibles).");
            }
            identify(opened);
            if (!scores.isEmpty() || !texts.isEmpty() || judged != null) {
                opened.scoreDossier().setScores(dossier, scores, texts, judged);
            }
            eligibility.forEach((criterion, answer) -> opened.scoreDossier()
                    .setEligibility(
                            dossier,
                            criterion,
                            answer,
                            opened.readReviews()
                                    .of(dossier)
                                    .mine()
                                    .flatMap(r -> r.eligibility().answer(criterion))
                                    .map(a -> a.note())
                                    .orElse(null)));
            maturityChange.ifPresent(m -> opened.scoreDossier().setMaturity(dossier, m.orElse(null)));
            targetsChange.ifPresent(t -> opened.scoreDossier().setTargets(dossier, t));
            ReviewSheet sheet = opened.readReviews().of(dossier);
            spec.commandLine()
                    .getOut()
                    .println("Dossier n° " + dossier + "\u00a0: enregistré — total "
                            + sheet.myTotals().total().toPlainString().replace('.', ',') + " / 100"
                            + (sheet.myTotals().complete() ? "" : " (grille incomplète)")
                            + sheet.mine().map(ScoreCommand::judgements).orElse(""));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String judgements(Review review) {
        StringBuilder text = new StringBuilder();
        if (review.eligibility().answered() > 0) {
            text.append("\u00a0; éligibilité ")
                    .append(review.eligibility().met())
                    .append("/7")
                    .append(review.eligibility().eligible() ? " (éligible)" : " (non éligible)");
        }
        if (review.governance() != null) {
            text.append("\u00a0; gouvernance démocratique ")
                    .append(review.governance().label());
        }
        if (review.maturity() != null) {
            text.append("\u00a0; maturité ").append(review.maturity().label());
        }
        Targets t = review.targets();
        if (t != null && (t.a() || t.b() || Boolean.TRUE.equals(t.c()))) {
            text.append("\u00a0; cibles ")
                    .append(String.join(
                            ",",
                            Stream.of(t.a() ? "a" : null, t.b() ? "b" : null, Boolean.TRUE.equals(t.c()) ? "c" : null)
                                    .filter(Objects::nonNull)
                                    .toList()));
        }
        return text.toString();
    }

    private void identify(Workspace opened) {
        if (reviewer == null) {
            return;
        }
        Optional<Reviewer> current = opened.workspaceUser().current();
        String wantedEmail = email != null
                ? email
                : current.filter(u -> u.name().equals(reviewer.strip()))
                        .map(Reviewer::email)
                        .orElseGet(() -> localEmail(reviewer));
        Reviewer wanted = UserCommand.reviewer(
                reviewer,
                wantedEmail,
                role.role(),
                current.map(Reviewer::region).orElse(null));
        if (current.isEmpty()
                || !current.get().name().equals(wanted.name())
                || !current.get().email().equals(wanted.email())) {
            opened.workspaceUser().set(wanted);
        }
    }

    private static String localEmail(String name) {
        return Accents.strip(name.strip())
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", ".")
                        .replaceAll("^\\.|\\.$", "")
                + "@local";
    }

    private static Optional<String[]> split(String assignment, List<String> problems) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            problems.add("«\u00a0" + assignment + "\u00a0» n'est pas de la forme CRITÈRE=VALEUR (par exemple V1=4)");
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
            problems.add("la note de " + code + " «\u00a0" + text + "\u00a0» n'est pas un nombre");
            return Optional.empty();
        }
    }
}
