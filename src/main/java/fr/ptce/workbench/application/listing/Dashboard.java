package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.stats.Histogram;
import fr.ptce.workbench.domain.stats.ReviewerCalibration;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of a workspace, computed in one transaction.
 *
 * @param dossierCount the dossiers of the workspace
 * @param admissibilityChecked the dossiers whose admissibility is known (computed at import or overridden)
 * @param scored the dossiers with at least one complete review
 * @param withAvis the dossiers with the region's avis
 * @param admissibility count per admissibility (unknown ones left out)
 * @param recommendations count per avis recommendation
 * @param targets count per target: "a", "b", "c" (from the user's review, else the first review of the dossier)
 * @param totals histogram of the dossiers' totals out of 100 (mean of their complete reviews), 10 bins
 * @param criteria per criterion code, in the grid's order: the histogram of every review's score
 * @param criterionLabels the criteria's labels by code
 * @param calibration each reviewer's mean and spread, and their gap to the others on the same dossiers
 * @param regions the national avis rows per region (empty unless the workspace consolidated regions' workbooks)
 */
public record Dashboard(
        int dossierCount,
        int admissibilityChecked,
        int scored,
        int withAvis,
        Map<Admissibility, Integer> admissibility,
        Map<Recommendation, Integer> recommendations,
        Map<String, Integer> targets,
        Histogram totals,
        Map<String, Histogram> criteria,
        Map<String, String> criterionLabels,
        List<ReviewerCalibration> calibration,
        List<RegionCount> regions) {

    public Dashboard {
        admissibility = Map.copyOf(admissibility);
        recommendations = Map.copyOf(recommendations);
        targets = Map.copyOf(targets);
        criteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
        criterionLabels = Map.copyOf(criterionLabels);
        calibration = List.copyOf(calibration);
        regions = List.copyOf(regions);
    }

    /** The national rows of one region: dossiers and those proposed for phase 2. */
    public record RegionCount(String region, int dossiers, int invited) {}
}
