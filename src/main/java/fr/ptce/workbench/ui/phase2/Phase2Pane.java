package fr.ptce.workbench.ui.phase2;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.ui.fx.ColumnFit;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Phase 2 in the dossiers tab: the phase-2 dossiers' list beside the reader of the selected one. */
public final class Phase2Pane extends SplitPane {

    public Phase2Pane(Phase2ViewModel viewModel, Messages messages) {
        setId("phase2Pane");
        TableView<Phase2View> table = new TableView<>(viewModel.dossiers());
        table.setId("phase2Table");
        table.setAccessibleText(messages.get("phase2.list.accessible"));
        Function<Phase2View, String> flags = v -> Phase2CheckLine.of(v, messages).stream()
                .filter(Phase2CheckLine::alert)
                .map(Phase2CheckLine::name)
                .reduce((a, b) -> a + ", " + b)
                .orElse("✓");
        TableColumn<Phase2View, String> number = column(messages.get("phase2.column.number"), Phase2View::number);
        TableColumn<Phase2View, String> phase1 =
                column(messages.get("phase2.column.phase1"), v -> v.dossier().phase1Number());
        TableColumn<Phase2View, String> project =
                column(messages.get("phase2.column.project"), v -> v.dossier().projectName());
        TableColumn<Phase2View, String> toCheck = column(messages.get("phase2.column.flags"), flags);
        table.getColumns().addAll(List.of(number, phase1, toCheck, project));
        ColumnFit.fitted(table, number, Phase2View::number);
        ColumnFit.fitted(table, phase1, v -> v.dossier().phase1Number());
        ColumnFit.capped(table, toCheck, flags, 260);
        ColumnFit.capped(table, project, v -> v.dossier().projectName(), 320);
        ColumnFit.fillOrScroll(table);
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("phase2.list.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        getItems().addAll(table, new Phase2Reader(viewModel, messages));
        setDividerPositions(0.42);
    }

    private static TableColumn<Phase2View, String> column(String title, Function<Phase2View, String> value) {
        TableColumn<Phase2View, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> text(value.apply(cell.getValue())));
        column.setId("phase2Column-" + title);
        return column;
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
