package fr.ptce.workbench.ui.list;

import fr.ptce.workbench.domain.dossier.DossierSummary;
import java.util.List;
import javafx.beans.property.ObjectProperty;

/** Moves the selection to the next or previous dossier in the order the list shows them (filtered and sorted). */
public final class DossierNavigation {

    private final ObjectProperty<DossierSummary> selected;
    private final List<DossierSummary> order;

    public DossierNavigation(ObjectProperty<DossierSummary> selected, List<DossierSummary> order) {
        this.selected = selected;
        this.order = order;
    }

    /** Selects the next dossier (the first when none is selected); stays on the last. */
    public void next() {
        move(1);
    }

    /** Selects the previous dossier; stays on the first. */
    public void previous() {
        move(-1);
    }

    private void move(int delta) {
        if (order.isEmpty()) {
            return;
        }
        int index = order.indexOf(selected.get());
        int target = index < 0 ? 0 : Math.max(0, Math.min(order.size() - 1, index + delta));
        selected.set(order.get(target));
    }
}
