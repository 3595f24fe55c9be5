package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.Territory;

/** Computes every check of the call on a dossier, for one wave, limits and reference data. */
public final class DossierChecker {

    private final Wave wave;
    private final LengthLimits limits;
    private final FragileTerritories territories;

    public DossierChecker(Wave wave, LengthLimits limits, FragileTerritories territories) {
        this.wave = wave;
        this.limits = limits;
        this.territories = territories;
    }

    /** The first wave, default limits and the shipped reference lists. */
    public static DossierChecker standard() {
        return new DossierChecker(Wave.FIRST, LengthLimits.defaults(), FragileTerritories.shipped());
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
        AdmissibilityCheck.Result admissibility = AdmissibilityCheck.assess(dossier, wave);
        return new DossierChecks(admissibility.admissibility(), admissibility.missing(),
                LegalFormCheck.assess(dossier.structure()),
                SiretCheck.isValid(dossier.structure().siret()),
                zrrDetected(dossier.territory()),
                qpvDetected(dossier.territory()),
                limits.overLimit(dossier.sections()));
    }
}
