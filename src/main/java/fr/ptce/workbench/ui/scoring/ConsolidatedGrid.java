package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.ui.fx.Debounce;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Notes consolidées" table of the avis: per criterion the reviews' mean and the editable value, the consolidated
 * total (partial while criteria have no value), then the reason.
 */
final class ConsolidatedGrid extends VBox {

    private final ConsolidatedScores scores;
    private final Messages messages;
    private final GridPane table = new GridPane();

    ConsolidatedGrid(AvisViewModel viewModel, Messages messages) {
        super(4);
        this.scores = viewModel.consolidated();
        this.messages = messages;
        setId("consolidatedScores");
        table.setHgap(12);
        table.setVgap(2);
        scores.codes().addListener((javafx.collections.ListChangeListener<String>) change -> rebuild());
        rebuild();

        TextField reason = new TextField();
        reason.setId("consolidatedReason");
        reason.setAccessibleText(messages.get("avis.consolidated.reason"));
        Debounce.attach(reason, scores.reason());
        Label reasonLabel = new Label(messages.get("avis.consolidated.reason"));
        reasonLabel.getStyleClass().add("field-name");
        reasonLabel.setLabelFor(reason);

        Label refusal = new Label();
        refusal.setId("consolidatedRefusal");
        refusal.getStyleClass().add("flagged");
        refusal.setWrapText(true);
        refusal.setMinHeight(Region.USE_PREF_SIZE);
        refusal.textProperty().bind(viewModel.scoresRefusalProperty());
        refusal.visibleProperty().bind(viewModel.scoresRefusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        Label total = new Label();
        total.setId("consolidatedTotal");
        total.getStyleClass().add("subtotal");
        total.setWrapText(true);
        total.setMinHeight(Region.USE_PREF_SIZE);
        total.textProperty().bind(scores.totalProperty());

        getChildren()
                .addAll(
                        Nodes.heading(messages.get("avis.consolidated.heading"), "consolidatedHeading"),
                        table,
                        total,
                        reasonLabel,
                        reason,
                        refusal);
    }

    private void rebuild() {
        table.getChildren().clear();
        table.addRow(
                0,
                header("avis.consolidated.criterion"),
                header("avis.consolidated.mean"),
                header("avis.consolidated.value"));
        int row = 1;
        for (String code : scores.codes()) {
            Label mean = new Label();
            mean.setId("mean-" + code);
            mean.textProperty().bind(scores.mean(code));
            TextField value = new TextField();
            value.setId("consolidated-" + code);
            value.setPrefColumnCount(5);
            value.setAccessibleText(messages.format("avis.consolidated.valueOf", code));
            Debounce.attach(value, scores.value(code));
            table.addRow(row++, new Label(code), mean, value);
        }
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-name");
        return label;
    }
}
