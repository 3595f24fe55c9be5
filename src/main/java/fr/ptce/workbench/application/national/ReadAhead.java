package fr.ptce.workbench.application.national;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads a list of inputs in order on one background thread, one input ahead of the caller: while the caller works on
 * input {@code i} (a consolidation stores a workbook), input {@code i + 1} is being read, so the two cores of a
 * laptop each do one. At most two read results are held at once. A reading's exception is thrown again, as it was, by
 * {@link #next()} on the caller's thread; closing stops a reading under way.
 */
final class ReadAhead<T> implements AutoCloseable {

    private final List<?> inputs;
    private final Function<Object, T> reader;
    private final ExecutorService thread;
    private Future<T> pending;
    private int next;

    @SuppressWarnings("unchecked")
    <I> ReadAhead(List<I> inputs, Function<? super I, T> reader) {
        this.inputs = List.copyOf(inputs);
        this.reader = input -> reader.apply((I) input);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "ptce-read-ahead");
            t.setDaemon(true);
            return t;
        });
        this.pending = submit(0);
    }

    /** The next input's result, in the inputs' order; the one after it starts reading. */
    T next() {
        if (next >= inputs.size()) {
            throw new IllegalStateException("No input left: " + inputs.size() + " read");
        }
        Future<T> current = pending;
        next++;
        pending = submit(next);
        try {
            return current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading ahead", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Future<T> submit(int index) {
        if (index >= inputs.size()) {
            return null;
        }
        Object input = inputs.get(index);
        return thread.submit(() -> reader.apply(input));
    }

    @Override
    public void close() {
        if (pending != null) {
            pending.cancel(true);
        }
        thread.shutdownNow();
    }
}
