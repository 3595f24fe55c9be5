package fr.ptce.workbench.ui.phase2;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.ui.fx.ColumnFit;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** Phase 2 in the dossiers tab: the phase-2 dossiers' list beside the reader of the selected one. */
public final class Phase2Pane extends SplitPane {

    private final TableView<Phase2View> table;
    private final Phase2Reader reader;
    private Runnable open = () -> {};

    public Phase2Pane(Phase2ViewModel viewModel, Messages messages) {
        setId("phase2Pane");
        table = new TableView<>(viewModel.dossiers());
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
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                open.run();
            }
        });
        table.setRowFactory(t -> {
            TableRow<Phase2View> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        reader = new Phase2Reader(viewModel, messages);
        getItems().addAll(table, reader);
        setDividerPositions(0.42);
    }

    /** What Enter or a double click on a phase-2 dossier does: the shell opens its scoring screen. */
    public void onOpen(Runnable action) {
        open = action;
    }

    /** The scoring screen beside the reader, in place of the list. */
    public void showBeside(Node scoring) {
        if (!getItems().contains(scoring)) {
            getItems().setAll(reader, scoring);
            setDividerPositions(0.5);
        }
    }

    /** The list back beside the reader, with the keyboard focus. */
    public void showList() {
        if (!getItems().contains(table)) {
            getItems().setAll(table, reader);
            setDividerPositions(0.42);
        }
        table.requestFocus();
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
