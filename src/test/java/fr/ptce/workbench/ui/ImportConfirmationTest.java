package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.importing.ImportFlow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import that shares no dossier with the workspace, or comes from another procedure, asks first. */
class ImportConfirmationTest {

    private static final String SEPTEMBER_2025 = "/ds-samples/dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx";

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final MainViewModel viewModel =
            new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
    private Workspace workspace;
    private Path other;

    @BeforeEach
    void openWorkspaceWithTheOctoberSample() throws Exception {
        workspace = Workspace.inMemory(Clock.systemUTC());
        viewModel.useWorkspace(workspace);
        viewModel.importFile(MainViewModelTest.sample());
        other = Path.of(getClass().getResource(SEPTEMBER_2025).toURI());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFileSharingNoDossierIsAskedAboutAndCancellingLeavesTheWorkspaceAsItWas() {
        viewModel.importFile(other);

        ImportFlow.Confirmation asked =
                viewModel.imports().confirmationRequestProperty().get();
        assertNotNull(asked);
        assertTrue(
                asked.question()
                        .startsWith("Cet export ne partage aucun dossier avec l'espace de travail, qui en"
                                + " contient 12\u00a0: l'importer marquerait ces 12 dossiers «\u00a0absents\u00a0»."),
                asked.question());
        assertTrue(asked.question().endsWith("Importer quand même\u00a0?"), asked.question());
        assertEquals(List.of(), runner.failures());
        assertEquals(12, viewModel.dossiers().size());

        viewModel.imports().cancelImport();
        assertNull(viewModel.imports().confirmationRequestProperty().get());
        assertEquals(
                "Import de «\u00a0dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx\u00a0» annulé\u00a0:"
                        + " l'espace de travail est inchangé.",
                viewModel.statusBinding().get());
        assertEquals(12, workspace.listDossiers().all().size());
        assertTrue(workspace.listDossiers().all().stream().noneMatch(DossierSummary::absentFromLastImport));
    }

    @Test
    void confirmingImportsTheFileAnyway() {
        viewModel.importFile(other);
        viewModel.imports().confirmImport();

        assertNull(viewModel.imports().confirmationRequestProperty().get());
        assertEquals(List.of(), runner.failures());
        assertNotNull(viewModel.imports().lastImportProperty().get());
        assertEquals(12, viewModel.imports().lastImportProperty().get().absent().size());
        assertTrue(viewModel.dossiers().size() > 12);
    }
}
