package fr.ptce.workbench.ui;

import fr.ptce.workbench.ui.fx.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status bar: what the window is doing or did last, a progress bar and a cancel button while it works,
 * the count of dossiers with an avis and who the user is. */
final class StatusBar extends HBox {

    private final StatusExpiry expiry;

    StatusBar(MainViewModel viewModel, Messages messages) {
        this(viewModel, messages, StatusExpiry.SHOWN, StatusExpiry.READ);
    }

    /** The bar whose last message gives way to the resting text after {@code shown}, or at an action after read. */
    StatusBar(MainViewModel viewModel, Messages messages, javafx.util.Duration shown, javafx.util.Duration read) {
        super(8);
        setId("statusBar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("status-bar");

        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(viewModel.statusBinding());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        // read by screen readers as the status, whatever it says now
        status.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        status.accessibleTextProperty()
                .bind(javafx.beans.binding.Bindings.concat(messages.get("status.accessible"), status.textProperty()));
        expiry = new StatusExpiry(
                viewModel.statusBinding(), viewModel.busyProperty(), viewModel::clearStatus, shown, read);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> expiry.userActed());
                scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> expiry.userActed());
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("progressBar");
        progress.setPrefWidth(200);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText(messages.get("status.progress.accessible"));

        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("cancelButton");
        cancel.setAccessibleText(messages.get("status.cancel.accessible"));
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> viewModel.cancel());

        Label user = new Label();
        user.setId("userLabel");
        user.textProperty().bind(viewModel.scoring().progress().userTextProperty());
        Label avis = new Label();
        avis.setId("avisCountLabel");
        avis.textProperty()
                .bind(new AvisCount(messages, viewModel.scoring().progress(), viewModel.phase2()).textProperty());

        getChildren()
                .addAll(
                        status,
                        progress,
                        cancel,
                        avis,
                        new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                        user);
    }
}
