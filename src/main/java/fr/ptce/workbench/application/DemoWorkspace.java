package fr.ptce.workbench.application;

import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.ProcedureKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills a workspace with the synthetic sample exports bundled in the application (the files of
 * {@code samples/}), so that a newcomer sees real-looking dossiers on first start: phase 1, then the cabinet's
 * invitations and the phase-2 export of the invited dossiers.
 */
public final class DemoWorkspace {

    private static final String SAMPLES = "/fr/ptce/workbench/samples/";
    private static final String INDEX = SAMPLES + "demo-files.txt";

    private static final String DEMO_CABINET = "Cabinet du ministre (démonstration)";
    private static final java.time.LocalDate DEMO_DECISION_DAY = java.time.LocalDate.of(2021, 7, 20);

    private DemoWorkspace() {}

    /** Imports the bundled samples into an empty workspace; does nothing when it already holds dossiers. */
    public static List<ImportReport> fill(Workspace workspace, Progress progress) {
        if (!workspace.listDossiers().all().isEmpty()) {
            return List.of();
        }
        List<ImportReport> reports = new ArrayList<>();
        try {
            Path folder = Files.createTempDirectory("ptce-demo");
            for (String name : bundledFiles()) {
                Path file = folder.resolve(name);
                try (InputStream in = DemoWorkspace.class.getResourceAsStream(SAMPLES + name)) {
                    if (in == null) {
                        throw new IllegalStateException("sample missing from the application: " + name);
                    }
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (ProcedureKey.fromFileName(name).equals(GenerateSamples.PHASE2_PROCEDURE_PATH)) {
                    // the demo's cabinet invited some phase-1 dossiers; they filed the phase-2 export
                    DemoInvitations.record(
                            workspace, GenerateSamples.invitedPhase1(workspace), DEMO_CABINET, DEMO_DECISION_DAY);
                    reports.add(workspace.importDossiers().phase2FromFile(file, Map.of(), true, progress));
                } else {
                    reports.add(workspace.importDossiers().fromFile(file, ColumnMapping.NONE, true, progress));
                }
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }

    static List<String> bundledFiles() throws IOException {
        try (InputStream in = DemoWorkspace.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
    }
}
