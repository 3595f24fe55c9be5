package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.RawCell;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Builds the end of the reader pane: the champs the workbench does not map, and the last import's changes. */
final class ExtraFields {

    private final Messages messages;
    private final ReaderText text;

    ExtraFields(Messages messages, ReaderText text) {
        this.messages = messages;
        this.text = text;
    }

    VBox otherFields(DossierView view) {
        VBox box = new VBox(6, Nodes.heading(messages.get("reader.otherFields"), "otherFieldsHeading"));
        if (view.dossier().otherFields().isEmpty()) {
            box.getChildren().add(Nodes.text(messages.get("reader.otherFields.none")));
            return box;
        }
        GridPane grid = new GridPane();
        grid.setId("otherFields");
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(35);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        int row = 0;
        for (RawCell cell : view.dossier().otherFields()) {
            Label name = Nodes.text(cell.header());
            name.getStyleClass().add("field-name");
            Label value = Nodes.text(text.orDash(cell.value()));
            name.setLabelFor(value);
            grid.addRow(row++, name, value);
        }
        box.getChildren().add(grid);
        return box;
    }

    VBox lastChanges(DossierView view) {
        VBox box = new VBox(4, Nodes.heading(messages.get("reader.lastChanges"), "lastChangesHeading"));
        VBox list = new VBox(2);
        list.setId("lastChanges");
        if (view.lastChanges().isEmpty()) {
            list.getChildren().add(Nodes.text(messages.get("reader.lastChanges.none")));
        }
        for (DossierChange change : view.lastChanges()) {
            list.getChildren().add(Nodes.text(describe(change)));
        }
        box.getChildren().add(list);
        return box;
    }

    private String describe(DossierChange change) {
        String when = text.dateTime(change.importedAt());
        return switch (change.kind()) {
            case NEW -> messages.format("change.new", when);
            case CHANGED -> messages.format("change.changed", when, String.join(", ", change.changedFields()));
            case ABSENT -> messages.format("change.absent", when);
            case UNCHANGED -> messages.format("change.unchanged", when);
        };
    }
}
