package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.importing.ColumnMappingRequiredException;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.importing.ColumnMappingViewModel;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class MainViewModelTest {

    static final String SAMPLE = "/ds-samples/dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final MainViewModel viewModel = new MainViewModel(runner, Messages.load(Locale.FRENCH), state);
    private Workspace workspace;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.inMemory(Clock.systemUTC());
        viewModel.useWorkspace(workspace);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    public static Path sample() throws URISyntaxException {
        return Path.of(MainViewModelTest.class.getResource(SAMPLE).toURI());
    }

    @Test
    void anEmptyWorkspaceIsTitledAndListsNothing() {
        assertEquals(
                "Atelier PTCE — espace en mémoire", viewModel.titleProperty().get());
        assertEquals(0, viewModel.dossiers().size());
        assertEquals("0 dossier", viewModel.countTextProperty().get());
    }

    @Test
    void importingASampleListsItsDossiersAndKeepsTheReport() throws Exception {
        viewModel.importFile(sample());

        assertEquals(List.of(), runner.failures());
        assertEquals(12, viewModel.dossiers().size());
        assertEquals("12 dossiers", viewModel.countTextProperty().get());
        assertNotNull(viewModel.imports().lastImportProperty().get());
        assertEquals(
                12, viewModel.imports().lastImportProperty().get().newDossiers().size());
        assertTrue(viewModel.statusBinding().get().startsWith("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx"));
    }

    @Test
    void theFilterIgnoresCaseAndAccents() throws Exception {
        viewModel.importFile(sample());

        viewModel.filterTextProperty().set("rhone");
        assertEquals(6, viewModel.filteredDossiers().size());
        assertEquals("6 dossiers sur 12", viewModel.countTextProperty().get());
        viewModel.filterTextProperty().set("REUNION");
        assertEquals(2, viewModel.filteredDossiers().size());
        viewModel.filterTextProperty().set("echenevex");
        assertEquals("5063921", viewModel.filteredDossiers().get(0).number());
        viewModel.filterTextProperty().set("");
        assertEquals(12, viewModel.filteredDossiers().size());
    }

    @Test
    void selectingADossierLoadsItsView() throws Exception {
        viewModel.importFile(sample());
        DossierSummary chosen = viewModel.dossiers().stream()
                .filter(d -> d.number().equals("5019941"))
                .findFirst()
                .orElseThrow();

        viewModel.selectedProperty().set(chosen);

        assertEquals("5019941", viewModel.reader().getView().dossier().number());
        assertEquals(
                "Campus Tiers-lieu du territoire de Saint-Leu",
                viewModel.reader().getView().dossier().projectName());
        viewModel.selectedProperty().set(null);
        assertNull(viewModel.reader().getView());
    }

    @Test
    void reimportingKeepsTheSelectedDossierShown() throws Exception {
        viewModel.importFile(sample());
        viewModel.selectedProperty().set(viewModel.dossiers().get(0));
        String number = viewModel.dossiers().get(0).number();

        viewModel.importFile(sample());

        assertEquals(number, viewModel.selectedProperty().get().number());
        assertEquals(number, viewModel.reader().getView().dossier().number());
        assertEquals(
                12, viewModel.imports().lastImportProperty().get().unchanged().size());
    }

    @Test
    void aRefusedFileIsReportedAndChangesNothing(@TempDir Path folder) throws Exception {
        viewModel.importFile(sample());
        Path notAnExport = folder.resolve("notes.csv");
        Files.writeString(notAnExport, "bonjour,monde\n1,2\n");

        viewModel.importFile(notAnExport);

        assertEquals(1, runner.failures().size());
        Throwable failure = runner.failures().get(0);
        assertTrue(
                failure instanceof InputRefusedException || failure instanceof ColumnMappingRequiredException,
                failure.toString());
        assertEquals(12, viewModel.dossiers().size());
        assertEquals(
                "Import de «\u00a0notes.csv\u00a0» refusé\u00a0: l'espace de travail n'a pas changé.",
                viewModel.statusBinding().get());
    }

    @Test
    void aRenamedHeaderAsksForTheColumnAndTheAnswerImports(@TempDir Path folder) throws Exception {
        Path renamed = renamedHeaderCsv(folder);

        viewModel.importFile(renamed);

        assertEquals(List.of(), runner.failures());
        ColumnMappingViewModel request =
                viewModel.imports().mappingRequestProperty().get();
        assertNotNull(request);
        assertEquals(
                List.of(Champ.PROJECT_NAME),
                request.rows().stream().map(ColumnMappingViewModel.Row::champ).toList());
        assertTrue(request.choices().contains("Intitulé du projet"));
        assertEquals(0, viewModel.dossiers().size());
        assertEquals(
                "«\u00a0renamed.csv\u00a0»\u00a0: indiquez la correspondance des colonnes pour l'importer.",
                viewModel.statusBinding().get());

        request.row(Champ.PROJECT_NAME).choiceProperty().set("Intitulé du projet");
        viewModel.imports().acceptMapping();

        assertNull(viewModel.imports().mappingRequestProperty().get());
        assertEquals(List.of(), runner.failures());
        assertEquals(12, viewModel.dossiers().size());
        assertEquals(
                "Campus Tiers-lieu du territoire de Saint-Leu",
                viewModel.dossiers().stream()
                        .filter(d -> d.number().equals("5019941"))
                        .findFirst()
                        .orElseThrow()
                        .projectName());

        // the mapping is remembered for the procedure: the next import of the same file asks nothing
        viewModel.importFile(renamed);
        assertNull(viewModel.imports().mappingRequestProperty().get());
        assertEquals(
                12, viewModel.imports().lastImportProperty().get().unchanged().size());
    }

    @Test
    void cancellingTheMappingImportsNothing(@TempDir Path folder) throws Exception {
        viewModel.importFile(renamedHeaderCsv(folder));

        viewModel.imports().cancelMapping();

        assertNull(viewModel.imports().mappingRequestProperty().get());
        assertEquals(0, viewModel.dossiers().size());
        assertEquals(
                "Import de «\u00a0renamed.csv\u00a0» annulé\u00a0: l'espace de travail n'a pas changé.",
                viewModel.statusBinding().get());
    }

    /** The 2021 csv sample with its header "Nom du projet" renamed "Intitulé du projet". */
    static Path renamedHeaderCsv(Path folder) throws Exception {
        Path original = Path.of(MainViewModelTest.class
                .getResource(SAMPLE.replace(".xlsx", ".csv"))
                .toURI());
        String content = Files.readString(original, StandardCharsets.UTF_8);
        int endOfHeader = content.indexOf('\n');
        String header = content.substring(0, endOfHeader);
        assertTrue(header.contains(",Nom du projet,"), "the sample's header names the project column");
        Path renamed = folder.resolve("renamed.csv");
        Files.writeString(
                renamed,
                header.replace(",Nom du projet,", ",Intitulé du projet,") + content.substring(endOfHeader),
                StandardCharsets.UTF_8);
        return renamed;
    }
}
