package fr.ptce.workbench.domain.avis;

import fr.ptce.workbench.domain.dossier.Admissibility;
import java.util.ArrayList;
import java.util.List;

/**
 * What a favorable avis contradicts: a dossier that is not recevable (incomplete, or late with no wave to take it) or
 * not eligible (fewer than 4 of the 7 criteria met). Such an avis is allowed — the region may see further than the
 * champs — but it is flagged in the window, the avis workbook and the national view.
 */
public final class AvisAlerts {

    private static final int MAJORITY = 4;

    private AvisAlerts() {}

    /**
     * The alerts, as data; none without a favorable avis.
     *
     * @param admissibility the dossier's admissibility, null when unknown
     * @param inAWave whether a wave (dated or rolling) takes the dossier
     * @param eligibilityMet the eligibility criteria met, null when nobody answered them
     */
    public static List<AvisAlert> of(
            boolean favorable, Admissibility admissibility, boolean inAWave, Integer eligibilityMet) {
        List<AvisAlert> alerts = new ArrayList<>();
        if (!favorable) {
            return alerts;
        }
        if (admissibility == Admissibility.INCOMPLET) {
            alerts.add(new AvisAlert(AvisAlert.Kind.INCOMPLETE, null));
        } else if (admissibility == Admissibility.HORS_DELAI && !inAWave) {
            alerts.add(new AvisAlert(AvisAlert.Kind.LATE, null));
        }
        if (eligibilityMet == null) {
            alerts.add(new AvisAlert(AvisAlert.Kind.ELIGIBILITY_UNKNOWN, null));
        } else if (eligibilityMet < MAJORITY) {
            alerts.add(new AvisAlert(AvisAlert.Kind.NOT_ELIGIBLE, eligibilityMet));
        }
        return alerts;
    }
}
