package fr.ptce.workbench.application.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.spreadsheet.avis.AvisMetadata;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lines read on a second thread while the workbook is written: order, failures, and a writer that stops. */
@Timeout(30)
class LineFeedTest {

    private static final LineFeed.Header HEADER = new LineFeed.Header(
            new AvisMetadata("Bretagne", "Anne", "ws", "dev", OffsetDateTime.parse("2021-12-01T10:00:00+01:00")),
            Grids.amiPtce2021(),
            3);

    private static AvisLine line(String number) {
        return new AvisLine(
                number,
                null,
                null,
                null,
                null,
                null,
                null,
                "recevable",
                AvisLine.Instruction.NONE,
                null,
                null,
                0,
                null,
                null,
                null);
    }

    @Test
    void handsTheHeaderTheLinesInOrderThenTheReviews() {
        List<String> numbers = new ArrayList<>();
        try (LineFeed feed = new LineFeed(f -> {
            f.start(HEADER);
            for (int i = 0; i < 1000; i++) {
                f.put(line(Integer.toString(i)));
            }
            f.finish(List.of());
        })) {
            assertSame(HEADER, feed.header());
            feed.forEachRemaining(l -> numbers.add(l.number()));
            assertEquals(1000, feed.taken());
            assertEquals(List.of(), feed.reviews());
        }
        assertEquals("0", numbers.get(0));
        assertEquals("999", numbers.get(999));
        assertEquals(1000, numbers.size());
    }

    @Test
    void aRefusalBeforeTheHeaderReachesTheWriterAsItWas() {
        InvalidInputException refusal = new InvalidInputException("Indiquez d'abord votre région");
        try (LineFeed feed = new LineFeed(f -> {
            throw refusal;
        })) {
            assertSame(refusal, assertThrows(InvalidInputException.class, feed::header));
        }
    }

    @Test
    void aFailureAfterSomeLinesReachesTheWriterAfterThem() {
        IllegalStateException failure = new IllegalStateException("store");
        try (LineFeed feed = new LineFeed(f -> {
            f.start(HEADER);
            f.put(line("1"));
            throw failure;
        })) {
            feed.header();
            assertEquals("1", feed.next().number());
            assertSame(failure, assertThrows(IllegalStateException.class, feed::hasNext));
        }
    }

    @Test
    void closingWhileTheReadingWaitsEndsTheReadingBeforeReturning() throws InterruptedException {
        AtomicInteger put = new AtomicInteger();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        CountDownLatch full = new CountDownLatch(1);
        LineFeed feed = new LineFeed(f -> {
            f.start(HEADER);
            try {
                for (int i = 0; i < 100_000; i++) {
                    f.put(line(Integer.toString(i)));
                    if (put.incrementAndGet() == 256) {
                        full.countDown();
                    }
                }
                f.finish(List.of());
            } catch (RuntimeException e) {
                ended.set(e);
                throw e;
            }
        });
        feed.header();
        assertTrue(feed.hasNext());
        assertTrue(full.await(10, TimeUnit.SECONDS));

        feed.close();

        assertTrue(ended.get() != null, "the reading stopped with an exception, which ends its transaction");
        assertFalse(put.get() >= 100_000, put.get() + " lines put");
    }
}
