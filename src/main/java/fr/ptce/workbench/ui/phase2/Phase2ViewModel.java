package fr.ptce.workbench.ui.phase2;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The phase the list and the reader show (« Phase 1 » / « Phase 2 »), the phase-2 dossiers with their checks and
 * link, the selected one, and the way between a phase-2 dossier and its phase-1 dossier. No Node.
 */
public final class Phase2ViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.ONE);
    private final ObservableList<Phase2View> dossiers = FXCollections.observableArrayList();
    private final ObjectProperty<Phase2View> selected = new SimpleObjectProperty<>();
    private final BooleanProperty available = new SimpleBooleanProperty();
    /** The phase-1 dossier the window is asked to show (its number), set by {@link #openPhase1()}. */
    private final ObjectProperty<String> phase1Request = new SimpleObjectProperty<>();

    public Phase2ViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
    }

    /** Reads the current workspace's phase-2 dossiers again, keeping the selection when it is still there. */
    public void refresh() {
        state.current()
                .ifPresentOrElse(
                        workspace -> runner.run(
                                messages.get("phase2.status.listing"),
                                progress -> workspace.phase2().read().all(),
                                this::show),
                        () -> show(List.of()));
    }

    private void show(List<Phase2View> list) {
        String number = selected.get() == null ? null : selected.get().number();
        dossiers.setAll(list);
        available.set(!list.isEmpty());
        selected.set(find(number).orElse(null));
        if (list.isEmpty()) {
            phase.set(Phase.ONE);
        }
    }

    private Optional<Phase2View> find(String number) {
        return dossiers.stream().filter(v -> v.number().equals(number)).findFirst();
    }

    /** The phase-2 dossier that names this phase-1 dossier (the first, should an applicant have filed twice). */
    public Optional<Phase2View> ofPhase1(String phase1Number) {
        if (phase1Number == null) {
            return Optional.empty();
        }
        return dossiers.stream()
                .filter(v -> phase1Number.equals(v.dossier().phase1Number()))
                .findFirst();
    }

    /** Shows phase 2 with this dossier selected (from a phase-1 dossier's link). */
    public void showPhase2(String number) {
        phase.set(Phase.TWO);
        find(number).ifPresent(selected::set);
    }

    /** Asks the window to show phase 1 with the selected phase-2 dossier's phase-1 dossier. */
    public void openPhase1() {
        Phase2View view = selected.get();
        if (view != null && view.link().found()) {
            phase.set(Phase.ONE);
            phase1Request.set(null);
            phase1Request.set(view.link().phase1Number());
        }
    }

    /** The checks of the selected dossier, as the reader words them. */
    public List<Phase2CheckLine> checkLines() {
        Phase2View view = selected.get();
        return view == null ? List.of() : Phase2CheckLine.of(view, messages);
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObservableList<Phase2View> dossiers() {
        return dossiers;
    }

    public ObjectProperty<Phase2View> selectedProperty() {
        return selected;
    }

    /** Whether the workspace holds phase-2 dossiers (the « Phase 2 » choice is offered only then). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    /** The number of the phase-1 dossier to select, set when the user follows a phase-2 dossier's link back. */
    public ObjectProperty<String> phase1RequestProperty() {
        return phase1Request;
    }
}
