package fr.ptce.workbench.ui.fx;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.CancelledException;
import fr.ptce.workbench.domain.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The window's task runner: each piece of work is a JavaFX {@link Task} on one single-threaded executor (the
 * workspace's one writer thread); progress and message feed the status bar, failures go to one handler.
 * Methods are called on the JavaFX thread.
 */
public final class FxTaskRunner extends ObservableTaskRunner implements AutoCloseable {

    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ptce-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Throwable> failureHandler;
    private int pending;
    private Task<?> current;

    /** @param failureHandler shows a failure to the user (the error dialog); never given a cancellation */
    public FxTaskRunner(Consumer<Throwable> failureHandler) {
        this.failureHandler = failureHandler;
    }

    @Override
    public <T> void run(String text, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(text, work);
        task.setOnRunning(e -> {
            current = task;
            progress.bind(task.progressProperty());
            message.bind(task.messageProperty());
        });
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            // a save over someone else's change is a question the saving view asks (both versions), no error
            if (!(error instanceof CancelledException) && !(error instanceof ConcurrentChangeException)) {
                failureHandler.accept(error);
            }
            onFailure.accept(error);
        });
        task.setOnCancelled(e -> onFailure.accept(new CancelledException()));
        pending++;
        busy.set(true);
        writer.execute(task);
    }

    /** Called on the JavaFX thread once a task's work has really stopped, cancelled or not. */
    private void finished(Task<?> task) {
        pending--;
        if (current == task) {
            current = null;
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
        }
        busy.set(pending > 0);
    }

    @Override
    public void cancel() {
        if (current != null) {
            // never interrupt: an interrupted thread closes H2's file channel; the work checks isCancelled()
            current.cancel(false);
        }
    }

    /** Cancels the running work and waits a little for the writer thread to finish, before the workspace closes. */
    @Override
    public void close() {
        cancel();
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A task running one piece of work, its progress reported through the task's own properties. */
    private final class WorkTask<T> extends Task<T> {

        private final Work<T> work;

        WorkTask(String text, Work<T> work) {
            this.work = work;
            updateMessage(text);
            updateProgress(-1, -1);
        }

        @Override
        protected T call() throws Exception {
            try {
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String update) {
                        updateProgress(done, total);
                        if (update != null && !update.isBlank()) {
                            updateMessage(update);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return WorkTask.this.isCancelled();
                    }
                });
            } finally {
                Platform.runLater(() -> finished(this));
            }
        }
    }
}
