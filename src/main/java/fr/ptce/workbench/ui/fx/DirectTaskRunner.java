package fr.ptce.workbench.ui.fx;

import fr.ptce.workbench.domain.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs work at once on the calling thread and keeps the failures, so that view models test without a toolkit. */
public final class DirectTaskRunner extends ObservableTaskRunner {

    private final List<Throwable> failures = new ArrayList<>();
    private volatile boolean cancelled;

    /** At once, on the calling thread, like the work. */
    @Override
    public synchronized void later(Runnable action) {
        action.run();
    }

    @Override
    public <T> void run(String text, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        message.set(text);
        cancelled = false;
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String update) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    message.set(update);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            });
        } catch (Exception e) {
            failures.add(e);
            idle();
            onFailure.accept(e);
            return;
        }
        idle();
        onSuccess.accept(result);
    }

    private void idle() {
        busy.set(false);
        progress.set(0);
        message.set("");
    }

    /** The failures met so far, in order. */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
