package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.Autosave;
import fr.ptce.workbench.ui.common.ProgressViewModel;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.dashboard.DashboardViewModel;
import fr.ptce.workbench.ui.experts.ExpertsViewModel;
import fr.ptce.workbench.ui.exporting.ExportAvisViewModel;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import fr.ptce.workbench.ui.importing.ImportFlow;
import fr.ptce.workbench.ui.list.ListFilterViewModel;
import fr.ptce.workbench.ui.national.NationalViewModel;
import fr.ptce.workbench.ui.phase2.Phase2ViewModel;
import fr.ptce.workbench.ui.reader.ReaderViewModel;
import fr.ptce.workbench.ui.scoring.ScoringViewModel;
import fr.ptce.workbench.ui.workspace.WorkspaceToolsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The main window's state and commands: the open workspace (opened through {@link WorkspaceOpening}), its dossier
 * list with the quick filter, the selected dossier, the status line, and the import of a DS export.
 */
public final class MainViewModel {

    private final TaskRunner runner;
    private final NationalViewModel national;
    private final Messages messages;
    private final WorkspaceState state;
    private final ReaderViewModel reader;
    private final ProgressViewModel progress;
    private final ScoringViewModel scoring;
    private final ListFilterViewModel listFilter;
    private final DashboardViewModel dashboard;
    private final ExportAvisViewModel exportAvis;
    private final WorkspaceToolsViewModel tools;
    private final DossierList list;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final Phase2ViewModel phase2;
    private final ListCount count;
    private final ReadOnlyStringWrapper idleStatus = new ReadOnlyStringWrapper();
    private final ImportFlow imports;
    private final WorkspaceOpening opening;
    private final StringBinding status;

    public MainViewModel(TaskRunner runner, Messages messages, WorkspaceState state) {
        this.runner = runner;
        this.messages = messages;
        this.state = state;
        this.reader = new ReaderViewModel(runner, state, messages);
        this.progress = new ProgressViewModel(runner, state, messages);
        this.national = new NationalViewModel(runner, state, messages);
        this.scoring = new ScoringViewModel(
                runner,
                state,
                messages,
                progress,
                new Autosave(runner, state, messages, progress, idleStatus::set, Clock.systemDefaultZone()));
        this.status = Bindings.when(runner.busyProperty())
                .then(runner.messageProperty())
                .otherwise(idleStatus);
        this.listFilter = new ListFilterViewModel(runner, state, messages);
        this.dashboard = new DashboardViewModel(runner, state, messages);
        this.phase2 = new Phase2ViewModel(runner, state, messages);
        this.exportAvis = new ExportAvisViewModel(runner, state, messages, idleStatus::set, phase2.phaseProperty());
        this.opening =
                new WorkspaceOpening(runner, state, messages, idleStatus::set, this::idleText, this::useWorkspace);
        this.imports = new ImportFlow(runner, state, messages, idleStatus::set, report -> {
            refresh(report.summary());
            reader.reload();
        });
        this.tools =
                new WorkspaceToolsViewModel(runner, state, messages, idleStatus::set, this::refresh, this::openFolder);
        this.list = new DossierList(runner, messages, state, listFilter, reader);
        this.count = new ListCount(messages, list.source(), list.filtered(), phase2);
        // the status bar resting on the count follows what the list shows: its filters, its phase
        count.shownProperty().addListener((o, old, now) -> {
            if (Objects.equals(idleStatus.get(), old)) {
                idleStatus.set(now);
            }
        });
        list.selectedProperty().addListener((o, old, now) -> {
            String number = now == null ? null : now.number();
            if (!Objects.equals(number, old == null ? null : old.number())) {
                reader.show(number);
                scoring.show(number);
            }
        });
        state.workspaceProperty().addListener((o, old, now) -> updateTitle(now));
        updateTitle(null);
        idleStatus.set(messages.get("status.noWorkspace"));
        LiveRefresh.install(this, runner, messages);
    }

    /** Opens the workspace stored in this folder (created if new), away from the screen. */
    public void openFolder(Path folder) {
        openFolder(folder, null);
    }

    /**
     * Opens the workspace of this folder with its password (null: none); an encrypted one opened without it, or
     * with a wrong one, is not an error: {@link #passwordRequestProperty()} asks the user for it.
     */
    public void openFolder(Path folder, char[] password) {
        opening.openFolder(folder, password);
    }

    /** How workspaces open: a shared one (« Ouvrir un espace partagé… ») and its password requests. */
    WorkspaceOpening opening() {
        return opening;
    }

    /** Opens the demo workspace in this folder, filling it from the bundled samples the first time. */
    public void openDemo(Path folder) {
        opening.openDemo(folder);
    }

    /**
     * The encrypted workspace to ask the password of, after an opening without it or with a wrong one; null
     * otherwise. Answered through {@link #opening()}.
     */
    public ReadOnlyObjectProperty<WorkspaceOpening.PasswordRequest> passwordRequestProperty() {
        return opening.requestProperty();
    }

