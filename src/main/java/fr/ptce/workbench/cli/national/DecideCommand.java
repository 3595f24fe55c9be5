package fr.ptce.workbench.cli.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.application.phase2.Phase2DecisionView;
import fr.ptce.workbench.application.phase2.Phase2Decisions;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code decide}: PESSII's proposal on a dossier (phase-1 laureate, invited to phase 2), each gate overridable with
 * a written reason, or the cabinet's decision recorded on every current proposal; prints the counters. A refused
 * proposal exits with 1 and its French reasons, nothing changed.
 */
@Command(
        name = "decide",
        mixinStandardHelpOptions = true,
        description = {
            "Propositions du PESSII sur un dossier (lauréat de la phase 1, invité en phase 2) ou"
                    + " décision du cabinet enregistrée sur toutes les propositions en cours.",
            "Un lauréat de la phase 1 doit être recevable et éligible (majorité des 7 critères)\u00a0; un invité en"
                    + " phase 2"
                    + " doit être lauréat de la phase 1 et répondre à la cible b) ou c). --override donne le"
                    + " motif d'une"
                    + " dérogation.",
            "Avec --phase 2\u00a0: lauréat de la phase 2 parmi les invités qui ont déposé leur dossier additionnel"
                    + " (--laureate, --motivation), troisième année (--third-year, --third-year-amount), décision du"
                    + " cabinet (--confirm)."
        })
public final class DecideCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--dossier", paramLabel = "N°", description = "Numéro du dossier (avec --laureate, --invite).")
    private String dossier;

    @Option(
            names = "--laureate",
            paramLabel = "oui|non",
            description = "Proposer (ou non) le dossier comme lauréat de la phase 1 (sans dotation).")
    private String laureate;

    @Option(
            names = "--invite",
            paramLabel = "oui|non",
            description = "Proposer (ou non) d'inviter le dossier en" + " phase 2.")
    private String invite;

    @Option(
            names = "--override",
            paramLabel = "MOTIF",
            description = "Motif écrit d'une dérogation à une condition de l'appel (gardé à l'historique et dans le"
                    + " classement national).")
    private String override;

    @Option(
            names = "--confirm",
            description = "Enregistre la décision du cabinet sur toutes les propositions en"
                    + " cours (avec --by et --date).")
    private boolean confirm;

    @Option(
            names = "--not-retained",
            description = "Avec --confirm\u00a0: enregistre aussi «\u00a0non retenu\u00a0»"
                    + " pour chaque dossier classé sans proposition ni décision (chacun recevra son courrier).")
    private boolean notRetained;

    @Option(
            names = "--by",
            paramLabel = "QUI",
            description = "Qui a décidé, par ex. «\u00a0Cabinet du" + " ministre\u00a0».")
    private String by;

    @Option(names = "--date", paramLabel = "AAAA-MM-JJ", description = "Jour de la décision du cabinet.")
    private String date;

    @Option(
            names = "--phase",
            paramLabel = "1|2",
            defaultValue = "1",
            description =
                    "Phase de l'appel (par défaut 1). En phase 2, --dossier est le numéro du dossier" + " additionnel.")
    private int phase;

    @Option(
            names = "--motivation",
            paramLabel = "TEXTE",
            description = "Phase 2\u00a0: motivation de la décision (courrier, feuille des décisions pour DS).")
    private String motivation;

    @Option(
            names = "--third-year",
            paramLabel = "oui|non",
            description = "Phase 2\u00a0: troisième année accordée ou non à un lauréat (hors enveloppe).")
    private String thirdYear;

    @Option(
            names = "--third-year-amount",
            paramLabel = "EUROS",
            description = "Phase 2\u00a0: montant de la troisième année accordée, en euros.")
    private java.math.BigDecimal thirdYearAmount;

    @Override
    public Integer call() {
        if (phase != 1 && phase != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--phase vaut 1 ou 2.");
        }
        if (phase == 2) {
            return phase2();
        }
        if (motivation != null || thirdYear != null || thirdYearAmount != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--motivation et --third-year vont avec --phase 2.");
        }
        if (confirm == (laureate != null || invite != null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    confirm
                            ? "--confirm enregistre la décision du cabinet\u00a0: il ne va pas avec --laureate"
                                    + " ou --invite."
                            : "Indiquez --laureate, --invite ou --confirm.");
        }
        if (notRetained && !confirm) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--not-retained va avec --confirm.");
        }
        if (!confirm && dossier == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--dossier est requis avec --laureate et" + " --invite.");
        }
        PrintWriter printer = spec.commandLine().getOut();
        NationalView view;
        try (Workspace opened = workspace.open()) {
            if (confirm) {
                int recorded = opened.nationalDecisions().confirm(by, day(), notRetained);
                printer.println("Décision du cabinet enregistrée pour " + recorded + " dossier"
                        + (recorded > 1 ? "s" : "") + " (" + by.strip() + ", " + day() + ").");
            }
            if (laureate != null) {
                opened.nationalDecisions().setLaureate(dossier, yes(laureate, "--laureate"), override);
            }
            if (invite != null) {
                opened.nationalDecisions().setInvited(dossier, yes(invite, "--invite"), override);
            }
            view = opened.nationalDecisions().view();
        }
        printer.println(view.counters().describeLaureates());
        printer.println(view.counters().describeInvited());
        printer.flush();
        return 0;
    }

    private Integer phase2() {
        if (invite != null || notRetained) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--invite et --not-retained ne valent qu'en phase\u00a01.");
        }
        boolean change = laureate != null || thirdYear != null;
        if (confirm == change) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    confirm
                            ? "--confirm enregistre la décision du cabinet\u00a0: il ne va pas avec --laureate ou"
                                    + " --third-year."
                            : "Indiquez --laureate, --third-year ou --confirm.");
        }
        if (!confirm && dossier == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--dossier est requis avec --laureate et --third-year.");
        }
        if (thirdYearAmount != null && thirdYear == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--third-year-amount va avec --third-year.");
        }
        PrintWriter printer = spec.commandLine().getOut();
        Phase2DecisionView view;
        try (Workspace opened = workspace.open()) {
            Phase2Decisions decisions = opened.phase2().decisions();
            if (confirm) {
                int recorded = decisions.confirm(by, day());
                printer.println("Décision du cabinet (phase\u00a02) enregistrée pour " + recorded + " dossier"
                        + (recorded > 1 ? "s" : "") + " (" + by.strip() + ", " + day() + ").");
            }
            if (laureate != null) {
                decisions.setLaureate(
                        dossier, yes(laureate, "--laureate"), motivation, override, Phase2Decisions.ANY_VERSION);
            }
            if (thirdYear != null) {
                decisions.setThirdYear(
                        dossier, yes(thirdYear, "--third-year"), thirdYearAmount, Phase2Decisions.ANY_VERSION);
            }
            view = decisions.view();
        }
        printer.println(view.envelope().describeLaureates());
        printer.println(view.envelope().describeEnvelope());
        printer.println(view.envelope().describeThirdYear());
        printer.flush();
        return 0;
    }

    private LocalDate day() {
        if (date == null || by == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--confirm demande --by «\u00a0qui a" + " décidé\u00a0» et" + " --date AAAA-MM-JJ.");
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--date attend une date AAAA-MM-JJ, pas" + " «\u00a0" + date + "\u00a0».");
        }
    }

    private boolean yes(String value, String option) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "oui", "o", "yes" -> true;
            case "non", "n", "no" -> false;
            default ->
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        option + " attend «\u00a0oui\u00a0» ou «\u00a0non\u00a0», pas «\u00a0" + value + "\u00a0».");
        };
    }
}
