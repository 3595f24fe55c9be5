package fr.ptce.workbench.ui.fx;

import fr.ptce.workbench.domain.Progress;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs the window's work (opening a workspace, importing, reading a dossier) away from the screen, one piece
 * at a time, and hands the result back; failures go to one error dialog.
 */
public interface TaskRunner {

    /** A piece of work that reports its advance and checks for cancellation through the given progress. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /**
     * Runs the work, then calls {@code onSuccess} with its result, or {@code onFailure} after the failure was
     * reported (a cancellation is not reported as an error). Callbacks run where the view models live.
     *
     * @param message what the status bar says while the work runs
     */
    <T> void run(String message, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs the work with nothing special to do on failure beyond reporting it. */
    default <T> void run(String message, Work<T> work, Consumer<? super T> onSuccess) {
        run(message, work, onSuccess, error -> {});
    }

    /**
     * Runs {@code action} where the view models live, later, from any thread (e.g. a change someone else made,
     * heard on a background thread): on the JavaFX thread by default.
     */
    default void later(Runnable action) {
        javafx.application.Platform.runLater(action);
    }

    /** Whether work is queued or running. */
    ReadOnlyBooleanProperty busyProperty();

    /** The running work's advance from 0 to 1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** The running work's latest message. */
    ReadOnlyStringProperty messageProperty();

    /** Asks the running work to stop: its {@link Progress#isCancelled()} turns true. */
    void cancel();
}
