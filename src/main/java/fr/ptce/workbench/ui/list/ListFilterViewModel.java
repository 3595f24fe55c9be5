package fr.ptce.workbench.ui.list;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierFacet;
import fr.ptce.workbench.application.listing.ListFilter;
import fr.ptce.workbench.domain.campaign.Wave;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The combinable filters of the dossier list (region, state, admissibility, PESSII's disagreeing annotation, wave,
 * scored, avis, targets, over-limit sections) and the saved filters of the workspace. Its {@link #predicateProperty()
 * predicate} is AND-ed with the
 * search box's by the main view model. The facets the filters need are read again whenever the filter changes, so
 * that "notés" means scored now.
 */
public final class ListFilterViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ObjectProperty<ListFilter> filter = new SimpleObjectProperty<>(ListFilter.NONE);
    private final ReadOnlyObjectWrapper<Predicate<DossierSummary>> predicate = new ReadOnlyObjectWrapper<>(d -> true);
    private final ObservableList<String> savedNames = FXCollections.observableArrayList();
    private final ObservableList<String> waveNames = FXCollections.observableArrayList();
    private Map<String, String> saved = Map.of();

    public ListFilterViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        filter.addListener((o, old, now) -> apply(now));
        state.workspaceProperty().addListener((o, old, now) -> {
            filter.set(ListFilter.NONE);
            loadSaved();
        });
    }

    /** The filter chosen; setting it filters the list. */
    public ObjectProperty<ListFilter> filterProperty() {
        return filter;
    }

    /** What the list keeps, for the main view model. */
    public ReadOnlyObjectProperty<Predicate<DossierSummary>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }

    /** The names of the campaign's waves, in its order (the wave filter's choices). */
    public ObservableList<String> waveNames() {
        return waveNames;
    }

    /** The names of the workspace's saved filters, sorted. */
    public ObservableList<String> savedNames() {
        return savedNames;
    }

    /** Saves the current filter under this name in the workspace. */
    public void save(String name) {
        withWorkspace(w -> runner.run(
                messages.get("status.savingFilter"),
                p -> {
                    w.settings().saveFilter(name, filter.get().encode());
                    return w.settings().savedFilters();
                },
                this::showSaved));
    }

    /** Applies a saved filter. */
    public void use(String name) {
        String text = saved.get(name);
        if (text != null) {
            filter.set(ListFilter.decode(text));
        }
    }

    public void delete(String name) {
        withWorkspace(w -> runner.run(
                messages.get("status.savingFilter"),
                p -> {
                    w.settings().deleteFilter(name);
                    return w.settings().savedFilters();
                },
                this::showSaved));
    }

    /** Back to every dossier. */
    public void clear() {
        filter.set(ListFilter.NONE);
    }

    private void apply(ListFilter now) {
        if (now.isEmpty() || state.current().isEmpty()) {
            predicate.set(d -> true);
            return;
        }
        if (!now.needsFacets()) {
            predicate.set(now.predicate(n -> DossierFacet.NONE));
            return;
        }
        Workspace current = state.current().get();
        runner.run(messages.get("status.filtering"), p -> current.listFacets().all(), facets -> {
            if (now.equals(filter.get())) {
                predicate.set(now.predicate(facets::get));
            }
        });
    }

    private void loadSaved() {
        Optional<Workspace> current = state.current();
        if (current.isEmpty()) {
            showSaved(Map.of());
            return;
        }
        Workspace w = current.get();
        runner.run(messages.get("status.listing"), p -> w.settings().savedFilters(), this::showSaved);
        runner.run(
                messages.get("status.listing"),
                p -> w.campaign().current().waves().stream().map(Wave::name).toList(),
                waveNames::setAll);
    }

    private void showSaved(Map<String, String> filters) {
        saved = new TreeMap<>(filters);
        savedNames.setAll(List.copyOf(saved.keySet()));
    }

    private void withWorkspace(java.util.function.Consumer<Workspace> action) {
        state.current().ifPresent(action);
    }
}
