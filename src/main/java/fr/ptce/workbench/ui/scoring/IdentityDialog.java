package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Required;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.Validator;

/**
 * Asks once who the workspace's user is (name, e-mail, role and region), all from the keyboard: Tab between the
 * fields, Enter to confirm; the answer is written on every review, avis and change. ControlsFX's validation marks
 * a missing name or a malformed e-mail on the field itself (its tooltip says why) and keeps « Valider » disabled.
 */
public final class IdentityDialog {

    /** An e-mail address as people type it: something, one at sign, a domain with a dot; no space. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private IdentityDialog() {}

    public static Optional<Reviewer> ask(Stage owner, Messages messages) {
        Dialog<Reviewer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("identity.dialog.title"));
        dialog.setHeaderText(messages.get("identity.dialog.header"));
        ButtonType ok = new ButtonType(messages.get("identity.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("identity.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setId("identityDialog");

        TextField name = field("identityName");
        TextField email = field("identityEmail");
        ComboBox<ReviewerRole> role = new ComboBox<>();
        role.setId("identityRole");
        role.getItems().addAll(ReviewerRole.values());
        role.setValue(ReviewerRole.CORRESPONDENT);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReviewerRole r) {
                return r == null ? "" : messages.get("role." + r.name());
            }

            @Override
            public ReviewerRole fromString(String s) {
                return null;
            }
        });
        TextField region = field("identityRegion");
        region.disableProperty().bind(role.valueProperty().isNotEqualTo(ReviewerRole.CORRESPONDENT));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label(messages, "identity.dialog.name", name), name);
        grid.addRow(1, label(messages, "identity.dialog.email", email), email);
        grid.addRow(2, label(messages, "identity.dialog.role", role), role);
        grid.addRow(3, label(messages, "identity.dialog.region", region), region);
        dialog.getDialogPane().setContent(grid);

        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("identityOk");
        Required.validate(okButton, validation -> {
            validation.registerValidator(name, Required.text(messages.get("identity.dialog.nameRequired")));
            validation.registerValidator(
                    email,
                    Validator.createRegexValidator(
                            messages.get("identity.dialog.emailInvalid"), EMAIL, Severity.ERROR));
        });
        dialog.getDialogPane().lookupButton(cancel).setId("identityCancel");
        dialog.setResultConverter(button -> button == ok
                ? new Reviewer(
                        name.getText(),
                        email.getText(),
                        role.getValue(),
                        role.getValue() == ReviewerRole.CORRESPONDENT ? region.getText() : null)
                : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Label label(Messages messages, String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key));
        return label;
    }
}
