package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.common.ChangeConflictDialog;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * The Réglages dialog: the workspace's folder, the user's identity, the language, the sections' length limits,
 * the disagreement threshold and the campaign's data. OK stays open with the reason while a field is wrong.
 */
public final class SettingsDialog {

    private SettingsDialog() {}

    /** Builds the dialog on the view model (already loaded); {@code openOther} chooses another workspace. */
    public static Dialog<Boolean> create(Stage owner, Messages messages, SettingsViewModel model, Runnable openOther) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.header"));
        dialog.setResizable(true);
        ButtonType ok = new ButtonType(messages.get("settings.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setId("settingsDialog");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        grid.add(heading(messages.get("settings.workspace")), 0, row++, 2, 1);
        Label folder = new Label();
        folder.setId("settingsFolder");
        folder.textProperty().bind(model.folderProperty());
        Button other = new Button(messages.get("settings.workspace.other"));
        other.setId("settingsOtherWorkspace");
        other.setOnAction(e -> {
            dialog.setResult(false);
            dialog.close();
            openOther.run();
        });
        grid.addRow(row++, folder, other);

        row = EncryptionDialog.section(
                grid, row, owner, messages, model.encryption(), heading(messages.get("encryption.heading")));

        grid.add(heading(messages.get("settings.identity")), 0, row++, 2, 1);
        row = field(grid, row, messages.get("settings.name"), text("settingsName", model.nameProperty()));
        row = field(grid, row, messages.get("settings.email"), text("settingsEmail", model.emailProperty()));
        ChoiceBox<ReviewerRole> role = new ChoiceBox<>();
        role.setId("settingsRole");
        role.getItems().setAll(ReviewerRole.values());
        role.setConverter(converter(r -> messages.get("enum.ReviewerRole." + r.name())));
        role.valueProperty().bindBidirectional(model.roleProperty());
        row = field(grid, row, messages.get("settings.role"), role);
        ChoiceBox<String> region = new ChoiceBox<>(model.regions());
        region.setId("settingsRegion");
        region.setConverter(converter(r -> r.isEmpty() ? messages.get("settings.region.none") : r));
        region.valueProperty().bindBidirectional(model.regionProperty());
        row = field(grid, row, messages.get("settings.region"), region);

        grid.add(heading(messages.get("settings.language")), 0, row++, 2, 1);
        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.setId("settingsLanguage");
        language.getItems().setAll(Locale.FRENCH, Locale.ENGLISH);
        language.setConverter(converter(l -> messages.get("settings.language." + l.getLanguage())));
        language.valueProperty().bindBidirectional(model.languageProperty());
        row = field(grid, row, messages.get("settings.language.next"), language);

        grid.add(heading(messages.get("settings.limits")), 0, row++, 2, 1);
        for (Section section : Section.values()) {
            TextField limit = text("settingsLimit-" + section.name(), model.limitProperty(section));
            limit.setPrefColumnCount(7);
            row = field(grid, row, section.name() + " — " + section.title(), limit);
        }
        grid.add(heading(messages.get("settings.threshold")), 0, row++, 2, 1);
        row = field(
                grid,
                row,
                messages.get("settings.threshold.label"),
                text("settingsThreshold", model.thresholdProperty()));

        grid.add(heading(messages.get("settings.campaign")), 0, row++, 2, 1);
        Label campaignHelp = new Label(messages.get("settings.campaign.help"));
        campaignHelp.setWrapText(true);
        campaignHelp.setMaxWidth(580);
        grid.add(campaignHelp, 0, row++, 2, 1);
        TextArea campaign = new TextArea();
        campaign.setId("settingsCampaign");
        campaign.setPrefRowCount(9);
        campaign.setStyle("-fx-font-family: monospace;");
        campaign.textProperty().bindBidirectional(model.campaignProperty());
        campaign.setAccessibleText(messages.get("settings.campaign"));
        campaignHelp.setLabelFor(campaign);
        grid.add(campaign, 0, row++, 2, 1);

        Label error = new Label();
        error.setId("settingsError");
        error.getStyleClass().add("flagged");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        dialog.getDialogPane().setContent(new VBox(8, scroll, error));
        dialog.getDialogPane().setPrefWidth(640);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("settingsOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ok);
        return dialog;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("reader-heading");
        label.setWrapText(true);
        label.setMaxWidth(580);
        return label;
    }

    private static int field(GridPane grid, int row, String label, javafx.scene.control.Control control) {
        Label name = new Label(label);
        name.setLabelFor(control);
        name.setWrapText(true);
        name.setMaxWidth(380);
        grid.addRow(row, name, control);
        return row + 1;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * Shows, once the dialog has saved, a setting refused over someone else's newer value beside it: keep mine
     * saves it again over theirs.
     */
    public static void answerConflicts(Stage owner, Messages messages, SettingsViewModel model) {
        model.conflict().openProperty().addListener((o, was, open) -> {
            if (open != null) {
                javafx.application.Platform.runLater(() -> ChangeConflictDialog.answer(
                        owner,
                        messages,
                        model.conflict(),
                        value(messages, open.theirs()),
                        value(messages, open.mine())));
            }
        });
    }

    private static String value(Messages messages, Object setting) {
        return setting == null ? messages.get("conflict.default") : setting.toString();
    }
}
