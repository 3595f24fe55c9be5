package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.DemoWorkspace;
import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.SharedLogin;
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
    private final ReadOnlyObjectWrapper<SharedRequest> sharedRequest = new ReadOnlyObjectWrapper<>();

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

    /**
     * Opens a shared workspace on a PostgreSQL server as this login, through the same task as a folder; the password
     * typed (null or empty: none) else {@code PGPASSWORD} or {@code ~/.pgpass}; wiped once used, never stored. A
     * missing or refused password asks again through {@link #sharedRequestProperty()}.
     */
    void openShared(PostgresAddress address, String login, char[] password) {
        status.accept(messages.get("status.opening"));
        runner.run(
                messages.get("status.opening"),
                progress -> {
                    char[] given = password != null && password.length > 0
                            ? password
                            : SharedLogin.storedPassword(address, login).orElse(null);
                    try {
                        return new OpenAttempt(Workspace.openShared(address, login, given), null);
                    } catch (WorkspaceAccessException e) {
                        if (e.reason() == WorkspaceAccessException.Reason.IN_USE) {
                            throw e;
                        }
                        return new OpenAttempt(null, e.reason());
                    } finally {
                        wipe(password);
                        if (given != password) {
                            wipe(given);
                        }
                    }
                },
                attempt -> {
                    if (attempt.workspace() != null) {
                        opened.accept(attempt.workspace());
                        return;
                    }
                    status.accept(messages.format("status.passwordNeeded", address.toString()));
                    sharedRequest.set(new SharedRequest(
                            address.withLogin(login),
                            attempt.refused() == WorkspaceAccessException.Reason.PASSWORD_REFUSED));
                },
                error -> status.accept(idleText.get()));
    }

    /** Drops the pending shared workspace request: it stays closed. */
    void cancelShared() {
        if (sharedRequest.get() != null) {
            sharedRequest.set(null);
            status.accept(idleText.get());
        }
    }

    /** The shared workspace whose password the window asks for (none found, or refused); null otherwise. */
    ReadOnlyObjectProperty<SharedRequest> sharedRequestProperty() {
        return sharedRequest.getReadOnlyProperty();
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
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

    /**
     * A shared workspace whose password the window asks for.
     *
     * @param address the server's address, with the login tried
     * @param refused whether the server refused the password given (else none was found)
     */
    record SharedRequest(PostgresAddress address, boolean refused) {}

    /** What an opening gave: the workspace, or why its password is needed. */
    private record OpenAttempt(Workspace workspace, WorkspaceAccessException.Reason refused) {}
}
