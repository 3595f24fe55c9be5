package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.application.phase2.Phase2Row;
import fr.ptce.workbench.domain.Euros;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.ui.common.ChangeConflictDialog;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The « Phase 2 » tab of the national view: the envelope's counters (red when over), the phase-2 dossiers to decide
 * with their checks and decisions, and under them the chosen dossier's decision — laureate or not with its motivation
 * (and the written override a late dossier or another SIRET needs), the third year with its amount — and the
 * cabinet's decision.
 */
final class Phase2DecisionsPane {

    private static final String RED = "-fx-text-fill: #b00020;";

    private final Phase2DecisionsViewModel model;
    private final Messages messages;
    private final TableView<Phase2Row> table = new TableView<>();

    private Phase2DecisionsPane(Phase2DecisionsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Phase 1 (the consolidation, ranking and decisions) and phase 2 (laureates, third year, envelope) as tabs. */
    static TabPane tabs(BorderPane phase1, Phase2DecisionsViewModel model, Messages messages) {
        Tab one = new Tab(messages.get("phase2Decide.tab.phase1"), phase1);
        Tab two = new Tab(messages.get("phase2Decide.tab.phase2"), of(model, messages));
        two.setId("nationalPhase2Tab");
        TabPane tabs = new TabPane(one, two);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("nationalPhases");
        return tabs;
    }

    /** The tab's content. */
    static BorderPane of(Phase2DecisionsViewModel model, Messages messages) {
        Phase2DecisionsPane pane = new Phase2DecisionsPane(model, messages);
        pane.buildTable();
        BorderPane root = new BorderPane(pane.table, pane.counters(), null, pane.bottom(), null);
        root.setId("phase2Decisions");
        model.conflict().openProperty().addListener((o, was, open) -> {
            if (open != null) {
                javafx.application.Platform.runLater(() -> ChangeConflictDialog.answer(
                        root.getScene().getWindow(),
                        messages,
                        model.conflict(),
                        pane.words((Phase2Decision) open.theirs()),
                        pane.words((Phase2Decision) open.mine())));
            }
        });
        root.setPadding(new Insets(12));
        BorderPane.setMargin(pane.table, new Insets(12, 0, 12, 0));
        return root;
    }

    /** « Lauréat de la phase 2 : oui — motivation ». */
    private String words(Phase2Decision decision) {
        return decision == null
                ? ""
                : messages.format(
                        "phase2Decide.conflict.words",
                        messages.get(decision.laureate() ? "conflict.yes" : "conflict.no"),
                        decision.motivation() == null ? "" : decision.motivation());
    }

    private VBox counters() {
        Label laureates = new Label();
        laureates.setId("phase2Laureates");
        laureates.textProperty().bind(model.laureatesTextProperty());
        Label envelope = new Label();
        envelope.setId("phase2Envelope");
        envelope.textProperty().bind(model.envelopeTextProperty());
        Label third = new Label();
        third.setId("phase2ThirdYear");
        third.textProperty().bind(model.thirdYearTextProperty());
        model.overCountProperty().addListener((o, was, over) -> laureates.setStyle(over ? RED : ""));
        model.overAmountProperty().addListener((o, was, over) -> envelope.setStyle(over ? RED : ""));
        VBox box = new VBox(4, laureates, envelope, third);
        box.setStyle("-fx-font-weight: bold;");
        return box;
    }

    private void buildTable() {
        table.setId("phase2Table");
        table.setAccessibleText(messages.get("phase2Decide.table.accessible"));
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("phase2Decide.empty")));
        table.getColumns()
                .add(column("phase2Decide.col.rank", 60, r -> r.rank() == 0 ? "—" : Integer.toString(r.rank())));
        table.getColumns().add(column("phase2Decide.col.score", 60, r -> r.score() == null ? "—" : plain(r.score())));
        table.getColumns().add(column("phase2Decide.col.number", 110, Phase2Row::number));
        table.getColumns()
                .add(column(
                        "phase2Decide.col.phase1", 110, r -> r.view().dossier().phase1Number()));
        table.getColumns()
                .add(column(
                        "phase2Decide.col.project", 220, r -> r.view().dossier().projectName()));
        table.getColumns().add(column("phase2Decide.col.flags", 280, this::flags));
        table.getColumns().add(column("phase2Decide.col.split", 170, this::split));
        table.getColumns()
                .add(column(
                        "phase2Decide.col.requested",
                        120,
                        r -> yesNo(r.view().dossier().thirdYearRequested())));
        table.getColumns().add(column("phase2Decide.col.proposal", 100, this::proposal));
        table.getColumns()
                .add(column(
                        "phase2Decide.col.cabinet",
                        170,
                        r -> cabinet(r.decision().decided())));
        table.getColumns().add(column("phase2Decide.col.thirdYear", 150, r -> thirdYear(r.decision())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    private TableColumn<Phase2Row, String> column(String key, double width, Function<Phase2Row, String> value) {
        TableColumn<Phase2Row, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private String flags(Phase2Row r) {
        StringBuilder text = new StringBuilder();
        if (!r.notDecidable().isEmpty()) {
            text.append(String.join("\u00a0; ", r.notDecidable()));
        } else if (!r.laureateRefusals().isEmpty()) {
            text.append(String.join("\u00a0; ", r.laureateRefusals()));
        }
        if (r.view().checks().overEnvelope()) {
            append(text, messages.get("phase2Decide.flag.over"));
        }
        if (!r.view().checks().depreciableAssets().isEmpty()) {
            append(
                    text,
                    messages.format(
                            "phase2Decide.flag.assets",
                            Euros.format(r.view().checks().depreciableAmount())));
        }
        return text.length() == 0 ? "—" : text.toString();
    }

    private static void append(StringBuilder text, String more) {
        text.append(text.length() == 0 ? "" : "\u00a0; ").append(more);
    }

    private String split(Phase2Row r) {
        return Euros.format(r.split().year1()) + " + " + Euros.format(r.split().year2());
    }

    private String proposal(Phase2Row r) {
        if (r.version() == 0) {
            return "—";
        }
        return r.decision().laureate()
                ? messages.get("phase2Decide.laureate")
                : messages.get("phase2Decide.notRetained");
    }

    private String cabinet(CabinetDecision decided) {
        if (decided == null) {
            return messages.get("phase2Decide.pending");
        }
        return (decided.laureate() ? messages.get("phase2Decide.laureate") : messages.get("phase2Decide.notRetained"))
                + " (" + decided.on() + ")";
    }

    private String thirdYear(Phase2Decision d) {
        if (d.thirdYear() == null) {
            return "—";
        }
        return d.thirdYearGranted()
                ? messages.format("phase2Decide.thirdYear.granted", Euros.format(d.thirdYearAmount()))
                : messages.get("phase2Decide.thirdYear.refused");
    }

    private String yesNo(Boolean value) {
        return value == null ? "—" : messages.get(value ? "phase2Decide.yes" : "phase2Decide.no");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private VBox bottom() {
        TextField motivation = new TextField();
        motivation.setId("phase2Motivation");
        motivation.textProperty().bindBidirectional(model.motivationProperty());
        HBox.setHgrow(motivation, Priority.ALWAYS);
        TextField override = new TextField();
        override.setId("phase2Override");
        override.setPromptText(messages.get("phase2Decide.override.prompt"));
        override.textProperty().bindBidirectional(model.overrideProperty());
        HBox.setHgrow(override, Priority.ALWAYS);
        Button laureate = new Button(messages.get("phase2Decide.action.laureate"));
        laureate.setId("phase2Laureate");
        laureate.setOnAction(e -> model.setLaureate(true));
        Button notRetained = new Button(messages.get("phase2Decide.action.notRetained"));
        notRetained.setId("phase2NotRetained");
        notRetained.setOnAction(e -> model.setLaureate(false));
        TextField amount = new TextField();
        amount.setId("phase2ThirdYearAmount");
        amount.setPrefColumnCount(8);
        amount.textProperty().bindBidirectional(model.thirdYearAmountProperty());
        Button grant = new Button(messages.get("phase2Decide.action.grantThirdYear"));
        grant.setId("phase2GrantThirdYear");
        grant.setOnAction(e -> model.setThirdYear(true));
        Button refuse = new Button(messages.get("phase2Decide.action.refuseThirdYear"));
        refuse.setId("phase2RefuseThirdYear");
        refuse.setOnAction(e -> model.setThirdYear(false));
        TextField by = new TextField(messages.get("phase2Decide.confirm.defaultBy"));
        by.setId("phase2ConfirmBy");
        TextField day = new TextField();
        day.setId("phase2ConfirmDate");
        day.setPromptText("AAAA-MM-JJ");
        day.setPrefColumnCount(10);
        Button confirm = new Button(messages.get("phase2Decide.action.confirm"));
        confirm.setId("phase2Confirm");
        confirm.setOnAction(e -> model.confirm(by.getText(), day.getText()));
        model.selectedProperty().addListener((o, was, now) -> {
            boolean off = now == null || !now.decidable();
            laureate.setDisable(off);
            notRetained.setDisable(off);
            grant.setDisable(off);
            refuse.setDisable(off);
        });
        laureate.setDisable(true);
        notRetained.setDisable(true);
        grant.setDisable(true);
        refuse.setDisable(true);
        Label result = new Label();
        result.setId("phase2Message");
        result.setWrapText(true);
        result.textProperty().bind(model.messageProperty());
        return new VBox(
                6,
                new HBox(8, label("phase2Decide.motivation", motivation), motivation, laureate, notRetained),
                new HBox(8, label("phase2Decide.override", override), override),
                new HBox(8, label("phase2Decide.thirdYear.amount", amount), amount, grant, refuse),
                new HBox(
                        8,
                        label("phase2Decide.confirm.by", by),
                        by,
                        label("phase2Decide.confirm.date", day),
                        day,
                        confirm),
                result);
    }

    private Label label(String key, javafx.scene.Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
