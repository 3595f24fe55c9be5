package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.SharedLogin;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.workspace.SharedWorkspaceDialog;
import fr.ptce.workbench.ui.workspace.SharedWorkspaceForm;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window's side of « Fichier › Ouvrir un espace partagé… »: the dialog, the opening through the same task as a
 * folder's, and the dialog again, saying so, when the server wants a password none was found for or refuses the
 * one given.
 */
final class SharedOpening {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final Messages messages;

    SharedOpening(Stage stage, MainViewModel viewModel, Messages messages) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.messages = messages;
        viewModel.opening().sharedRequestProperty().addListener((o, old, request) -> {
            if (request != null) {
                // after the task's callback, so that the dialog does not nest in it
                Platform.runLater(() -> askAgain(request));
            }
        });
    }

    /** Asks for a shared workspace and opens it. */
    void ask() {
        ask(new SharedWorkspaceForm(System.getenv()), null);
    }

    /** Opens a recent shared workspace with the password of the environment, asking for one when needed. */
    void reopen(PostgresAddress address) {
        viewModel.opening().openShared(address, SharedLogin.login(address, System.getenv()), null);
    }

    private void askAgain(WorkspaceOpening.SharedRequest request) {
        viewModel.opening().cancelShared();
        ask(
                new SharedWorkspaceForm(System.getenv(), request.address()),
                messages.get(request.refused() ? "shared.refused" : "shared.missing"));
    }

    private void ask(SharedWorkspaceForm form, String refusal) {
        SharedWorkspaceDialog.ask(stage, messages, form, refusal)
                .ifPresent(answer -> viewModel
                        .opening()
                        .openShared(answer.address(), answer.address().login().orElseThrow(), answer.password()));
    }
}
