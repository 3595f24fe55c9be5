package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.phase2.Phase2ViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The counts of the dossiers the list shows: phase 1's list under its filters (« 5 dossiers sur 12 »), and what
 * the status bar rests on, which follows the phase shown — phase 1's count, or phase 2's list (« 6 dossiers de
 * phase 2 »).
 */
final class ListCount {

    private final Messages messages;
    private final ObservableList<DossierSummary> all;
    private final ObservableList<DossierSummary> filtered;
    private final Phase2ViewModel phase2;
    private final ReadOnlyStringWrapper phase1Text = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper();

    ListCount(
            Messages messages,
            ObservableList<DossierSummary> all,
            ObservableList<DossierSummary> filtered,
            Phase2ViewModel phase2) {
        this.messages = messages;
        this.all = all;
        this.filtered = filtered;
        this.phase2 = phase2;
        filtered.addListener((ListChangeListener<DossierSummary>) c -> update());
        phase2.dossiers().addListener((ListChangeListener<Object>) c -> update());
        phase2.phaseProperty().addListener((o, old, now) -> update());
        update();
    }

    private void update() {
        int shown = filtered.size();
        int total = all.size();
        phase1Text.set(
                shown == total
                        ? messages.count("list.count", total)
                        : messages.count("list.countFiltered", shown, total));
        shownText.set(
                phase2.phaseProperty().get() == Phase.TWO
                        ? messages.count("list.count.phase2", phase2.dossiers().size())
                        : phase1Text.get());
    }

    /** "12 dossiers", or "5 dossiers sur 12" while the filter hides some: phase 1's list. */
    ReadOnlyStringProperty phase1Property() {
        return phase1Text.getReadOnlyProperty();
    }

    /** What the list shows now, in either phase: the status bar's resting text. */
    ReadOnlyStringProperty shownProperty() {
        return shownText.getReadOnlyProperty();
    }
}
