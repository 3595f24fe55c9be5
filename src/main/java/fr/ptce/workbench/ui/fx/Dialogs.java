package fr.ptce.workbench.ui.fx;

import fr.ptce.workbench.application.importing.ColumnMappingRequiredException;
import fr.ptce.workbench.domain.InputRefusedException;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * The window's small dialogs: the one error dialog, an outcome, the first-start choice and
 * "À propos".
 */
public final class Dialogs {

    /** The width at which a dialog\'s text wraps. */
    static final double DIALOG_TEXT_WIDTH = 560;

    /** What the user chose at first start. */
    public enum FirstStart {
        DEMO,
        CHOOSE_FOLDER,
        NONE
    }

    private Dialogs() {}

    /** Shows a failure: the French message of a refused file or of a mapping to make, otherwise a general one. */
    public static void error(Stage owner, Messages messages, Throwable error) {
        ButtonType close = closeButton(messages);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", close);
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get(errorHeaderKey(error)));
        Label content = wrapped(errorText(error));
        content.setId("errorMessage");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("errorDialog");
        alert.getDialogPane().lookupButton(close).setId("errorDialogClose");
        alert.show();
    }

    static String errorHeaderKey(Throwable error) {
        if (error instanceof InputRefusedException) {
            return "error.refused";
        }
        if (error instanceof ColumnMappingRequiredException) {
            return "error.mapping";
        }
        return "error.unexpected";
    }

    public static String errorText(Throwable error) {
        if (error instanceof InputRefusedException || error instanceof ColumnMappingRequiredException) {
            return error.getMessage();
        }
        Throwable cause = error;
        while (cause.getCause() != null
                && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getMessage() + " (" + cause.getClass().getSimpleName() + ")";
    }

    /** A "Fermer" button in the window's language (JavaFX's own buttons follow the system's language). */
    public static ButtonType closeButton(Messages messages) {
        return new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Asks a first-time user whether to open the demo workspace or choose a folder. */
    public static FirstStart firstStart(Stage owner, Messages messages) {
        ButtonType demo = new ButtonType(messages.get("firstStart.demo"), ButtonBar.ButtonData.YES);
        ButtonType folder = new ButtonType(messages.get("firstStart.folder"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("firstStart.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("firstStart.text"), demo, folder, later);
        alert.initOwner(owner);
        alert.setTitle(messages.get("firstStart.title"));
        alert.setHeaderText(messages.get("firstStart.header"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty()) {
            return FirstStart.NONE;
        }
        return answer.get() == demo
                ? FirstStart.DEMO
                : answer.get() == folder ? FirstStart.CHOOSE_FOLDER : FirstStart.NONE;
    }

    /** Shows an outcome worth a dialog (a backup written, where). */
    public static void info(Stage owner, Messages messages, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", closeButton(messages));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = wrapped(text);
        content.setId("infoMessage");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("infoDialog");
        alert.show();
    }

    /** Shows the application's name, version and purpose. */
    public static void about(Stage owner, Messages messages) {
        String version = Optional.ofNullable(Dialogs.class.getPackage().getImplementationVersion())
                .orElse(messages.get("about.devVersion"));
        Alert alert =
                new Alert(Alert.AlertType.INFORMATION, messages.format("about.text", version), closeButton(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.name"));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }

    /**
     * A dialog's text: wrapped at the dialogs' width, never cut in height. Its preferred width is that width at most:
     * a dialog centres itself on its owner from its content's preferred width, which for a long text on one line
     * put the dialog at the screen's left edge.
     */
    public static Label wrapped(String text) {
        Label label = new Label(text) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.min(super.computePrefWidth(height), DIALOG_TEXT_WIDTH);
            }
        };
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(DIALOG_TEXT_WIDTH);
        return label;
    }
}
