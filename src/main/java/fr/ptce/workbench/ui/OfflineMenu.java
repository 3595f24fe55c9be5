package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FileAsker;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.workspace.CheckinConflictDialog;
import fr.ptce.workbench.ui.workspace.OfflinePasswords;
import fr.ptce.workbench.ui.workspace.OfflineViewModel;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/**
 * The window's side of « Fichier › Emporter hors ligne… » and « Fichier › Rapporter au serveur… »: the folder and
 * the new password, the server's password when the environment has none, the conflicts' dialog.
 */
final class OfflineMenu {

    private final Stage stage;
    private final Messages messages;
    private final OfflineViewModel offline;
    private final Supplier<FileAsker> files;
    private final MenuItem checkout;
    private final MenuItem checkin;

    OfflineMenu(Stage stage, MainViewModel viewModel, Messages messages, Supplier<FileAsker> files) {
        this.stage = stage;
        this.messages = messages;
        this.files = files;
        this.offline = new OfflineViewModel(
                viewModel.runner(),
                viewModel.workspaceState(),
                messages,
                (title, text) -> Dialogs.info(stage, messages, title, text),
                viewModel::openFolder);
        checkout = item("menu.file.checkout", "menuCheckout", this::askCheckout);
        checkout.disableProperty().bind(offline.sharedProperty().not());
        checkin = item("menu.file.checkin", "menuCheckin", this::askCheckin);
        checkin.disableProperty().bind(offline.originProperty().isNull());
        offline.conflictsProperty().addListener((o, old, report) -> {
            if (report != null) {
                // after the task's callback, so that the dialog does not nest in it
                Platform.runLater(() -> CheckinConflictDialog.ask(stage, messages, report)
                        .ifPresentOrElse(offline::resolve, offline::later));
            }
        });
    }

    MenuItem checkoutItem() {
        return checkout;
    }

    MenuItem checkinItem() {
        return checkin;
    }

    /** Reads again whether the open workspace is shared or a checkout (as the File menu opens). */
    void refresh() {
        offline.refresh();
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void askCheckout() {
        files.get()
                .folder(messages.get("offline.checkout.folder"))
                .ifPresent(folder -> OfflinePasswords.askNew(stage, messages, folder)
                        .ifPresent(password -> offline.checkout(folder, password)));
    }

    private void askCheckin() {
        CheckoutOrigin origin = offline.originProperty().get();
        if (origin == null) {
            return;
        }
        offline.storedServerPassword()
                .or(() -> OfflinePasswords.askServer(stage, messages, origin))
                .ifPresent(offline::checkin);
    }
}
