package fr.ptce.workbench.cli.online;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.DsApiAccess;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.national.PushDecisions;
import fr.ptce.workbench.cli.common.ExitStatus;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ds push}: shows what it will send to DS (per dossier: accept or refuse with the recorded motivation, the
 * private annotation with the admissibility and the avis), then sends it once confirmed ({@code --yes} or « oui »
 * typed); {@code --dry-run} only shows it. Exit 1 when DS refused any item (the others are sent and recorded).
 */
@Command(
        name = "push",
        mixinStandardHelpOptions = true,
        description = "Renvoie à démarches-simplifiées les décisions enregistrées (accepter / refuser avec la"
                + " motivation) et, en annotation privée, la recevabilité et l'avis de chaque dossier. Affiche"
                + " d'abord ce qui sera envoyé et demande confirmation\u00a0; ce qui a déjà été envoyé ne l'est pas"
                + " une seconde fois.")
public final class DsPushCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private DsApiOptions api;

    @Option(
            names = "--instructeur",
            paramLabel = "COURRIEL",
            description = "Adresse de l'instructeur de la démarche au nom duquel les décisions sont envoyées"
                    + " (obligatoire sauf avec --dry-run).")
    private String instructeur;

    @Option(
            names = "--annotation",
            paramLabel = "LIBELLÉ",
            defaultValue = PushDecisions.DEFAULT_ANNOTATION,
            description = "Libellé de l'annotation privée (texte) où écrire la recevabilité et l'avis (par"
                    + " défaut\u00a0: ${DEFAULT-VALUE}).")
    private String annotation;

    @Option(names = "--dry-run", description = "Affiche ce qui serait envoyé, sans rien envoyer ni se connecter.")
    private boolean dryRun;

    @Option(names = "--yes", description = "Envoie sans demander de confirmation.")
    private boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace opened = workspace.open()) {
            PushDecisions.Plan plan = opened.pushDecisions().plan(api.procedure);
            show(out, plan);
            if (dryRun || plan.toSend().isEmpty()) {
                out.println(dryRun ? "Simulation (--dry-run)\u00a0: rien n'a été envoyé." : "Rien à envoyer.");
                out.flush();
                return 0;
            }
            if (instructeur == null || instructeur.isBlank()) {
                throw new InvalidInputException("--instructeur COURRIEL est obligatoire pour envoyer\u00a0: l'adresse"
                        + " d'un instructeur de la démarche, au nom duquel démarches-simplifiées enregistre les"
                        + " décisions. Rien n'a été envoyé.");
            }
            DsApiAccess access = api.access(System.getenv());
            if (!yes && !confirmed(out, plan.toSend().size())) {
                out.println("Rien n'a été envoyé.");
                out.flush();
                return 0;
            }
            PushDecisions.Report report =
                    opened.pushDecisions().push(access, api.procedure, instructeur, annotation, Progress.NONE);
            out.println("Envoyé à démarches-simplifiées\u00a0: " + report.sent().size() + " élément"
                    + (report.sent().size() > 1 ? "s" : "") + "\u00a0; refusé"
                    + (report.failures().size() > 1 ? "s" : "") + "\u00a0: "
                    + report.failures().size() + ".");
            report.failures()
                    .forEach(f -> out.println("  Dossier " + f.item().dossierNumber() + ", "
                            + f.item().action().label() + "\u00a0: " + f.reason()));
            out.flush();
            return report.failures().isEmpty() ? 0 : ExitStatus.REFUSED;
        }
    }

    private static void show(PrintWriter out, PushDecisions.Plan plan) {
        out.println("Démarche " + plan.procedure() + "\u00a0: " + plan.toSend().size() + " élément"
                + (plan.toSend().size() > 1 ? "s" : "") + " à envoyer, "
                + plan.alreadySent().size()
                + " déjà envoyé" + (plan.alreadySent().size() > 1 ? "s" : "") + ".");
        for (PushDecisions.Item item : plan.toSend()) {
            out.println("  Dossier " + item.dossierNumber() + " — "
                    + item.action().label() + "\u00a0: «\u00a0" + item.text().replace("\n", " / ") + "\u00a0»");
        }
        if (plan.toSend().stream().anyMatch(i -> i.action() != PushDecisions.Action.ANNOTATE)) {
            out.println("  démarches-simplifiées prévient le porteur par courriel de chaque acceptation ou refus.");
        }
    }

    private static boolean confirmed(PrintWriter out, int count) {
        out.print("Envoyer ces " + count + " éléments à démarches-simplifiées\u00a0? Tapez «\u00a0oui\u00a0» pour"
                + " confirmer\u00a0: ");
        out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            out.println();
            return line != null && line.strip().toLowerCase(Locale.ROOT).equals("oui");
        } catch (IOException e) {
            return false;
        }
    }
}
