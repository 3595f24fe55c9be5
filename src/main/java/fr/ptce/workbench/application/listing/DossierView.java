package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.DsAvis;
import java.util.List;
import java.util.Optional;

/**
 * A dossier as the reader pane and the command line show it: its content, the call's checks, what the last
 * import changed in it, whether it was absent from the last export imported, and its DS expert opinions.
 *
 * @param depositToCheck « date de dépôt à vérifier »: the kept deposit date (the earliest seen across imports) comes
 *     from an export made before 2021-12-06, which gave the last passage into "en construction" — perhaps a dossier
 *     sent back for correction — and it is late for the first wave
 * @param alteredColumns the headers of the columns a spreadsheet program altered in the dossier's row (an error value
 *     or an evaluated formula, kept as found), empty when none: « texte altéré par un tableur »
 */
public record DossierView(
        Dossier dossier,
        DossierChecks checks,
        List<DossierChange> lastChanges,
        boolean absentFromLastImport,
        Optional<String> note,
        List<DsAvis> expertOpinions,
        boolean depositToCheck,
        List<String> alteredColumns) {

    public DossierView {
        alteredColumns = List.copyOf(alteredColumns);
        lastChanges = List.copyOf(lastChanges);
        expertOpinions = List.copyOf(expertOpinions);
    }

    /** Whether a spreadsheet program altered some of the dossier's cells: re-import DS's original export. */
    public boolean alteredBySpreadsheet() {
        return !alteredColumns.isEmpty();
    }
}
