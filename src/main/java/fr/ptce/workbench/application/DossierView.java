package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.DsAvis;
import java.util.List;
import java.util.Optional;

/**
 * A dossier as the reader pane and the command line show it: its content, the call's checks, what the last
 * import changed in it, whether it was absent from the last export imported, and its DS expert opinions.
 */
public record DossierView(Dossier dossier, DossierChecks checks, List<DossierChange> lastChanges,
        boolean absentFromLastImport, Optional<String> note, List<DsAvis> expertOpinions) {

    public DossierView {
        lastChanges = List.copyOf(lastChanges);
        expertOpinions = List.copyOf(expertOpinions);
    }
}
