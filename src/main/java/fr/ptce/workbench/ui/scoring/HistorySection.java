package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The dossier's change history: when, who, which field, old → new value, newest first as the workspace gives it. */
final class HistorySection extends TableView<AuditEntry> {

    HistorySection(ScoringViewModel viewModel, Messages messages) {
        setId("historyTable");
        setAccessibleText(messages.get("history.accessible"));
        setPlaceholder(new Label(messages.get("history.empty")));
        setItems(viewModel.history());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(messages.get("history.when"), e -> Formats.dateTime(e.at()), 140));
        getColumns().add(column(messages.get("history.who"), AuditEntry::who, 160));
        getColumns().add(column(messages.get("history.field"), AuditEntry::field, 140));
        getColumns()
                .add(column(
                        messages.get("history.change"),
                        e -> messages.format(
                                "history.oldNew",
                                Objects.toString(e.oldValue(), "—"),
                                Objects.toString(e.newValue(), "—")),
                        240));
    }

    private static TableColumn<AuditEntry, String> column(
            String title, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
