package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Messages;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Réglages dialog's encryption rows (the workspace's state, « Chiffrer l'espace de travail… » or « Changer le
 * mot de passe… ») and the dialog they open: the current password, the new one twice; it stays open with the French
 * reason until the change is done.
 */
final class EncryptionDialog {

    private EncryptionDialog() {}

    /** Adds the encryption rows to the settings grid; returns the next row. */
    static int section(
            GridPane grid, int row, Window owner, Messages messages, EncryptionViewModel model, Label heading) {
        grid.add(heading, 0, row++, 2, 1);
        Label state = new Label();
        state.setId("encryptionState");
        state.setWrapText(true);
        state.setMaxWidth(380);
        state.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.get(
                                !model.availableProperty().get()
                                        ? "encryption.state.inMemory"
                                        : model.encryptedProperty().get()
                                                ? "encryption.state.encrypted"
                                                : "encryption.state.plain"),
                        model.availableProperty(),
                        model.encryptedProperty()));
        Button open = new Button();
        open.setId("encryptionOpen");
        open.textProperty()
                .bind(Bindings.when(model.encryptedProperty())
                        .then(messages.get("encryption.change"))
                        .otherwise(messages.get("encryption.encrypt")));
        open.disableProperty().bind(model.availableProperty().not());
        open.setOnAction(e -> ask(owner, messages, model));
        grid.addRow(row++, state, open);
        return row;
    }

    /** Asks the passwords and re-encrypts; true when done. */
    static boolean ask(Window owner, Messages messages, EncryptionViewModel model) {
        model.load();
        boolean encrypted = model.encryptedProperty().get();
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(encrypted ? "encryption.change.title" : "encryption.encrypt.title"));
        dialog.setHeaderText(messages.get(encrypted ? "encryption.change.header" : "encryption.encrypt.header"));
        ButtonType ok = new ButtonType(
                messages.get(encrypted ? "encryption.change.ok" : "encryption.encrypt.ok"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("encryption.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setId("encryptionDialog");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        PasswordField current = password("encryptionCurrent", model.currentProperty());
        if (encrypted) {
            row = labelled(grid, row, messages.get("encryption.current"), current);
        }
        PasswordField next = password("encryptionNew", model.nextProperty());
        row = labelled(grid, row, messages.get("encryption.new"), next);
        row = labelled(
                grid, row, messages.get("encryption.repeat"), password("encryptionRepeat", model.repeatedProperty()));
        Label warning = new Label(messages.get("encryption.warning"));
        warning.setWrapText(true);
        warning.setMaxWidth(460);
        grid.add(warning, 0, row++, 2, 1);
        Label error = new Label();
        error.setId("encryptionError");
        error.getStyleClass().add("flagged");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.textProperty().bind(model.errorProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.workingProperty());
        working.managedProperty().bind(working.visibleProperty());
        dialog.getDialogPane().setContent(new VBox(10, grid, new HBox(8, working, error)));
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // the reason takes room: the dialog grows rather than hiding its buttons
        error.textProperty()
                .addListener((o, old, now) ->
                        dialog.getDialogPane().getScene().getWindow().sizeToScene());

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("encryptionOk");
        okButton.disableProperty().bind(model.workingProperty());
        dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(model.workingProperty());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the work runs in the background; the dialog closes when it is done
            e.consume();
            model.apply();
        });
        javafx.beans.value.ChangeListener<Boolean> closeWhenDone = (o, was, now) -> {
            if (now) {
                dialog.setResult(true);
                dialog.close();
            }
        };
        model.doneProperty().addListener(closeWhenDone);
        dialog.setResultConverter(button -> false);
        dialog.setOnShown(e -> (encrypted ? current : next).requestFocus());
        boolean done = dialog.showAndWait().orElse(false);
        model.doneProperty().removeListener(closeWhenDone);
        if (done) {
            Dialogs.info(
                    owner instanceof javafx.stage.Stage stage ? stage : null,
                    messages,
                    messages.get("encryption.heading"),
                    model.outcomeProperty().get());
        }
        return done;
    }

    private static int labelled(GridPane grid, int row, String text, PasswordField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
        return row + 1;
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty property) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(20);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
