package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.Wave;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.persistence.Database;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists the workspace's dossiers for the dossier list, without their texts; the admissibility shown is the
 * reviewer's override when there is one, otherwise the one recorded at import (PESSII's annotation, else computed);
 * each dossier's wave comes from the campaign.
 */
public final class ListDossiers {

    private final Database database;
    private final Campaign campaign;

    public ListDossiers(Database database, Campaign campaign) {
        this.database = database;
        this.campaign = campaign;
    }

    public List<DossierSummary> all() {
        return database.inTransaction(r -> {
            Map<String, AdmissibilityOverride> overrides = r.overrides().all().stream()
                    .collect(Collectors.toMap(AdmissibilityOverride::dossierNumber, Function.identity(), (a, b) -> b));
            return r.dossiers().summaries().stream()
                    .map(s -> {
                        AdmissibilityOverride override = overrides.get(s.number());
                        DossierSummary shown = override == null ? s : s.withAdmissibility(override.value());
                        return shown.inWave(
                                campaign.waveOf(s.depositedAt()).map(Wave::name).orElse(null));
                    })
                    .toList();
        });
    }
}
