package fr.ptce.workbench.application.exporting;

import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.spreadsheet.avis.AvisMetadata;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import fr.ptce.workbench.spreadsheet.layout.ReviewLine;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The avis lines of an export, read on a second thread ({@code ptce-export-read}) and handed to the writer as they
 * come, so that the two cores of a laptop read the store and write the workbook at once (performance.md, P4 fifth
 * pass). The reading publishes the workbook's header first ({@link #start}), then each line ({@link #put}), then the
 * reviews ({@link #finish}); the writer takes the header ({@link #header()}), then iterates. A reading's exception
 * reaches the writer's thread as it was. Closing stops a reading under way without interrupting it (the store's
 * file channel must not see an interrupt) and waits for it to end, so its transaction is over when close returns.
 */
final class LineFeed implements Iterator<AvisLine>, AutoCloseable {

    /** What the writer needs before the first line: the metadata, the grid, the lines and reviews expected. */
    record Header(AvisMetadata metadata, Grid grid, long total) {}

    private static final Object END = new Object();

    private record Failure(Throwable cause) {}

    /** Thrown on the reading's thread when the writer has gone: ends the reading's transaction. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("The avis workbook's writer stopped", null, false, false);
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
    private final CompletableFuture<Header> header = new CompletableFuture<>();
    private final ExecutorService thread;
    private final Future<?> reading;
    private volatile boolean closed;
    private volatile List<ReviewLine> reviews;
    private Object next;
    private int taken;

    LineFeed(Consumer<LineFeed> read) {
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "ptce-export-read");
            t.setDaemon(true);
            return t;
        });
        reading = thread.submit(() -> {
            try {
                read.accept(this);
            } catch (Abandoned e) {
                // the writer has gone: nobody to tell
            } catch (RuntimeException | Error e) {
                if (!header.completeExceptionally(e)) {
                    offer(new Failure(e));
                }
            }
        });
    }

    /** On the reading's thread: the header is known, the writer may start. */
    void start(Header known) {
        header.complete(known);
    }

    /** On the reading's thread: the next line; waits while the writer is a full queue behind. */
    void put(AvisLine line) {
        offer(line);
    }

    /** On the reading's thread: every line was put; these are the reviews. */
    void finish(List<ReviewLine> all) {
        reviews = List.copyOf(all);
        offer(END);
    }

    private void offer(Object item) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    /** The header, once the reading has it; the reading's exception (a refusal) as it was when it failed first. */
    Header header() {
        try {
            return header.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the avis", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the avis", e);
            }
            if (next instanceof Failure failure) {
                throw rethrown(failure.cause());
            }
        }
        return next != END;
    }

    @Override
    public AvisLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        AvisLine line = (AvisLine) next;
        next = null;
        taken++;
        return line;
    }

    /** The reviews, once every line was taken. */
    List<ReviewLine> reviews() {
        if (next != END) {
            throw new IllegalStateException("Lines are left: " + taken + " taken");
        }
        return reviews;
    }

    /** The lines taken. */
    int taken() {
        return taken;
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the reading reports its own failures through the feed
        } finally {
            thread.shutdown();
        }
    }
}
