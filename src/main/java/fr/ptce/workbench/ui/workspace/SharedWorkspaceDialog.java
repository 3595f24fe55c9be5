package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * « Fichier › Ouvrir un espace partagé… »: the address of a team workspace on a PostgreSQL server, the login and the
 * password (left empty: {@code PGPASSWORD} or {@code ~/.pgpass}); the password goes to the opening only, the
 * workbench stores it nowhere.
 */
public final class SharedWorkspaceDialog {

    private SharedWorkspaceDialog() {}

    /**
     * What the user asked to open.
     *
     * @param address the address with its login
     * @param password the password typed; empty when none was typed (then looked for in the environment)
     */
    public record Answer(PostgresAddress address, char[] password) {}

    /**
     * Asks for a shared workspace; {@code refusal} (may be null) says why the last attempt failed.
     *
     * @return the answer, or empty when the user cancels
     */
    public static Optional<Answer> ask(Window owner, Messages messages, SharedWorkspaceForm form, String refusal) {
        ButtonType open = new ButtonType(messages.get("shared.open"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("shared.title"));
        dialog.setHeaderText(messages.get("shared.header"));
        TextField url = new TextField();
        url.setId("sharedUrl");
        url.setPromptText("postgresql://serveur/ptce?sslmode=verify-full");
        url.setPrefColumnCount(36);
        url.textProperty().bindBidirectional(form.urlProperty());
        TextField login = new TextField();
        login.setId("sharedLogin");
        login.textProperty().bindBidirectional(form.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("sharedPassword");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label(messages.get("shared.url"), url), url);
        grid.addRow(1, label(messages.get("shared.login"), login), login);
        grid.addRow(2, label(messages.get("shared.password"), password), password);
        Label hint = wrapped(messages.get("shared.hint"), "sharedHint");
        Label problem = wrapped("", "sharedProblem");
        problem.textProperty().bind(form.problemBinding());
        VBox content = new VBox(8);
        if (refusal != null) {
            Label refused = wrapped(refusal, "sharedRefused");
            refused.getStyleClass().add("badge-warning");
            content.getChildren().add(refused);
        }
        content.getChildren().addAll(grid, hint, problem);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("sharedDialog");
        dialog.getDialogPane()
                .getButtonTypes()
                .addAll(open, new ButtonType(messages.get("shared.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(open).setId("sharedOpen");
        dialog.getDialogPane()
                .lookupButton(open)
                .disableProperty()
                .bind(form.problemBinding().isNotEmpty());
        dialog.setResultConverter(button -> button == open
                ? form.address()
                        .map(a -> new Answer(a, password.getText().toCharArray()))
                        .orElse(null)
                : null);
        dialog.setOnShown(e -> (form.urlProperty().get().isBlank() ? url : password).requestFocus());
        return dialog.showAndWait();
    }

    private static Label label(String text, javafx.scene.control.Control field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
