package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.ui.fx.ColumnFit;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.scoring.ReviewersViewModel.Line;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Évaluateurs tab: the reviews side by side, mean, spread, the disputed criteria flagged, and the settings. */
final class ReviewersSection extends VBox {

    private final ReviewersViewModel viewModel;
    private final Messages messages;
    private final TableView<Line> table = new TableView<>();

    ReviewersSection(ReviewersViewModel viewModel, Messages messages) {
        super(8);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("reviewersSection");
        setPadding(new Insets(8, 0, 0, 0));
        Label summary = new Label();
        summary.setId("reviewersSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        table.setId("reviewersTable");
        table.setItems(viewModel.lines());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("disputed");
                if (!empty && line != null && line.disputed()) {
                    getStyleClass().add("disputed");
                }
            }
        });
        viewModel.reviewers().addListener((ListChangeListener<String>) c -> columns());
        columns();
        VBox.setVgrow(table, Priority.ALWAYS);

        CheckBox ownFirst = new CheckBox(messages.get("reviewers.ownFirst"));
        ownFirst.setId("ownScoresFirst");
        ownFirst.selectedProperty().bindBidirectional(viewModel.ownScoresFirstProperty());
        Spinner<Double> spread =
                new Spinner<>(0.5, 5, viewModel.spreadProperty().get().doubleValue(), 0.5);
        spread.setId("spreadThreshold");
        spread.setPrefWidth(80);
        spread.valueProperty()
                .addListener((o, was, is) -> viewModel.spreadProperty().set(BigDecimal.valueOf(is)));
        Label spreadLabel = new Label(messages.get("reviewers.spread"));
        spreadLabel.setLabelFor(spread);
        table.setAccessibleText(messages.get("reviewers.table.accessible"));
        HBox settings = new HBox(12, ownFirst, spreadLabel, spread);
        settings.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(summary, table, settings);
    }

    private void columns() {
        table.getColumns().clear();
        table.getColumns().add(column(messages.get("reviewers.criterion"), l -> l.code() + " " + l.label(), 220));
        for (int i = 0; i < viewModel.reviewers().size(); i++) {
            int at = i;
            table.getColumns()
                    .add(column(viewModel.reviewers().get(i), l -> l.values().get(at), 90));
        }
        table.getColumns().add(column(messages.get("reviewers.mean"), Line::mean, 80));
        table.getColumns().add(column(messages.get("reviewers.range"), Line::range, 80));
        table.getColumns()
                .add(column(
                        messages.get("reviewers.flag"),
                        l -> l.disputed() ? messages.get("reviewers.toDiscuss") : "",
                        100));
        // the scores as wide as their titles and the flag as its text; the criterion's words take the rest
        double flag = ColumnFit.textWidth(messages.get("reviewers.toDiscuss"), false) + ColumnFit.PADDING;
        TableColumn<Line, ?> last = table.getColumns().get(table.getColumns().size() - 1);
        last.setMinWidth(Math.max(last.getMinWidth(), flag));
        table.getColumns().stream().skip(1).forEach(c -> c.setMaxWidth(c.getMinWidth() + 24));
    }

    private static TableColumn<Line, String> column(
            String title, java.util.function.Function<Line, String> value, double width) {
        TableColumn<Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        // never narrower than its title: a reviewer's column once opened at zero width
        ColumnFit.header(column);
        column.setCellFactory(c -> new ColumnFit.TooltipCell<>());
        return column;
    }
}
