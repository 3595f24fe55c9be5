package fr.ptce.workbench.cli.team;

import fr.ptce.workbench.application.OfflineLaptops;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.Commands;
import fr.ptce.workbench.cli.common.ExitStatus;
import fr.ptce.workbench.domain.offline.CheckinChoices;
import fr.ptce.workbench.domain.offline.CheckinRefusedException;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.domain.offline.Keep;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code team checkin}: the laptop's reviews, avis, notes, overrides and audit rows sent back to the server in one
 * transaction; conflicts listed per dossier with both versions, nothing sent until each has a choice.
 */
@Command(
        name = "checkin",
        mixinStandardHelpOptions = true,
        description = "Rapporte au serveur ce qui a été fait hors ligne (évaluations, avis, éligibilité,"
                + " commentaires, notes, historique), en une seule transaction. Un élément modifié aussi sur le"
                + " serveur depuis l'emport est un conflit\u00a0: rien n'est envoyé tant qu'un conflit reste sans"
                + " choix (--keep).")
public final class TeamCheckinCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RÉPERTOIRE", description = "L'espace emporté («\u00a0team checkout\u00a0»).")
    private Path folder;

    @Option(
            names = "--keep",
            paramLabel = "local|server|DOSSIER=local|DOSSIER=server",
            description = "Version gardée en cas de conflit\u00a0: pour tous les dossiers, ou pour un dossier"
                    + " (répétable).")
    private List<String> keep = List.of();

    @Option(
            names = "--server-password-file",
            paramLabel = "FICHIER",
            description = "Mot de passe de l'identifiant sur le serveur (première ligne)\u00a0; sinon PGPASSWORD,"
                    + " ~/.pgpass ou demandé.")
    private Path serverPasswordFile;

    @Override
    public Integer call() {
        CheckinChoices choices = choices();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace local = Commands.open(spec, folder)) {
            CheckoutOrigin origin = OfflineLaptops.origin(local)
                    .orElseThrow(() -> new CheckinRefusedException("«\u00a0" + folder
                            + "\u00a0» n'a pas été emporté d'un espace partagé («\u00a0team checkout\u00a0»)."));
            if (origin.checkedInAt().isPresent()) {
                throw new CheckinRefusedException("«\u00a0" + folder + "\u00a0» a déjà été rapporté au serveur\u00a0:"
                        + " rien n'est envoyé une seconde fois.");
            }
            CheckinReport report;
            try (Workspace server = Commands.openShared(spec, origin.address(), origin.login(), serverPasswordFile)) {
                report = OfflineLaptops.checkin(local, server, choices, CheckinPause.hook());
            }
            if (!report.applied()) {
                CheckinWords.conflicts(report, out);
                out.flush();
                return ExitStatus.REFUSED;
            }
            CheckinWords.done(report, origin, out);
        }
        out.flush();
        return 0;
    }

    private CheckinChoices choices() {
        Optional<Keep> all = Optional.empty();
        Map<String, Keep> perDossier = new HashMap<>();
        try {
            for (String choice : keep) {
                int equals = choice.indexOf('=');
                if (equals < 0) {
                    all = Optional.of(Keep.parse(choice));
                } else {
                    perDossier.put(choice.substring(0, equals).strip(), Keep.parse(choice.substring(equals + 1)));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return new CheckinChoices(all, perDossier);
    }
}
