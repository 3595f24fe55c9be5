package fr.ptce.workbench.ui.list;

import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.ProgressViewModel;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import fr.ptce.workbench.ui.fx.Nodes.Tone;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The dossier list's progress columns: scored (✓), the avis as a badge, and the user's total out of 100, shown
 * partial (« 6 · 1/10 », with a tooltip) while criteria are unscored.
 */
public final class ProgressColumns {

    private ProgressColumns() {}

    public static TableColumn<DossierSummary, ProgressViewModel.Row> scored(
            ProgressViewModel progress, Messages messages) {
        return column(
                progress,
                messages.get("column.scored"),
                "scoredColumn",
                48,
                (number, row) -> {
                    if (row == null || !row.scored()) {
                        return null;
                    }
                    return Nodes.badge("✓", "scored-" + number, Tone.GOOD, messages.get("column.scored.accessible"));
                },
                Comparator.comparing(r -> r != null && r.scored()));
    }

    public static TableColumn<DossierSummary, ProgressViewModel.Row> avis(
            ProgressViewModel progress, Messages messages) {
        return column(
                progress,
                messages.get("column.avis"),
                "avisColumn",
                88,
                (number, row) -> {
                    if (row == null || row.avis() == null) {
                        return null;
                    }
                    Recommendation r = row.avis();
                    Tone tone = r == Recommendation.FAVORABLE
                            ? Tone.GOOD
                            : r == Recommendation.FAVORABLE_WITH_RESERVATIONS ? Tone.WARNING : Tone.BAD;
                    String text = messages.get("column.avis." + r.name());
                    return Nodes.badge(
                            text, "avis-" + number, tone, messages.format("column.avis.accessible", r.label()));
                },
                Comparator.comparing(
                        r -> r == null || r.avis() == null ? 9 : r.avis().ordinal()));
    }

    public static TableColumn<DossierSummary, ProgressViewModel.Row> total(
            ProgressViewModel progress, Messages messages) {
        return column(
                progress,
                messages.get("column.total"),
                "totalColumn",
                72,
                (number, row) -> {
                    if (row == null || row.total() == null) {
                        return null;
                    }
                    Label label = new Label(progress.totalText(row));
                    label.setId("total-" + number);
                    String explanation = progress.totalExplanation(row);
                    label.setTooltip(new Tooltip(explanation));
                    label.setAccessibleText(label.getText() + " — " + explanation);
                    if (row.partial()) {
                        label.getStyleClass().add("partial-total");
                    }
                    return label;
                },
                TOTAL_ORDER);
    }

    /** No review first, then partial totals, then complete ones, each by total: a partial total never outranks. */
    static final Comparator<ProgressViewModel.Row> TOTAL_ORDER = Comparator.comparingInt(
                    (ProgressViewModel.Row r) -> r == null || r.total() == null ? 0 : r.partial() ? 1 : 2)
            .thenComparing(r -> r == null || r.total() == null ? BigDecimal.ZERO : r.total());

    private static TableColumn<DossierSummary, ProgressViewModel.Row> column(
            ProgressViewModel progress,
            String title,
            String id,
            double width,
            BiFunction<String, ProgressViewModel.Row, Node> render,
            Comparator<ProgressViewModel.Row> order) {
        TableColumn<DossierSummary, ProgressViewModel.Row> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(
                c -> Bindings.valueAt(progress.rows(), c.getValue().number()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(ProgressViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                int index = getIndex();
                if (empty
                        || getTableView() == null
                        || index < 0
                        || index >= getTableView().getItems().size()) {
                    setGraphic(null);
                    return;
                }
                setGraphic(render.apply(getTableView().getItems().get(index).number(), row));
            }
        });
        return column;
    }
}
