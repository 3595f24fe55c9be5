package fr.ptce.workbench.application.phase2;

import fr.ptce.workbench.domain.phase2.Phase1Link;
import fr.ptce.workbench.domain.phase2.Phase2Checks;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import java.util.Objects;

/**
 * A phase-2 dossier as the list, the reader and {@code dossiers --phase 2} show it: its data, its checks and its
 * link to the phase-1 dossier, computed when read.
 *
 * @param absent whether the last phase-2 import left it out (kept, marked)
 */
public record Phase2View(Phase2Dossier dossier, Phase2Checks checks, Phase1Link link, boolean absent) {

    public Phase2View {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(link, "link");
    }

    public String number() {
        return dossier.number();
    }
}
