package fr.ptce.workbench.application.listing;

import java.util.List;

/** The instruction progress of every dossier, and the status bar's count: {@code withAvis} of {@code dossierCount}. */
public record ProgressOverview(List<DossierProgress> dossiers, int withAvis, int dossierCount) {

    public ProgressOverview {
        dossiers = List.copyOf(dossiers);
    }
}
