package fr.ptce.workbench.application;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DsEra;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A workspace with both phases for the phase-2 instruction's tests: 24 phase-1 samples, invitations, phase 2. */
public final class Phase2Fixture {

    private Phase2Fixture() {}

    /** Imports the phase-1 samples, records the demo's invitations, imports the phase-2 samples; their numbers. */
    public static List<String> importBothPhases(Workspace workspace, Path folder) {
        Path phase1 = GenerateSamples.write(folder, 2021, 24, DsEra.Y2021, GenerateSamples.Format.XLSX);
        workspace.importDossiers().fromFile(phase1, ColumnMapping.NONE, Progress.NONE);
        DemoInvitations.record(
                workspace, GenerateSamples.invitedPhase1(workspace), "Cabinet du ministre", LocalDate.of(2021, 7, 20));
        workspace
                .importDossiers()
                .phase2FromFile(
                        GenerateSamples.writePhase2(folder, phase1, GenerateSamples.Format.XLSX),
                        Map.of(),
                        false,
                        Progress.NONE);
        return workspace.phase2().read().all().stream().map(Phase2View::number).toList();
    }
}
