package fr.ptce.workbench.ui.list;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import fr.ptce.workbench.ui.fx.Nodes.Tone;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A cell of the dossier list's Recevabilité column: the admissibility as a coloured badge. */
public final class AdmissibilityCell extends TableCell<DossierSummary, Admissibility> {

    private final Messages messages;

    public AdmissibilityCell(Messages messages) {
        this.messages = messages;
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Admissibility item, boolean empty) {
        super.updateItem(item, empty);
        int index = getIndex();
        if (empty
                || getTableView() == null
                || index < 0
                || index >= getTableView().getItems().size()) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String id = "admissibility-" + getTableView().getItems().get(index).number();
        String label = item == null ? messages.get("column.admissibility.none") : item.label();
        Tone tone = item == null ? Tone.NEUTRAL : Nodes.tone(item);
        String accessible = messages.format("badge.admissibility.accessible", label);
        setGraphic(Nodes.badge(label, id, tone, accessible));
        setAccessibleText(accessible);
    }
}
