package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.ListFilter;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.ListSession;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window showed of a workspace comes back at its next opening; else the first dossier is selected. */
class ResumeViewModelTest {

    private final Preferences node = Preferences.userRoot().node("fr/ptce/workbench/test-resume-" + System.nanoTime());
    private final UiPreferences preferences = new UiPreferences(node);
    private final Messages messages = Messages.load(Locale.FRENCH);

    @TempDir
    Path folder;

    private DirectTaskRunner runner;
    private MainViewModel viewModel;
    private ResumeViewModel resume;

    @BeforeEach
    void fillAWorkspaceFolder() throws Exception {
        try (Workspace filled = Workspace.open(folder)) {
            filled.importDossiers()
                    .fromFile(
                            MainViewModelTest.sample(),
                            fr.ptce.workbench.domain.dossier.ColumnMapping.NONE,
                            fr.ptce.workbench.domain.Progress.NONE);
        }
    }

    @AfterEach
    void forget() throws Exception {
        close();
        node.removeNode();
    }

    /** A new window's view models on the workspace folder, as at a new start. */
    private void start() {
        runner = new DirectTaskRunner();
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        resume = new ResumeViewModel(viewModel, preferences);
        viewModel.openFolder(folder);
        assertEquals(List.of(), runner.failures());
    }

    private void close() {
        viewModel.workspaceState().current().ifPresent(Workspace::close);
    }

    @Test
    void withNothingRememberedTheFirstDossierIsSelected() {
        start();
        assertEquals(12, viewModel.dossiers().size());
        assertEquals(
                viewModel.sortedDossiers().get(0), viewModel.selectedProperty().get());
        assertEquals(ListPlaceholder.Kind.NO_MATCH, ListPlaceholder.kindOf(viewModel));
    }

    @Test
    void theDossierTabFiltersSearchAndSortComeBackAtTheNextStart() {
        start();
        String region = viewModel.dossiers().get(3).region();
        viewModel.listFilter().filterProperty().set(new ListFilter(region, null, null, null, null, null, null));
        viewModel.filterTextProperty().set("ptce");
        DossierSummary chosen =
                viewModel.filteredDossiers().get(viewModel.filteredDossiers().size() - 1);
        viewModel.selectedProperty().set(chosen);
        resume.tabProperty().set("avisTab");
        resume.sortProperty().set("projectColumn:D");
        close();

        start();
        assertEquals(chosen.number(), viewModel.selectedProperty().get().number());
        assertEquals(region, viewModel.listFilter().filterProperty().get().region());
        assertEquals("ptce", viewModel.filterTextProperty().get());
        assertEquals("avisTab", resume.tabProperty().get());
        assertEquals("projectColumn:D", resume.sortProperty().get());
        assertTrue(viewModel.filteredDossiers().stream().allMatch(d -> region.equals(d.region())));
    }

    @Test
    void aRememberedDossierThatIsGoneGivesTheFirstOne() {
        preferences.rememberSession(folder, new ListSession("99999999", "", "", "", ""));
        start();
        assertNotNull(viewModel.selectedProperty().get());
        assertEquals(
                viewModel.sortedDossiers().get(0), viewModel.selectedProperty().get());
        assertNotEquals("99999999", viewModel.selectedProperty().get().number());
    }

    @Test
    void theListSaysWhyItIsEmpty() {
        start();
        viewModel.filterTextProperty().set("aucun-dossier-ne-contient-ceci");
        assertEquals(0, viewModel.filteredDossiers().size());
        assertEquals(ListPlaceholder.Kind.NO_MATCH, ListPlaceholder.kindOf(viewModel));
        viewModel.listFilter().filterProperty().set(new ListFilter("Corse", null, null, null, null, null, null));
        ListPlaceholder.clearFilters(viewModel);
        assertEquals("", viewModel.filterTextProperty().get());
        assertTrue(viewModel.listFilter().filterProperty().get().isEmpty());
        assertEquals(12, viewModel.filteredDossiers().size());

        close();
        MainViewModel empty = new MainViewModel(new DirectTaskRunner(), messages, new WorkspaceState());
        assertEquals(ListPlaceholder.Kind.NO_DOSSIER, ListPlaceholder.kindOf(empty));
        try (Workspace memory = Workspace.inMemory(Clock.systemUTC())) {
            ObservableFlag loadingSeen = new ObservableFlag();
            empty.loadingProperty()
                    .addListener((o, was, now) ->
                            loadingSeen.set |= now && ListPlaceholder.kindOf(empty) == ListPlaceholder.Kind.LOADING);
            empty.useWorkspace(memory);
            assertTrue(loadingSeen.set, "« Chargement… » while the workspace's dossiers are listed");
            assertEquals(ListPlaceholder.Kind.NO_DOSSIER, ListPlaceholder.kindOf(empty));
            assertEquals(
                    "Aucun dossier. Importez un export DS (Fichier > Importer un export DS…).",
                    messages.get("list.empty"));
        }
    }

    private static final class ObservableFlag {
        boolean set;
    }
}
