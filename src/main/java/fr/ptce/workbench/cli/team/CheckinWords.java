package fr.ptce.workbench.cli.team;

import fr.ptce.workbench.domain.offline.CheckinConflict;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import java.io.PrintWriter;

/** The check-in's report in French: what was sent, or the conflicts per dossier with both versions. */
final class CheckinWords {

    private CheckinWords() {}

    static void done(CheckinReport report, CheckoutOrigin origin, PrintWriter out) {
        out.println("Rapporté à «\u00a0" + origin.address() + "\u00a0»\u00a0: "
                + report.sent().size()
                + " élément(s) envoyé(s), " + report.auditEntries() + " ligne(s) d'historique"
                + (report.keptServer() == 0
                        ? ""
                        : ", " + report.keptServer() + " conflit(s) laissé(s) à la version du serveur")
                + ".");
        report.sent()
                .forEach(change -> out.println("  dossier " + change.dossier() + "\u00a0: "
                        + change.kind().label()
                        + (change.key().isEmpty() ? "" : " de " + change.key())
                        + (change.overServerChange() ? " (la version de ce poste remplace celle du serveur)" : "")));
    }

    static void conflicts(CheckinReport report, PrintWriter out) {
        out.println("Rien n'est envoyé\u00a0: " + report.conflicts().size() + " conflit(s) dans "
                + report.conflictingDossiers().size() + " dossier(s), modifié(s) ici et sur le serveur depuis"
                + " l'emport.");
        for (String dossier : report.conflictingDossiers()) {
            out.println();
            out.println("Dossier " + dossier);
            for (CheckinConflict conflict : report.conflicts()) {
                if (!conflict.dossier().equals(dossier)) {
                    continue;
                }
                out.println("  " + conflict.unit());
                out.println("    sur ce poste\u00a0:");
                lines(conflict.local(), out);
                out.println("    sur le serveur"
                        + (conflict.serverVersion().isEmpty() ? "" : " (version " + conflict.serverVersion() + ")")
                        + "\u00a0:");
                lines(conflict.server(), out);
            }
        }
        out.println();
        out.println(
                "Relancez avec --keep local (garder ce poste), --keep server (garder le serveur) ou par dossier\u00a0:"
                        + " --keep " + report.conflictingDossiers().get(0) + "=local.");
    }

    private static void lines(String version, PrintWriter out) {
        if (version.isEmpty()) {
            out.println("      (supprimé)");
            return;
        }
        version.lines().forEach(line -> out.println("      " + line));
    }
}
