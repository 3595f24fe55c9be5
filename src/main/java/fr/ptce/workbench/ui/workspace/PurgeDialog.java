package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The purge's confirmation: the dossiers named, « Purger » disabled until the word is typed. */
public final class PurgeDialog {

    private PurgeDialog() {}

    /**
     * Asks to confirm the purge: the question names the dossiers; « Purger » stays disabled until the word is typed.
     * The typed text, or empty when the user cancels.
     */
    public static Optional<String> ask(Stage owner, Messages messages, String question) {
        ButtonType purge = new ButtonType(messages.get("tools.purge.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("tools.purge.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", purge, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("tools.purge.title"));
        alert.setHeaderText(messages.get("tools.purge.title"));
        Label text = Dialogs.wrapped(question);
        TextField typed = new TextField();
        typed.setId("purgeWord");
        typed.setPromptText(WorkspaceToolsViewModel.PURGE_WORD);
        alert.getDialogPane().setContent(new VBox(8, text, typed));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("purgeDialog");
        Node purgeButton = alert.getDialogPane().lookupButton(purge);
        purgeButton.setId("purgeConfirm");
        purgeButton
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !WorkspaceToolsViewModel.confirms(typed.getText()), typed.textProperty()));
        alert.getDialogPane().lookupButton(cancel).setId("purgeCancel");
        alert.setOnShown(e -> typed.requestFocus());
        return alert.showAndWait().filter(purge::equals).map(b -> typed.getText());
    }
}
