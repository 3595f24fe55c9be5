package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.WorkspaceAccessException;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Opens a workspace away from the screen — a folder, or the demo filled from the bundled samples — and, for an
 * encrypted one opened without its password or with a wrong one, asks for it through {@link #requestProperty()}
 * rather than reporting an error. The opened workspace goes to the consumer the main view model gives.
 */
final class WorkspaceOpening {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Consumer<String> status;
    private final Supplier<String> idleText;
    private final Consumer<Workspace> opened;
    private final ReadOnlyObjectWrapper<PasswordRequest> request = new ReadOnlyObjectWrapper<>();

    WorkspaceOpening(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            Consumer<String> status,
            Supplier<String> idleText,
            Consumer<Workspace> opened) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.status = status;
        this.idleText = idleText;
        this.opened = opened;
    }

    /** Opens the workspace of this folder (created if new) with its password (null: none). */
    void openFolder(Path folder, char[] password) {
        open(folder, progress -> {
            Files.createDirectories(folder);
            try {
                return Workspace.open(folder, password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        });
    }

    /** Opens the demo workspace in this folder, filling it from the bundled samples the first time. */
    void openDemo(Path folder) {
        open(folder, progress -> {
            Files.createDirectories(folder);
            Workspace workspace = Workspace.open(folder);
            try {
                DemoWorkspace.fill(workspace, progress);
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
            return workspace;
        });
    }

    private void open(Path folder, TaskRunner.Work<Workspace> opener) {
        if (state.current().flatMap(Workspace::folder).filter(folder::equals).isPresent()) {
            return;
        }
        status.accept(messages.get("status.opening"));
        runner.run(
                messages.get("status.opening"),
                progress -> {
                    try {
                        return new OpenAttempt(opener.call(progress), null);
                    } catch (WorkspaceAccessException e) {
                        if (e.reason() == WorkspaceAccessException.Reason.IN_USE) {
                            throw e;
                        }
                        // a question to the user, not a failure: no error dialog
                        return new OpenAttempt(null, e.reason());
                    }
                },
                attempt -> {
                    if (attempt.workspace() != null) {
                        opened.accept(attempt.workspace());
                        return;
                    }
                    status.accept(messages.format("status.passwordNeeded", folder.getFileName()));
                    request.set(new PasswordRequest(
                            folder, attempt.refused() == WorkspaceAccessException.Reason.PASSWORD_REFUSED));
                },
                error -> status.accept(idleText.get()));
    }

    /** Opens the workspace of the pending password request with this password. */
    void givePassword(char[] password) {
        PasswordRequest pending = request.get();
        if (pending == null) {
            return;
        }
        request.set(null);
        openFolder(pending.folder(), password);
    }

    /** Drops the pending password request: the workspace stays closed. */
    void cancelPassword() {
        if (request.get() != null) {
            request.set(null);
            status.accept(idleText.get());
        }
    }

    /** The encrypted workspace to ask the password of; null otherwise. */
    ReadOnlyObjectProperty<PasswordRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /**
     * An encrypted workspace whose password the window asks for.
     *
     * @param folder the workspace's folder
     * @param refused whether the last password given was refused
     */
    record PasswordRequest(Path folder, boolean refused) {}

    /** What an opening gave: the workspace, or why its password is needed. */
    private record OpenAttempt(Workspace workspace, WorkspaceAccessException.Reason refused) {}
}
