package fr.ptce.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup, restore and purge from the window's menu, without a toolkit. */
class WorkspaceToolsViewModelTest {

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), state);
    private final WorkspaceToolsViewModel tools = main.tools();

    @TempDir
    Path temp;

    @BeforeEach
    void openWorkspace() throws Exception {
        main.openFolder(temp.resolve("Espace Région"));
        main.importFile(MainViewModelTest.sample());
        assertEquals(12, main.dossiers().size());
    }

    @AfterEach
    void closeWorkspace() {
        state.current().ifPresent(Workspace::close);
    }

    @Test
    void theBackupIsNamedAfterTheWorkspaceAndTheDay() {
        assertEquals("sauvegarde-espace-region-2021-12-01.zip", tools.backupName(LocalDate.of(2021, 12, 1)));
    }

    @Test
    void aBackupIsWrittenThenRestoredIntoAnEmptyFolderWhichOpens() {
        Path zip = temp.resolve("sauvegarde.zip");
        List<String> said = new ArrayList<>();

        tools.backup(zip, said::add);

        assertEquals(List.of(), runner.failures());
        assertTrue(Files.isRegularFile(zip));
        assertEquals(List.of("Sauvegarde écrite\u00a0: " + zip.toAbsolutePath()), said);
        assertEquals(said.get(0), main.statusBinding().get());

        Workspace before = state.current().orElseThrow();
        Path restored = temp.resolve("restauré");
        tools.restore(zip, restored);

        assertEquals(List.of(), runner.failures());
        Workspace now = state.current().orElseThrow();
        assertNotSame(before, now);
        assertEquals(restored, now.folder().orElseThrow());
        assertEquals(12, main.dossiers().size());
    }

    @Test
    void aRestoreIntoAFolderThatIsNotEmptyIsRefusedAndTheWorkspaceStays() throws Exception {
        Path zip = temp.resolve("sauvegarde.zip");
        tools.backup(zip, done -> {});
        Workspace before = state.current().orElseThrow();
        Path busy = Files.createDirectories(temp.resolve("occupé"));
        Files.writeString(busy.resolve("notes.txt"), "à garder");

        tools.restore(zip, busy);

        assertEquals(1, runner.failures().size());
        assertTrue(Dialogs.errorText(runner.failures().get(0)).contains("Restauration refusée"));
        assertEquals(before, state.current().orElseThrow());
    }

    @Test
    void thePurgeNamesTheDossiersAndNeedsTheWord() {
        List<String> asked = new ArrayList<>();
        tools.askPurge(asked::add);

        assertEquals(1, asked.size());
        assertTrue(
                asked.get(0).startsWith("La purge supprime définitivement les 12 dossiers de l'espace «\u00a0"),
                asked.get(0));
        assertTrue(asked.get(0).endsWith("Tapez PURGER pour confirmer."), asked.get(0));

        assertTrue(WorkspaceToolsViewModel.confirms("PURGER"));
        assertTrue(WorkspaceToolsViewModel.confirms(" PURGER "));
        assertFalse(WorkspaceToolsViewModel.confirms("purger"));
        assertFalse(WorkspaceToolsViewModel.confirms(""));
        assertFalse(WorkspaceToolsViewModel.confirms(null));

        tools.purge("oui");
        assertEquals(12, main.dossiers().size());

        tools.purge("PURGER");
        assertEquals(List.of(), runner.failures());
        assertEquals(0, main.dossiers().size());
        assertEquals(
                "Campagne purgée\u00a0: 12 dossiers supprimés.",
                main.statusBinding().get());
    }
}
