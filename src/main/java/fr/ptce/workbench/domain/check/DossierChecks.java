package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.campaign.Wave;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Section;
import java.util.List;
import java.util.Objects;

/**
 * The facts the call's rules compute on one dossier. A null Boolean means "unknown": the source did not
 * hold what the check needs (no SIRET, no commune list in a csv export), and the workbench does not guess.
 *
 * @param admissibility PESSII's admissibility (its DS annotation « Recevabilité (PESSII) ») when given, else the
 *     computed one
 * @param computedAdmissibility the admissibility the workbench computes from the champs and the deposit date
 * @param pessiiAdmissibility PESSII's annotation, null when PESSII left it empty (or wrote something else)
 * @param wave the dossier's wave (null when late for every wave of the campaign)
 * @param legalForm the legal-form verdict, from the INSEE category and the declared form
 */
public record DossierChecks(
        Admissibility admissibility,
        Admissibility computedAdmissibility,
        Admissibility pessiiAdmissibility,
        Wave wave,
        List<String> missing,
        LegalFormVerdict legalForm,
        Boolean siretValid,
        Boolean zrrDetected,
        Boolean qpvDetected,
        List<Section> overLimit) {

    public DossierChecks {
        Objects.requireNonNull(legalForm, "legalForm");
        missing = List.copyOf(missing);
        overLimit = List.copyOf(overLimit);
    }

    /** Whether PESSII's annotation and the computed admissibility disagree (false without annotation). */
    public boolean admissibilityDisagreement() {
        return pessiiAdmissibility != null && pessiiAdmissibility != computedAdmissibility;
    }

    /** The legal-form verdict as yes / no / unknown ({@link LegalFormVerdict#eligible()}). */
    public Boolean legalFormEligible() {
        return legalForm.eligible();
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
