package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.persistence.Database;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists the workspace's dossiers for the dossier list, without their texts; the admissibility shown is the
 * reviewer's override when there is one, otherwise the one computed at import.
 */
public final class ListDossiers {

    private final Database database;

    public ListDossiers(Database database) {
        this.database = database;
    }

    public List<DossierSummary> all() {
        return database.inTransaction(r -> {
            Map<String, AdmissibilityOverride> overrides = r.overrides().all().stream()
                    .collect(Collectors.toMap(AdmissibilityOverride::dossierNumber, Function.identity(), (a, b) -> b));
            return r.dossiers().summaries().stream().map(s -> {
                AdmissibilityOverride override = overrides.get(s.number());
                return override == null ? s : new DossierSummary(s.number(), s.projectName(), s.structureName(),
                        s.region(), s.state(), s.absentFromLastImport(), override.value());
            }).toList();
        });
    }
}
