package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.search.SearchIndex;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import fr.ptce.workbench.ui.list.ListFilterViewModel;
import fr.ptce.workbench.ui.list.ListSearch;
import fr.ptce.workbench.ui.reader.ReaderViewModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The main window's list of dossiers: read from the workspace away from the screen, kept by the search box (through
 * the search index, built in the background) and the combinable filters, in the table's order, with its selection.
 */
final class DossierList {

    private final TaskRunner runner;
    private final Messages messages;
    private final WorkspaceState state;
    private final ListFilterViewModel listFilter;
    private final ReaderViewModel reader;
    private final ObservableList<DossierSummary> dossiers = FXCollections.observableArrayList();
    /** Kept, not made per call: an unmodifiable wrapper listens weakly to its source (see ConsolidatedScores). */
    private final ObservableList<DossierSummary> readOnlyDossiers = FXCollections.unmodifiableObservableList(dossiers);
    /** The dossiers the search box and the combinable filters keep. */
    private final FilteredList<DossierSummary> filtered = new FilteredList<>(dossiers, d -> true);
    /** The list's order: the table binds its comparator (the user's sort); none, the workspace's order. */
    private final SortedList<DossierSummary> sorted = new SortedList<>(filtered);
    /** True from a workspace's opening until its dossiers are first listed. */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    /** Counts the listings of the dossiers: a listener learns that the list was just read again. */
    private final ReadOnlyIntegerWrapper listings = new ReadOnlyIntegerWrapper();

    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<DossierSummary> selected = new SimpleObjectProperty<>();
    /** The search index of the current workspace's dossiers, null until built; read on the FX thread only. */
    private SearchIndex searchIndex;

    DossierList(
            TaskRunner runner,
            Messages messages,
            WorkspaceState state,
            ListFilterViewModel listFilter,
            ReaderViewModel reader) {
        this.runner = runner;
        this.messages = messages;
        this.state = state;
        this.listFilter = listFilter;
        this.reader = reader;
        // the search box's predicate AND the combinable filters'
        filterText.addListener((o, old, text) -> applyFilter());
        listFilter.predicateProperty().addListener((o, old, now) -> applyFilter());
    }

    /**
     * Forgets the search index, before the workspace listeners restore a search text: the previous workspace's index
     * must never filter the new list, which is loading from now on.
     */
    void startOpening() {
        searchIndex = null;
        loading.set(true);
    }

    /** Empties the list once the new workspace is the current one; its dossiers are listed next. */
    void clear() {
        selected.set(null);
        dossiers.clear();
    }

    /**
     * Lists the current workspace's dossiers again, keeping the selection when the dossier is still there; then runs
     * {@code listed} and builds the search index.
     */
    void refresh(Runnable listed) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.get("status.listing"),
                progress -> current.listDossiers().all(),
                list -> {
                    show(list);
                    loading.set(false);
                    listings.set(listings.get() + 1);
                    listed.run();
                    reindex(current);
                },
                error -> loading.set(false));
    }

    /** Builds the search index away from the screen; until then the filter looks at the list's fields only. */
    private void reindex(Workspace current) {
        runner.run(
                messages.get("status.indexing"),
                progress -> current.searchDossiers().index(progress),
                index -> {
                    if (state.current().filter(current::equals).isPresent()) {
                        searchIndex = index;
                        applyFilter();
                    }
                });
    }

    private void applyFilter() {
        ListSearch.apply(
                filterText.get(),
                searchIndex,
                listFilter.predicateProperty().get(),
                filtered,
                reader.highlightProperty());
    }

    private void show(List<DossierSummary> list) {
        String selectedNumber = selected.get() == null ? null : selected.get().number();
        dossiers.setAll(list);
        selected.set(list.stream()
                .filter(d -> d.number().equals(selectedNumber))
                .findFirst()
                .orElse(null));
    }

    /** The dossiers as listed, read-only. */
    ObservableList<DossierSummary> all() {
        return readOnlyDossiers;
    }

    /** The source of the filtered list, for the counts that compare it with what is kept. */
    ObservableList<DossierSummary> source() {
        return dossiers;
    }

    FilteredList<DossierSummary> filtered() {
        return filtered;
    }

    SortedList<DossierSummary> sorted() {
        return sorted;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty listingsProperty() {
        return listings.getReadOnlyProperty();
    }

    StringProperty filterTextProperty() {
        return filterText;
    }

    ObjectProperty<DossierSummary> selectedProperty() {
        return selected;
    }
}
