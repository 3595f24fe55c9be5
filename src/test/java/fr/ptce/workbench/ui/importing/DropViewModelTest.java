package fr.ptce.workbench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.listing.DashboardSample;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped on the window, without the toolkit: an export is imported, an avis workbook consolidated. */
class DropViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aDroppedExportIsImportedAndADroppedAvisWorkbookConsolidated() throws Exception {
        Messages messages = Messages.load(Locale.FRENCH);
        DirectTaskRunner runner = new DirectTaskRunner();
        WorkspaceState state = new WorkspaceState();
        MainViewModel main = new MainViewModel(runner, messages, state);
        DropViewModel drop = new DropViewModel(
                runner,
                state,
                messages,
                main::importFile,
                () -> main.dashboard().refresh());
        assertFalse(drop.accepts(List.of(folder.resolve("export.xlsx"))), "no workspace open");

        Path avis;
        try (Workspace region = Workspace.inMemory(Clock.systemUTC())) {
            DashboardSample.fill(region, Files.createDirectory(folder.resolve("region")));
            avis = folder.resolve("avis-bretagne.xlsx");
            region.exportAvis().toWorkbook(avis, ExportAvis.Scope.ALL_REGIONS, Progress.NONE);
        }
        try (Workspace pessii = Workspace.inMemory(Clock.systemUTC())) {
            main.useWorkspace(pessii);
            assertFalse(drop.accepts(List.of(folder.resolve("notes.txt"))));
            assertTrue(
                    drop.accepts(List.of(folder.resolve("dossiers.ods"), folder.resolve("dossiers.csv"))),
                    "an ods export is dropped like an xlsx");
            assertTrue(drop.accepts(List.of(folder.resolve("export.zip"))), "a DS zip export too");

            drop.drop(List.of(SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder)));
            assertEquals(12, main.dossiers().size());

            drop.drop(List.of(avis));
            assertTrue(
                    drop.outcomeProperty().get().contains("avis-bretagne.xlsx"),
                    drop.outcomeProperty().get());
            assertFalse(pessii.consolidateAvis().rows().isEmpty());
            assertTrue(runner.failures().isEmpty(), runner.failures().toString());
        }
    }

    @Test
    void aDroppedKitGoesToWhoeverTakesKits() throws Exception {
        Messages messages = Messages.load(Locale.FRENCH);
        DirectTaskRunner runner = new DirectTaskRunner();
        WorkspaceState state = new WorkspaceState();
        MainViewModel main = new MainViewModel(runner, messages, state);
        DropViewModel drop = new DropViewModel(
                runner,
                state,
                messages,
                main::importFile,
                () -> main.dashboard().refresh());
        java.util.List<Path> taken = new java.util.ArrayList<>();
        drop.onKind(fr.ptce.workbench.application.common.FileKind.EXPERT_KIT, taken::addAll);
        try (Workspace workspace = Workspace.inMemory(Clock.systemUTC())) {
            main.useWorkspace(workspace);
            DashboardSample.fill(workspace, Files.createDirectory(folder.resolve("samples")));
            workspace.assignExperts().saveExpert("Odile Ferrand", "odile.ferrand@example.org", "CRESS Bretagne");
            String number = workspace.listDossiers().all().get(0).number();
            Path kit = workspace
                    .exportKit()
                    .export(
                            "odile.ferrand@example.org",
                            List.of(number),
                            false,
                            folder.resolve("kit-expert.xlsx"),
                            java.util.Optional.empty())
                    .file();

            drop.drop(List.of(kit));
            assertEquals(List.of(kit), taken);
            assertTrue(runner.failures().isEmpty(), runner.failures().toString());
        }
    }
}
