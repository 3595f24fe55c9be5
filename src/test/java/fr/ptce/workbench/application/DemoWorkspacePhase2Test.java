package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.phase2.LinkProblem;
import fr.ptce.workbench.persistence.StoreEngine;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo workspace opens with both phases: the cabinet's invitations, then the invited dossiers' phase 2. */
class DemoWorkspacePhase2Test {

    @Test
    void theDemoHoldsBothPhasesWithTheFlaggedCases() {
        try (Workspace workspace = TestWorkspaces.open(StoreEngine.H2, Clock.systemUTC())) {
            DemoWorkspace.fill(workspace, Progress.NONE);

            List<Phase2View> phase2 = workspace.phase2().read().all();
            assertEquals(24, workspace.listDossiers().all().size());
            assertEquals(6, phase2.size());
            assertEquals(
                    5,
                    phase2.stream().filter(v -> v.link().problems().isEmpty()).count(),
                    "only the wrong SIRET is a link problem: the others were invited");
            assertTrue(phase2.stream().anyMatch(v -> v.link().problems().equals(List.of(LinkProblem.SIRET_MISMATCH))));
            assertEquals(
                    1, phase2.stream().filter(v -> v.checks().overEnvelope()).count());
            assertEquals(
                    1,
                    phase2.stream()
                            .filter(v -> Boolean.FALSE.equals(v.checks().onTime()))
                            .count());
            assertEquals(
                    1,
                    phase2.stream()
                            .filter(v -> !v.checks().depreciableAssets().isEmpty())
                            .count());
        }
    }
}
