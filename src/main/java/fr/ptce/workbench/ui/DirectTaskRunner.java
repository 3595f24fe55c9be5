package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work at once on the calling thread and keeps the failures, so that view models test without a toolkit. */
public final class DirectTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Throwable> failures = new ArrayList<>();
    private volatile boolean cancelled;

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
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