    private String idleText() {
        return state.current().isPresent() ? count.shownProperty().get() : messages.get("status.noWorkspace");
    }

    /** Makes an opened workspace the current one and lists its dossiers; the previous one is closed. */
    public void useWorkspace(Workspace workspace) {
        list.startOpening();
        Optional<Workspace> previous = state.replace(workspace);
        list.clear();
        // queued after any work still using the previous workspace: the writer thread runs work in order
        previous.ifPresent(old -> runner.run(
                messages.get("status.closing"),
                progress -> {
                    old.close();
                    return null;
                },
                done -> {}));
        refresh();
    }

    /** Lists the current workspace's dossiers again, keeping the selection when the dossier is still there. */
    public void refresh() {
        refresh(null);
    }

    /** Lists the dossiers, then shows this status, or the count when null. */
    void refresh(String statusAfter) {
        list.refresh(() -> {
            idleStatus.set(statusAfter == null ? count.shownProperty().get() : statusAfter);
            progress.refresh();
        });
    }

    /** Imports a DS export (xlsx or csv) into the current workspace, then lists the dossiers and shows the report. */
    public void importFile(Path file) {
        importFile(file, ColumnMapping.NONE);
    }

    /**
     * Imports a DS export with the user's mapping of renamed headers; when required champs are still unmatched,
     * nothing is imported and the import flow's mapping request asks the user for the columns; when the file shares
     * no dossier with the workspace or comes from another procedure, its confirmation request asks first ({@link
     * #imports()}).
     */
    public void importFile(Path file, ColumnMapping mapping) {
        imports.importFile(file, mapping, false);
    }

    /** The import flow: its held-back confirmations and column mappings, and the last import's report. */
    public ImportFlow imports() {
        return imports;
    }

    /** Asks the running work to stop. */
    public void cancel() {
        runner.cancel();
    }

    public ObservableList<DossierSummary> dossiers() {
        return list.all();
    }

    /** The dossiers the quick filter keeps, in workspace order. */
    public FilteredList<DossierSummary> filteredDossiers() {
        return list.filtered();
    }

    /** The dossiers the list shows, in the order it shows them (the table's sort). */
    public SortedList<DossierSummary> sortedDossiers() {
        return list.sorted();
    }

    /** True from a workspace's opening until its dossiers are first listed: the list says « Chargement… ». */
    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** Increases each time the dossiers were listed again (after an opening, an import, a restore…). */
    public javafx.beans.property.ReadOnlyIntegerProperty listingsProperty() {
        return list.listingsProperty();
    }

    public StringProperty filterTextProperty() {
        return list.filterTextProperty();
    }

    /** The dossier selected in the list; setting it loads the reader. */
    public ObjectProperty<DossierSummary> selectedProperty() {
        return list.selectedProperty();
    }

    /** PESSII's national view. */
    public NationalViewModel national() {
        return national;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    /** The scoring screen of the selected dossier. */
    public ScoringViewModel scoring() {
        return scoring;
    }

    public WorkspaceState workspaceState() {
        return state;
    }

    /** A new view model of the experts window on this workspace. */
    public ExpertsViewModel experts() {
        return new ExpertsViewModel(runner, state, messages, phase2.phaseProperty());
    }

    /** The window title: the application name and the workspace folder's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "12 dossiers", or "5 dossiers sur 12" while the filter hides some. */
    public ReadOnlyStringProperty countTextProperty() {
        return count.phase1Property();
    }

    /** What the list shows in its phase, the status bar's resting text: phase 1's count, or phase 2's. */
    public ReadOnlyStringProperty shownCountProperty() {
        return count.shownProperty();
    }

    /** The phase the list shows and the phase-2 dossiers. */
    public Phase2ViewModel phase2() {
        return phase2;
    }

    /** The status line back to its resting text (the count of dossiers) once its last message has been read. */
    public void clearStatus() {
        idleStatus.set(idleText());
    }

    /** The status line: the running work's message, otherwise the outcome of the last action. */
    public StringBinding statusBinding() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    /** The runner of the window's work, for the view models the window builds. */
    TaskRunner runner() {
        return runner;
    }

    /** The combinable filters of the list and the saved filters. */
    public ListFilterViewModel listFilter() {
        return listFilter;
    }

    /** Fichier › Exporter l'avis pour le PESSII. */
    public ExportAvisViewModel exportAvis() {
        return exportAvis;
    }

    /** Fichier › Sauvegarder l'espace, Restaurer une sauvegarde, Purger la campagne. */
    public WorkspaceToolsViewModel tools() {
        return tools;
    }

    /** The dashboard of the open workspace. */
    public DashboardViewModel dashboard() {
        return dashboard;
    }

    private void updateTitle(Workspace workspace) {
        if (workspace == null) {
            title.set(messages.get("app.name"));
            return;
        }
        String name = workspace
                .folder()
                .map(Path::getFileName)
                .map(Path::toString)
                .or(() -> workspace.address().map(PostgresAddress::toString))
                .orElse(messages.get("workspace.inMemory"));
        title.set(messages.format("window.title", name));
    }
}
