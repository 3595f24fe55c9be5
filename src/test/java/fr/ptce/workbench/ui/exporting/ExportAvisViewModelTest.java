package fr.ptce.workbench.ui.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.exporting.ExportChecks;
import fr.ptce.workbench.application.exporting.ExportReport;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.MainViewModel;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.ObservableTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The avis export's view model, without a toolkit. */
class ExportAvisViewModelTest {

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), state);
    private final ExportAvisViewModel model = main.exportAvis();
    private Workspace workspace;

    @TempDir
    Path folder;

    @BeforeEach
    void openWorkspace() throws Exception {
        workspace = Workspace.inMemory(Clock.systemUTC());
        main.useWorkspace(workspace);
        main.importFile(MainViewModelTest.sample());
        workspace
                .workspaceUser()
                .set(new Reviewer(
                        "Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Auvergne-Rhône-Alpes"));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void theRemarksNameTheDossiersAndTheRegion() {
        AtomicReference<ExportChecks> read = new AtomicReference<>();
        model.check(read::set);

        ExportChecks checks = read.get();
        assertNotNull(checks);
        int own = 12 - checks.otherRegions().size();
        assertEquals(own + " dossiers à exporter, classeur de la région Auvergne-Rhône-Alpes", model.header(checks));
        List<String> remarks = model.remarks(checks);
        assertEquals(2, remarks.size(), remarks.toString());
        assertTrue(remarks.get(0).startsWith(own + " dossiers sans avis de la région\u00a0: "), remarks.get(0));
        assertTrue(
                remarks.get(1)
                        .contains("d'une autre région que Auvergne-Rhône-Alpes, laissés hors du" + " classeur\u00a0: "),
                remarks.get(1));
        assertEquals(
                Optional.of("Exporter aussi ces " + checks.otherRegions().size() + " dossiers d'autres régions"),
                model.allRegionsChoice(checks));
    }

    @Test
    void aRemarkNamesAtMostTenDossiers() {
        List<String> many = IntStream.range(0, 12).mapToObj(i -> "N" + i).toList();
        ExportChecks checks = new ExportChecks("Bretagne", "avis.xlsx", 12, List.of(), List.of("7"), many);

        List<String> remarks = model.remarks(checks);

        assertEquals(
                List.of(
                        "1 dossier dont une évaluation ne note pas tous les critères\u00a0: 7",
                        "12 dossiers d'une autre région que Bretagne, laissés hors du classeur\u00a0: N0, N1,"
                                + " N2, N3, N4, N5,"
                                + " N6, N7, N8, N9, …"),
                remarks);
        ExportChecks none = new ExportChecks("Bretagne", "avis.xlsx", 1, List.of(), List.of(), List.of());
        assertEquals(List.of(), model.remarks(none));
        assertEquals(Optional.empty(), model.allRegionsChoice(none));
    }

    @Test
    void theExportWritesTheWorkbookAndSaysWhereWithItsRowsAndChecksum() {
        AtomicReference<ExportReport> written = new AtomicReference<>();
        Path target = folder.resolve("avis.xlsx");

        model.export(target, ExportAvis.Scope.ALL_REGIONS, written::set);

        ExportReport report = written.get();
        assertEquals(List.of(), runner.failures());
        assertTrue(Files.isRegularFile(target));
        assertEquals(12, report.rows());
        assertEquals(folder.toAbsolutePath(), ExportAvisViewModel.folderOf(report));
        assertEquals(
                "Fichier\u00a0: " + target.toAbsolutePath() + "\nDossiers\u00a0: 12\nSHA-256\u00a0: " + report.sha256(),
                model.doneText(report));
        assertEquals(
                "Classeur d'avis écrit\u00a0: avis.xlsx", main.statusBinding().get());
    }

    @Test
    void aCancelledExportWritesNothingAndSaysSo() {
        AtomicReference<String> status = new AtomicReference<>();
        AtomicReference<ExportReport> written = new AtomicReference<>();
        ExportAvisViewModel cancelled =
                new ExportAvisViewModel(new CancelledRunner(), state, Messages.load(Locale.FRENCH), status::set);
        Path target = folder.resolve("avis.xlsx");

        cancelled.export(target, ExportAvis.Scope.OWN_REGION, written::set);

        assertNull(written.get());
        assertFalse(Files.exists(target));
        assertEquals("Export de l'avis annulé : aucun fichier écrit.", status.get());
    }

    /** Runs the work as if the user had pressed « Annuler » at once. */
    private static final class CancelledRunner extends ObservableTaskRunner {

        @Override
        public <T> void run(String text, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String update) {}

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }));
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void cancel() {}
    }

    @Test
    void aRefusalGoesToTheErrorDialogAndNothingIsHandedOver() {
        workspace.workspaceUser().set(new Reviewer("Paul Expert", "paul@example.fr", ReviewerRole.EXPERT, null));
        AtomicReference<ExportChecks> read = new AtomicReference<>();

        model.check(read::set);

        assertNull(read.get());
        assertEquals(1, runner.failures().size());
        assertTrue(Dialogs.errorText(runner.failures().get(0)).contains("région"));
    }
}
