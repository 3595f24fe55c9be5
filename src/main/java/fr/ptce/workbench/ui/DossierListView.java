package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.fx.ColumnFit;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.list.AdmissibilityCell;
import fr.ptce.workbench.ui.list.DossierNavigation;
import fr.ptce.workbench.ui.list.ListFilterBar;
import fr.ptce.workbench.ui.list.ProgressColumns;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The left pane: the quick filter, the table of dossiers and their count. */
final class DossierListView extends VBox {

    private final TextField filter = new TextField();
    private final TableView<DossierSummary> table = new TableView<>();
    private final DossierNavigation navigation;

    DossierListView(MainViewModel viewModel, Messages messages) {
        super(6);
        setPadding(new Insets(8));

        Label filterLabel = new Label(messages.get("list.filter.label"));
        filterLabel.setLabelFor(filter);
        filterLabel.setMnemonicParsing(true);
        filter.setId("quickFilter");
        filter.setPromptText(messages.get("list.filter.prompt"));
        filter.setAccessibleText(messages.get("list.filter.accessible"));
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                focusTable();
                e.consume();
            }
        });

        table.setId("dossierTable");
        table.setAccessibleText(messages.get("list.table.accessible"));
        table.setPlaceholder(new ListPlaceholder(viewModel, messages));
        // the short columns as wide as their content, the project and the structure share the rest
        Function<DossierSummary, String> state =
                d -> d.state() == null ? "" : d.state().label();
        TableColumn<DossierSummary, String> project =
                column(messages.get("column.project"), DossierSummary::projectName, 200, "projectColumn");
        TableColumn<DossierSummary, String> structure =
                column(messages.get("column.structure"), DossierSummary::structureName, 160, "structureColumn");
        TableColumn<DossierSummary, String> region =
                column(messages.get("column.region"), DossierSummary::region, 130, "regionColumn");
        TableColumn<DossierSummary, String> wave =
                column(messages.get("column.wave"), DossierSummary::wave, 100, "waveColumn");
        TableColumn<DossierSummary, String> stateColumn =
                column(messages.get("column.state"), state, 110, "stateColumn");
        table.getColumns().add(numberColumn(messages));
        table.getColumns().add(project);
        table.getColumns().add(structure);
        table.getColumns().add(region);
        table.getColumns().add(admissibilityColumn(messages));
        table.getColumns().add(wave);
        table.getColumns().add(ProgressColumns.scored(viewModel.scoring().progress(), messages));
        table.getColumns().add(ProgressColumns.avis(viewModel.scoring().progress(), messages));
        table.getColumns().add(ProgressColumns.total(viewModel.scoring().progress(), messages));
        table.getColumns().add(stateColumn);
        table.getColumns().stream().skip(4).forEach(ColumnFit::header);
        SortedList<DossierSummary> sorted = viewModel.sortedDossiers();
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        ColumnFit.capped(table, project, DossierSummary::projectName, 260);
        ColumnFit.capped(table, structure, DossierSummary::structureName, 200);
        ColumnFit.fitted(table, region, DossierSummary::region);
        ColumnFit.fitted(table, wave, DossierSummary::wave);
        ColumnFit.fitted(table, stateColumn, state);
        ColumnFit.fillOrScroll(table);
        table.setTableMenuButtonVisible(true);
        navigation = new DossierNavigation(viewModel.selectedProperty(), sorted);
        table.setRowFactory(t -> new SummaryRow(messages));
        VBox.setVgrow(table, Priority.ALWAYS);

        // the table and the view model agree on the selection, whichever side changes it
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null
                    || !table.getItems().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (!Objects.equals(table.getSelectionModel().getSelectedItem(), now)) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                }
            }
        });

        // a refreshed list clears the table's selection: select again the dossier the view model still holds
        table.getItems().addListener((javafx.collections.ListChangeListener<DossierSummary>) c -> {
            DossierSummary wanted = viewModel.selectedProperty().get();
            if (wanted != null
                    && table.getSelectionModel().getSelectedItem() == null
                    && table.getItems().contains(wanted)) {
                table.getSelectionModel().select(wanted);
            }
        });

        Label count = new Label();
        count.setId("dossierCount");
        count.textProperty().bind(viewModel.countTextProperty());

        getChildren()
                .addAll(
                        filterLabel,
                        filter,
                        new ListFilterBar(viewModel.listFilter(), viewModel.dossiers(), messages),
                        table,
                        count);
    }

    /** Runs the action on Enter in the table (opens the scoring screen). */
    void onOpen(Runnable action) {
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                action.run();
                e.consume();
            }
        });
    }

    /**
     * Keeps the table's sort and this text ({@link ResumeViewModel#sortProperty()}) the same: the text's sort is
     * applied now and whenever it changes, and the user's sort written back into it.
     */
    void keepSort(javafx.beans.property.StringProperty sort) {
        applySort(sort.get());
        sort.addListener((o, old, now) -> {
            if (!now.equals(sortText())) {
                applySort(now);
            }
        });
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<DossierSummary, ?>>)
                c -> sort.set(sortText()));
        for (TableColumn<DossierSummary, ?> column : table.getColumns()) {
            column.sortTypeProperty().addListener((o, old, now) -> sort.set(sortText()));
        }
    }

    /** The table's sort as text: column ids with {@code :A} or {@code :D}, comma-separated. */
    private String sortText() {
        return String.join(
                ",",
                table.getSortOrder().stream()
                        .map(c -> c.getId() + ":" + (c.getSortType() == TableColumn.SortType.ASCENDING ? "A" : "D"))
                        .toList());
    }

    private void applySort(String text) {
        java.util.List<TableColumn<DossierSummary, ?>> order = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            String[] idAndWay = part.split(":");
            table.getColumns().stream()
                    .filter(c -> idAndWay.length == 2 && idAndWay[0].equals(c.getId()))
                    .findFirst()
                    .ifPresent(c -> {
                        c.setSortType(
                                "D".equals(idAndWay[1])
                                        ? TableColumn.SortType.DESCENDING
                                        : TableColumn.SortType.ASCENDING);
                        order.add(c);
                    });
        }
        table.getSortOrder().setAll(order);
    }

    /** Next / previous dossier in the order the table shows. */
    DossierNavigation navigation() {
        return navigation;
    }

    /** Puts the keyboard focus in the table. */
    void focusList() {
        focusTable();
    }

    /** Puts the keyboard focus in the quick filter, all of its text selected. */
    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
    }

    private static TableColumn<DossierSummary, String> column(
            String title, Function<DossierSummary, String> value, double width, String id) {
        TableColumn<DossierSummary, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(Objects.toString(value.apply(c.getValue()), "")));
        column.setPrefWidth(width);
        return column;
    }

    /** The N° column: wide enough for an 8-digit DS number, sorted as numbers rather than as text. */
    private static TableColumn<DossierSummary, String> numberColumn(Messages messages) {
        Text widest = new Text("00000000");
        double width = Math.ceil(widest.getLayoutBounds().getWidth()) + 28;
        TableColumn<DossierSummary, String> column =
                column(messages.get("column.number"), DossierSummary::number, width, "numberColumn");
        column.setMinWidth(width);
        column.setComparator(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return column;
    }

    /** The Recevabilité column: a coloured badge, sorted recevable, incomplet, hors délai, then unknown. */
    private static TableColumn<DossierSummary, Admissibility> admissibilityColumn(Messages messages) {
        TableColumn<DossierSummary, Admissibility> column = new TableColumn<>(messages.get("column.admissibility"));
        column.setId("admissibilityColumn");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().admissibility()));
        column.setCellFactory(c -> new AdmissibilityCell(messages));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setPrefWidth(110);
        column.setMinWidth(96);
        return column;
    }

    /** A table row with an id naming its dossier, greyed when the dossier was absent from the last import. */
    private static final class SummaryRow extends TableRow<DossierSummary> {

        private final Messages messages;

        SummaryRow(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(DossierSummary item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("absent");
            if (empty || item == null) {
                setId(null);
                setTooltip(null);
                return;
            }
            setId("dossierRow-" + item.number());
            if (item.absentFromLastImport()) {
                getStyleClass().add("absent");
                setTooltip(new javafx.scene.control.Tooltip(messages.get("badge.absent.accessible")));
            } else {
                setTooltip(null);
            }
        }
    }
}
