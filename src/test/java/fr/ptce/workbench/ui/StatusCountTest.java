package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status bar counts what the list shows: phase 1's list under its filters, or phase 2's list. */
class StatusCountTest {

    private static Workspace workspace;
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private MainViewModel viewModel;

    @BeforeAll
    static void demo() {
        workspace = Workspace.inMemory(Clock.systemUTC());
        DemoWorkspace.fill(workspace, Progress.NONE);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @BeforeEach
    void open() {
        viewModel = new MainViewModel(runner, Messages.load(Locale.FRENCH), new WorkspaceState());
        viewModel.useWorkspace(workspace);
        viewModel.phase2().refresh();
    }

    @Test
    void theStatusBarCountsThePhaseTheListShows() {
        assertEquals(List.of(), runner.failures());
        assertEquals(24, viewModel.dossiers().size());
        assertEquals(6, viewModel.phase2().dossiers().size());
        assertEquals("24 dossiers", viewModel.statusBinding().get());

        viewModel.phase2().phaseProperty().set(Phase.TWO);
        assertEquals("6 dossiers de phase\u00a02", viewModel.statusBinding().get());
        assertEquals(
                "6 dossiers de phase\u00a02", viewModel.shownCountProperty().get());
        // phase 1's own count, under its (hidden) list, is unchanged
        assertEquals("24 dossiers", viewModel.countTextProperty().get());

        viewModel.phase2().phaseProperty().set(Phase.ONE);
        assertEquals("24 dossiers", viewModel.statusBinding().get());
    }

    @Test
    void theStatusBarCountsWhatTheFiltersLeave() {
        viewModel.filterTextProperty().set("rhone");
        int left = viewModel.filteredDossiers().size();
        assertTrue(left > 0 && left < 24, "the filter keeps some: " + left);

        assertEquals(
                left + (left == 1 ? " dossier sur 24" : " dossiers sur 24"),
                viewModel.statusBinding().get());

        viewModel.phase2().phaseProperty().set(Phase.TWO);
        assertEquals("6 dossiers de phase\u00a02", viewModel.statusBinding().get());
        viewModel.phase2().phaseProperty().set(Phase.ONE);
        viewModel.filterTextProperty().set("");
        assertEquals("24 dossiers", viewModel.statusBinding().get());
    }
}
