package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Section;
import java.util.List;

/**
 * The facts the call's rules compute on one dossier. A null Boolean means "unknown": the source did not
 * hold what the check needs (no SIRET, no commune list in a csv export), and the workbench does not guess.
 */
public record DossierChecks(
        Admissibility admissibility,
        List<String> missing,
        Boolean legalFormEligible,
        Boolean siretValid,
        Boolean zrrDetected,
        Boolean qpvDetected,
        List<Section> overLimit) {

    public DossierChecks {
        missing = List.copyOf(missing);
        overLimit = List.copyOf(overLimit);
    }

    /** Whether the declared QPV answer disagrees with the detection (false when either is unknown). */
    public boolean qpvMismatch(Boolean declared) {
        return declared != null && qpvDetected != null && !declared.equals(qpvDetected);
    }

    /** Whether the declared ZRR answer disagrees with the detection (false when either is unknown). */
    public boolean zrrMismatch(Boolean declared) {
        return declared != null && zrrDetected != null && !declared.equals(zrrDetected);
    }
}
