package fr.ptce.workbench.application.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.stats.Bin;
import fr.ptce.workbench.domain.stats.ReviewerCalibration;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ReadDashboardTest {

    @TempDir
    Path folder;

    private final Workspace workspace;

    ReadDashboardTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anEmptyWorkspaceHasAnEmptyDashboard() {
        Dashboard dashboard = workspace.dashboard().now();
        assertEquals(0, dashboard.dossierCount());
        assertEquals(0, dashboard.totals().total());
        assertEquals(10, dashboard.criteria().size());
        assertTrue(dashboard.calibration().isEmpty());
        assertTrue(dashboard.regions().isEmpty());
    }

    @Test
    void progressBreakdownsAndDistributionsOfAScoredWorkspace() {
        DashboardSample.fill(workspace, folder);
        Dashboard dashboard = workspace.dashboard().now();

        assertEquals(12, dashboard.dossierCount());
        assertEquals(12, dashboard.admissibilityChecked());
        assertEquals(
                12,
                dashboard.admissibility().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum());
        assertEquals(4, dashboard.scored());
        assertEquals(1, dashboard.withAvis());
        assertEquals(1, dashboard.recommendations().get(Recommendation.FAVORABLE));
        assertEquals(2, dashboard.targets().get("a"));
        assertEquals(1, dashboard.targets().get("b"));
        assertEquals(1, dashboard.targets().get("c"));

        // dossier totals: mean(80, 40) = 60, mean(60, 40) = 50, 60, 40
        List<Integer> counts =
                dashboard.totals().bins().stream().map(Bin::count).toList();
        assertEquals(List.of(0, 0, 0, 0, 1, 1, 2, 0, 0, 0), counts);
        // V1: Yannick 2, 2; Maëlle 4, 3, 3, 2
        List<Integer> v1 =
                dashboard.criteria().get("V1").bins().stream().map(Bin::count).toList();
        assertEquals(List.of(0, 0, 3, 2, 1, 0), v1);
        assertEquals(
                BigDecimal.ZERO, dashboard.criteria().get("V1").bins().get(0).lower());
    }

    @Test
    void eachReviewerIsCalibratedAgainstTheOthersOnTheSameDossiers() {
        DashboardSample.fill(workspace, folder);
        List<ReviewerCalibration> calibration = workspace.dashboard().now().calibration();

        assertEquals(2, calibration.size());
        ReviewerCalibration maelle = calibration.get(0);
        assertEquals("Maëlle Kerjean", maelle.reviewer());
        assertEquals(4, maelle.dossiers());
        assertEquals(60.0, maelle.meanTotal(), 1e-9);
        assertEquals(2, maelle.shared());
        // +40 on the first dossier, +20 on the second
        assertEquals(30.0, maelle.meanGap(), 1e-9);
        assertEquals(10.0, maelle.gapSpread(), 1e-9);
        ReviewerCalibration yannick = calibration.get(1);
        assertEquals(-30.0, yannick.meanGap(), 1e-9);
        assertEquals(0.0, yannick.spread(), 1e-9);
    }
}
