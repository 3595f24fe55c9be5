package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.Territory;

/** Computes every check of the call on a dossier, for one campaign (its waves), limits and reference data. */
public final class DossierChecker {

    private final Campaign campaign;
    private final LengthLimits limits;
    private final FragileTerritories territories;

    public DossierChecker(Campaign campaign, LengthLimits limits, FragileTerritories territories) {
        this.campaign = campaign;
        this.limits = limits;
        this.territories = territories;
    }

    /** The 2021 campaign, default limits and the shipped reference lists. */
    public static DossierChecker standard() {
        return new DossierChecker(Campaign.DEFAULT, LengthLimits.defaults(), FragileTerritories.shipped());
    }

    public Campaign campaign() {
        return campaign;
    }

    public LengthLimits limits() {
        return limits;
    }

    /** The ZRR detection of {@link #check}, on the territory alone. */
    public Boolean zrrDetected(Territory territory) {
        return territories.zrrDetected(territory);
    }

    /** The QPV detection of {@link #check}, on the territory alone. */
    public Boolean qpvDetected(Territory territory) {
        return territories.qpvDetected(territory);
    }

    public DossierChecks check(Dossier dossier) {
        AdmissibilityCheck.Result admissibility = AdmissibilityCheck.assess(dossier, campaign);
        Admissibility pessii = AdmissibilityCheck.pessii(dossier).orElse(null);
        return new DossierChecks(
                pessii != null ? pessii : admissibility.admissibility(),
                admissibility.admissibility(),
                pessii,
                admissibility.wave().orElse(null),
                admissibility.missing(),
                LegalFormCheck.assess(dossier.structure()),
                SiretCheck.isValid(dossier.structure().siret()),
                zrrDetected(dossier.territory()),
                qpvDetected(dossier.territory()),
                limits.overLimit(dossier.sections()));
    }
}
