package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The passwords of the offline flows: a checkout's new one (typed twice), the server's for a check-in. */
public final class OfflinePasswords {

    private OfflinePasswords() {}

    /** The new checkout's password, typed twice alike, or empty when the user cancels. */
    public static Optional<char[]> askNew(Window owner, Messages messages, Path folder) {
        PasswordField first = field("offlinePassword");
        PasswordField again = field("offlinePasswordAgain");
        Dialog<char[]> dialog = dialog(
                owner,
                messages,
                messages.get("offline.checkout.title"),
                messages.format("offline.checkout.header", folder.toAbsolutePath()),
                messages.get("offline.password.ok"),
                new VBox(
                        6,
                        label(messages.get("offline.password.label"), first),
                        first,
                        label(messages.get("offline.password.again"), again),
                        again));
        ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
        dialog.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !OfflineViewModel.acceptable(first.getText(), again.getText()),
                        first.textProperty(),
                        again.textProperty()));
        dialog.setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        dialog.setOnShown(e -> first.requestFocus());
        return dialog.showAndWait();
    }

    /** The login's password on the server the checkout came from, or empty when the user cancels. */
    public static Optional<char[]> askServer(Window owner, Messages messages, CheckoutOrigin origin) {
        PasswordField password = field("offlineServerPassword");
        Dialog<char[]> dialog = dialog(
                owner,
                messages,
                messages.get("offline.server.title"),
                messages.format("offline.server.header", origin.address(), origin.login()),
                messages.get("offline.server.ok"),
                new VBox(6, label(messages.get("offline.server.label"), password), password));
        ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
        dialog.getDialogPane()
                .lookupButton(ok)
                .disableProperty()
                .bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok ? password.getText().toCharArray() : null);
        dialog.setOnShown(e -> password.requestFocus());
        return dialog.showAndWait();
    }

    private static Dialog<char[]> dialog(
            Window owner, Messages messages, String title, String header, String okText, VBox content) {
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("offline.password.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setId("offlinePasswordDialog");
        dialog.getDialogPane().lookupButton(ok).setId("offlinePasswordOk");
        dialog.getDialogPane().lookupButton(cancel).setId("offlinePasswordCancel");
        return dialog;
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private static Label label(String text, PasswordField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}
