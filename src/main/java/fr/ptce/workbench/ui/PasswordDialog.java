package fr.ptce.workbench.ui;

import fr.ptce.workbench.ui.fx.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Asks for the password of an encrypted workspace; says so when the last one was refused. */
final class PasswordDialog {

    private PasswordDialog() {}

    /** The password typed, or empty when the user cancels. */
    static Optional<char[]> ask(Stage owner, Messages messages, WorkspaceOpening.PasswordRequest request) {
        ButtonType open = new ButtonType(messages.get("password.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("password.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("password.title"));
        dialog.setHeaderText(messages.format("password.header", request.folder().getFileName()));
        PasswordField field = new PasswordField();
        field.setId("workspacePassword");
        Label label = new Label(messages.get("password.label"));
        label.setLabelFor(field);
        VBox content = new VBox(6);
        if (request.refused()) {
            Label refused = new Label(messages.get("password.refused"));
            refused.setId("passwordRefused");
            refused.getStyleClass().add("badge-warning");
            refused.setWrapText(true);
            refused.setMinHeight(Region.USE_PREF_SIZE);
            content.getChildren().add(refused);
        }
        content.getChildren().addAll(label, field);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(open, cancel);
        dialog.getDialogPane().setId("passwordDialog");
        dialog.getDialogPane().lookupButton(open).setId("passwordOpen");
        dialog.getDialogPane()
                .lookupButton(open)
                .disableProperty()
                .bind(field.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(cancel).setId("passwordCancel");
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
