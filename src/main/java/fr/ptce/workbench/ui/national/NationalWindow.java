package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.ui.common.AlertWords;
import fr.ptce.workbench.ui.fx.ColumnFit;
import fr.ptce.workbench.ui.fx.EscapeCloses;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import fr.ptce.workbench.ui.fx.Theme;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * PESSII's national view, in its own window: filters and tie-break order on top, the counters, the ranked table
 * with the decisions, and at the bottom the import (button or drag and drop of .xlsx), the export, the open
 * conflicts and the outcome of the last action.
 */
public final class NationalWindow {

    private final Stage stage = new Stage();
    private final NationalViewModel model;
    private final TaskRunner runner;
    private final Messages messages;
    private final TableView<RankedDossier> table = new TableView<>();

    private NationalWindow(Stage owner, NationalViewModel model, TaskRunner runner, Messages messages) {
        this.model = model;
        this.runner = runner;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("national.title"));
        BorderPane root = new BorderPane(table, new VBox(6, filters(), counters()), null, bottom(), null);
        root.setId("nationalView");
        root.getStyleClass().add("secondary-window");
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));
        buildTable();
        model.overrideRequestProperty().addListener((o, was, request) -> {
            if (request != null) {
                javafx.application.Platform.runLater(() -> NationalDialogs.override(stage, messages, model, request));
            }
        });
        model.conflict().openProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                javafx.application.Platform.runLater(() -> NationalDialogs.conflict(stage, messages, model));
            }
        });
        acceptDrops(root);
        Scene scene = new Scene(
                Phase2DecisionsPane.tabs(root, model.phase2(), messages),
                Math.max(1000, owner.getWidth() * 0.95),
                Math.max(650, owner.getHeight() * 0.9));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        Theme.style(scene);
        stage.setScene(scene);
        EscapeCloses.install(stage);
    }

    /** Opens the national view of the current workspace and reads it. */
    public static void show(Stage owner, NationalViewModel model, TaskRunner runner, Messages messages) {
        NationalWindow window = new NationalWindow(owner, model, runner, messages);
        window.stage.show();
        model.refresh();
        model.phase2().refresh();
    }

    private HBox filters() {
        ComboBox<String> region = new ComboBox<>(model.regions());
        region.setId("nationalRegion");
        region.setConverter(anyAsAll());
        region.valueProperty().bindBidirectional(model.regionProperty());
        ComboBox<String> avis = new ComboBox<>(model.avisChoices());
        avis.setId("nationalAvis");
        avis.setConverter(anyAsAll());
        avis.valueProperty().bindBidirectional(model.avisProperty());
        CheckBox proposed = new CheckBox(messages.get("national.filter.proposed"));
        proposed.selectedProperty().bindBidirectional(model.proposedOnlyProperty());
        CheckBox targets = new CheckBox(messages.get("national.filter.targets"));
        targets.selectedProperty().bindBidirectional(model.targetsOnlyProperty());
        TextField order = new TextField();
        order.setId("nationalOrder");
        order.setPrefColumnCount(14);
        order.textProperty().bindBidirectional(model.orderProperty());
        order.setOnAction(e -> model.applyOrder());
        Button apply = new Button(messages.get("national.order.apply"));
        apply.setOnAction(e -> model.applyOrder());
        HBox box = new HBox(
                8,
                labelFor("national.filter.region", region),
                region,
                labelFor("national.filter.avis", avis),
                avis,
                proposed,
                targets,
                labelFor("national.order", order),
                order,
                apply);
        box.getStyleClass().add("national-filters");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** Shows the "any" filter value as « (toutes) ». */
    private javafx.util.StringConverter<String> anyAsAll() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.equals(NationalViewModel.ANY)
                        ? messages.get("national.filter.all")
                        : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private HBox counters() {
        Label invited = new Label();
        invited.setId("nationalInvited");
        invited.textProperty().bind(model.invitedTextProperty());
        Label laureates = new Label();
        laureates.setId("nationalLaureates");
        laureates.textProperty().bind(model.laureatesTextProperty());
        model.invitedOffTargetProperty().addListener((o, was, off) -> flag(invited, off));
        Label shown = new Label();
        shown.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> messages.format("national.shown", model.rows().size()), model.rows()));
        HBox box = new HBox(24, invited, laureates, shown);
        box.setStyle("-fx-font-weight: bold;");
        return box;
    }

    private static void flag(Label label, boolean flagged) {
        label.setStyle(flagged ? "-fx-text-fill: #b00020;" : "");
    }

    private VBox bottom() {
        Button importButton = new Button(messages.get("national.import"));
        importButton.setId("nationalImport");
        importButton.setOnAction(e -> chooseWorkbooks());
        Button export = new Button(messages.get("national.export"));
        export.setId("nationalExport");
        export.setOnAction(e -> chooseExport());
        Button confirm = new Button(messages.get("national.confirm"));
        confirm.setId("nationalConfirm");
        confirm.setOnAction(e -> NationalDialogs.confirm(stage, messages, model));
        Button letters = new Button(messages.get("letters.open"));
        letters.setId("nationalLetters");
        letters.setOnAction(e -> LettersWindow.show(stage, model.letters(), runner, messages));
        Button keep = new Button(messages.get("national.keep"));
        keep.setId("nationalKeep");
        keep.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        keep.setOnAction(e -> model.keep(table.getSelectionModel().getSelectedItem()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.busyProperty());
        Button cancel = new Button(messages.get("national.cancel"));
        cancel.visibleProperty().bind(runner.busyProperty());
        cancel.setOnAction(e -> runner.cancel());
        Label drop = new Label(messages.get("national.drop"));
        HBox actions = new HBox(8, importButton, export, confirm, letters, keep, progress, cancel, drop);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the buttons whole; the drop hint gives way
        actions.getChildren().stream()
                .filter(n -> n instanceof Button)
                .forEach(b -> ((Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        ListView<AvisConflict> conflicts = new ListView<>(model.conflicts());
        conflicts.setId("nationalConflicts");
        conflicts.setAccessibleText(messages.get("national.conflicts.accessible"));
        conflicts.setPrefHeight(70);
        conflicts.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AvisConflict item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.file() + " — " + item.describe());
            }
        });
        conflicts.setPlaceholder(new Label(messages.get("national.noConflict")));
        TextArea outcome = new TextArea();
        outcome.setId("nationalMessage");
        outcome.setAccessibleText(messages.get("national.message.accessible"));
        outcome.setEditable(false);
        KeyFocus.tabLeaves(outcome);
        outcome.setWrapText(true);
        outcome.setPrefRowCount(3);
        outcome.textProperty().bind(model.messageProperty());
        HBox lower = new HBox(8, conflicts, outcome);
        HBox.setHgrow(conflicts, Priority.ALWAYS);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        return new VBox(6, actions, lower);
    }

    private void buildTable() {
        table.setId("nationalTable");
        table.setAccessibleText(messages.get("national.table.accessible"));
        SortedList<RankedDossier> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("national.empty")));
        table.getColumns()
                .addAll(List.of(
                        column("national.col.rank", r -> r.rank()),
                        column("national.col.number", r -> r.row().dossierNumber()),
                        column("national.col.region", r -> r.dossier().exportingRegion()),
                        column("national.col.project", r -> r.row().project()),
                        column("national.col.total", r -> r.row().total()),
                        column("national.col.complete", this::scoredCriteria),
                        column("national.col.v", r -> r.row().subtotals().get("V")),
                        column("national.col.o", r -> r.row().subtotals().get("O")),
                        column("national.col.e", r -> r.row().subtotals().get("E")),
                        column(
                                "national.col.deposit",
                                r -> r.row().depositedAt() == null
                                        ? null
                                        : r.row().depositedAt().toLocalDate()),
                        column("national.col.avis", r -> r.row().recommendation()),
                        column("national.col.proposed", r -> yesNo(r.row().proposedForPhase2())),
                        column("national.col.targets", r -> targets(r)),
                        column(
                                "national.col.conflict",
                                r -> r.dossier().inConflict() ? messages.get("national.yes") : ""),
                        column("national.col.wave", r -> r.row().wave()),
                        column(
                                "national.col.alerts",
                                r -> AlertWords.of(messages, r.row().alerts())),
                        decision("national.col.laureate", r -> r.decision().laureate(), model::setLaureate),
                        decision("national.col.invited", r -> r.decision().invited(), model::setInvited),
                        column("national.col.decided", this::decided)));
        table.getColumns().get(3).setPrefWidth(240);
        // « 1/10 (incomplète) », a date, « favorable avec réserves »: whole
        table.getColumns()
                .get(5)
                .setPrefWidth(Math.max(
                        table.getColumns().get(5).getPrefWidth(),
                        ColumnFit.textWidth(scoredCriteriaExample(), false) + ColumnFit.PADDING));
        table.getColumns()
                .get(9)
                .setPrefWidth(Math.max(
                        table.getColumns().get(9).getPrefWidth(),
                        ColumnFit.textWidth("2021-06-30", false) + ColumnFit.PADDING));
        table.getColumns()
                .get(10)
                .setPrefWidth(Math.max(
                        table.getColumns().get(10).getPrefWidth(),
                        ColumnFit.textWidth("favorable avec réserves", false) + ColumnFit.PADDING));
    }

    private Label labelFor(String key, javafx.scene.Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        return label;
    }

    private String decided(RankedDossier r) {
        if (r.decision().decided() == null) {
            return "";
        }
        String laureate = r.decision().decidedLaureate() ? messages.get("national.decided.laureate") : "";
        String invited = r.decision().decidedInvited() ? messages.get("national.decided.invited") : "";
        String text = (laureate + " " + invited).strip();
        return text.isEmpty() ? messages.get("national.decided.none") : text;
    }

    private String scoredCriteriaExample() {
        return messages.format("national.complete.no", 10, 10);
    }

    /** "10/10", or "1/10 (incomplète)" for a partial total ranked apart. */
    private String scoredCriteria(RankedDossier r) {
        return messages.format(
                r.complete() ? "national.complete.yes" : "national.complete.no", r.scoredCriteria(), r.criteria());
    }

    private String targets(RankedDossier r) {
        String b = Boolean.TRUE.equals(r.row().targetB()) ? "b" : "";
        String c = Boolean.TRUE.equals(r.row().targetC()) ? "c" : "";
        return (b + " " + c).strip();
    }

    private String yesNo(Boolean value) {
        return value == null ? "" : messages.get(value ? "national.yes" : "national.no");
    }

    private <T extends Comparable<? super T>> TableColumn<RankedDossier, T> column(
            String key, Function<RankedDossier, T> value) {
        TableColumn<RankedDossier, T> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        // wide enough for the header text, never cut
        column.setPrefWidth(56);
        ColumnFit.header(column);
        return column;
    }

    private TableColumn<RankedDossier, Boolean> decision(
            String key, Function<RankedDossier, Boolean> value, BiConsumer<RankedDossier, Boolean> change) {
        TableColumn<RankedDossier, Boolean> column = column(key, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> change.accept(getTableView().getItems().get(getIndex()), box.isSelected()));
            }

            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                box.setSelected(Boolean.TRUE.equals(item));
                setGraphic(empty ? null : box);
            }
        });
        return column;
    }

    private void acceptDrops(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()
                    && e.getDragboard().getFiles().stream().anyMatch(f -> NationalViewModel.isWorkbook(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream()
                            .map(File::toPath)
                            .filter(NationalViewModel::isWorkbook)
                            .toList()
                    : List.of();
            model.importFiles(files);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private void chooseWorkbooks() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("national.import.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(messages.get("national.import.filter"), "*.xlsx"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            model.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("national.export.title"));
        chooser.setInitialFileName("national-" + LocalDate.now() + ".xlsx");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path target = file.toPath();
            Path folder = Objects.requireNonNull(target.toAbsolutePath().getParent());
            model.export(
                    target,
                    folder.resolve("invites-phase-2-" + LocalDate.now() + ".xlsx"),
                    folder.resolve("laureats-phase-1-" + LocalDate.now() + ".xlsx"));
        }
    }
}
