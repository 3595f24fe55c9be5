package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.WorkspacePassword;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Réglages › « Chiffrer l'espace de travail… » / « Changer le mot de passe… »: the current password (for an encrypted
 * workspace), the new one twice. {@link #apply()} checks and re-encrypts in the background
 * ({@link WorkspacePassword}): the workspace is closed, re-encrypted and opened again, then handed to the window.
 * A wrong current password, a short or mistyped new one is said in French, the store unchanged.
 */
public final class EncryptionViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Consumer<Workspace> reopened;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    /** {@code reopened} takes the workspace opened again with its new password (the main view model's). */
    public EncryptionViewModel(
            TaskRunner runner, WorkspaceState state, Messages messages, Consumer<Workspace> reopened) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.reopened = reopened;
    }

    /** Reads whether the open workspace is kept in a folder and encrypted; clears the fields. */
    public void load() {
        Optional<Path> folder = state.current().flatMap(Workspace::folder);
        available.set(folder.isPresent());
        encrypted.set(folder.map(Workspace::isEncrypted).orElse(false));
        current.set("");
        next.set("");
        repeated.set("");
        error.set("");
        done.set(false);
    }

    /**
     * Checks the passwords and re-encrypts the workspace away from the screen; {@link #doneProperty()} turns true when
     * it is done, {@link #errorProperty()} says why not.
     */
    public void apply() {
        Optional<Workspace> open = state.current();
        if (open.isEmpty() || working.get()) {
            return;
        }
        Workspace workspace = open.get();
        char[] old = current.get().toCharArray();
        char[] fresh = next.get().toCharArray();
        char[] again = repeated.get().toCharArray();
        boolean wasEncrypted = encrypted.get();
        error.set("");
        working.set(true);
        runner.run(
                messages.get(wasEncrypted ? "encryption.running.change" : "encryption.running.encrypt"),
                p -> {
                    try {
                        WorkspacePassword.check(workspace, old, fresh, again);
                        return new Result(WorkspacePassword.change(workspace, old, fresh), null);
                    } catch (InvalidInputException e) {
                        // refused before anything was closed: said in the dialog, not as an error
                        return new Result(null, e.getMessage());
                    } finally {
                        Arrays.fill(old, '\0');
                        Arrays.fill(fresh, '\0');
                        Arrays.fill(again, '\0');
                    }
                },
                result -> {
                    working.set(false);
                    if (result.refused() != null) {
                        error.set(result.refused());
                        return;
                    }
                    reopened.accept(result.outcome().workspace());
                    if (result.outcome().failure() != null) {
                        error.set(messages.format(
                                "encryption.failed", result.outcome().failure().getMessage()));
                        return;
                    }
                    current.set("");
                    next.set("");
                    repeated.set("");
                    encrypted.set(true);
                    outcome.set(messages.get(wasEncrypted ? "encryption.done.change" : "encryption.done.encrypt"));
                    done.set(true);
                },
                failure -> working.set(false));
    }

    /** Whether the open workspace lives in a folder (an in-memory one cannot be encrypted). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    /** True while the workspace is being re-encrypted. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True once the last {@link #apply()} succeeded. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The current password (encrypted workspace only). */
    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    /** Why the last {@link #apply()} changed nothing, in French; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last successful {@link #apply()} did, in French. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    private record Result(WorkspacePassword.Outcome outcome, String refused) {}
}
