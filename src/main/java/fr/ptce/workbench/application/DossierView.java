package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierChange;
import java.util.List;
import java.util.Optional;

/**
 * A dossier as the reader pane and the command line show it: its content, the call's checks, what the last
 * import changed in it, and whether it was absent from the last export imported.
 */
public record DossierView(Dossier dossier, DossierChecks checks, List<DossierChange> lastChanges,
        boolean absentFromLastImport, Optional<String> note) {

    public DossierView {
        lastChanges = List.copyOf(lastChanges);
    }
}
