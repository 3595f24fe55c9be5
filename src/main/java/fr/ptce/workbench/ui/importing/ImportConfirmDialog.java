package fr.ptce.workbench.ui.importing;

import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Messages;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Asks before importing a file that shares no dossier with the workspace, or comes from another procedure:
 * « Annuler » is the default button, so that Entrée does not import by mistake.
 */
public final class ImportConfirmDialog {

    private ImportConfirmDialog() {}

    /** Shows the question of every held-back import of the view model, and answers it. */
    public static void install(Stage owner, Messages messages, ImportFlow imports) {
        imports.confirmationRequestProperty().addListener((o, old, request) -> {
            if (request != null) {
                // after the task's callback, so that the dialog does not nest in it
                Platform.runLater(() -> {
                    if (ask(owner, messages, request.question())) {
                        imports.confirmImport();
                    } else {
                        imports.cancelImport();
                    }
                });
            }
        });
    }

    static boolean ask(Stage owner, Messages messages, String question) {
        ButtonType anyway = new ButtonType(messages.get("import.confirm.anyway"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("import.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", anyway, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("import.confirm.title"));
        alert.setHeaderText(messages.get("import.confirm.title"));
        Label text = Dialogs.wrapped(question);
        text.setId("importConfirmText");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("importConfirmDialog");
        Button anywayButton = (Button) alert.getDialogPane().lookupButton(anyway);
        anywayButton.setId("importAnyway");
        anywayButton.setDefaultButton(false);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setId("importCancel");
        cancelButton.setDefaultButton(true);
        return alert.showAndWait().filter(anyway::equals).isPresent();
    }
}
