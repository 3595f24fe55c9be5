package fr.ptce.workbench.ui.importing;

import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import fr.ptce.workbench.ui.importing.ColumnMappingViewModel.Row;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** The dialog asking which column of an export holds each required champ the import did not find. */
public final class ColumnMappingDialog {

    private ColumnMappingDialog() {}

    /**
     * Shows the dialog without waiting; {@code onClose} then gets true when the user asked to import with the
     * mapping, false when they cancelled.
     */
    public static void show(
            Stage owner, Messages messages, ColumnMappingViewModel viewModel, Consumer<Boolean> onClose) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.format("mapping.title", viewModel.fileName()));
        dialog.setHeaderText(messages.get("mapping.header"));
        dialog.setResizable(true);

        Label explanation = Nodes.text(messages.get("mapping.explanation"));
        explanation.setId("mappingExplanation");
        Label problem = Nodes.text("");
        problem.setId("mappingProblem");
        problem.getStyleClass().add("flagged");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox content = new VBox(12, explanation, grid(messages, viewModel), problem);
        content.setPrefWidth(760);
        content.setMinHeight(Region.USE_PREF_SIZE);

        ButtonType importType = new ButtonType(messages.get("mapping.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("mapping.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().setId("columnMappingDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(importType, cancelType);
        dialog.getDialogPane().lookupButton(importType).setId("mappingImport");
        dialog.getDialogPane()
                .lookupButton(importType)
                .disableProperty()
                .bind(viewModel.completeProperty().not());
        dialog.getDialogPane().lookupButton(cancelType).setId("mappingCancel");
        dialog.setResultConverter(button -> button == importType);
        dialog.setOnHidden(e -> onClose.accept(Boolean.TRUE.equals(dialog.getResult())));
        // the problem line comes and goes: let the window follow, so that the buttons stay on screen
        viewModel
                .problemProperty()
                .addListener((o, old, now) -> Platform.runLater(() -> {
                    if (dialog.isShowing()) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                }));
        dialog.show();
    }

    private static GridPane grid(Messages messages, ColumnMappingViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setId("mappingGrid");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints champs = new ColumnConstraints();
        champs.setPercentWidth(34);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setPercentWidth(33);
        ColumnConstraints previews = new ColumnConstraints();
        previews.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(champs, choices, previews);
        grid.addRow(
                0,
                heading(messages.get("mapping.champ")),
                heading(messages.get("mapping.column")),
                heading(messages.get("mapping.preview")));
        int index = 1;
        for (Row row : viewModel.rows()) {
            addRow(grid, index++, row, viewModel, messages);
        }
        return grid;
    }

    private static void addRow(GridPane grid, int index, Row row, ColumnMappingViewModel viewModel, Messages messages) {
        String name = row.champ().name();
        Label champ = Nodes.text(row.champ().label());
        champ.setId("mappingChamp-" + name);

        ComboBox<String> choice = new ComboBox<>();
        choice.setId("mappingChoice-" + name);
        choice.getItems().setAll(viewModel.choices());
        choice.setPromptText(messages.get("mapping.choice.prompt"));
        choice.setAccessibleText(
                messages.format("mapping.choice.accessible", row.champ().label()));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setVisibleRowCount(14);
        choice.valueProperty().bindBidirectional(row.choiceProperty());
        champ.setLabelFor(choice);
        row.duplicateProperty().addListener((o, old, twice) -> {
            if (twice) {
                choice.getStyleClass().add("mapping-duplicate");
            } else {
                choice.getStyleClass().remove("mapping-duplicate");
            }
        });

        // one line, cut with an ellipsis, so that choosing a column never changes the dialog's height
        Label preview = new Label();
        preview.setId("mappingPreview-" + name);
        preview.getStyleClass().add("mapping-preview");
        preview.setMaxWidth(Double.MAX_VALUE);
        preview.textProperty().bind(row.previewProperty());
        Tooltip full = new Tooltip();
        full.textProperty().bind(row.previewProperty());
        preview.tooltipProperty()
                .bind(Bindings.when(row.previewProperty().isEmpty())
                        .then((Tooltip) null)
                        .otherwise(full));
        grid.addRow(index, champ, choice, preview);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-name");
        return label;
    }
}
