package fr.ptce.workbench.application.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void givesEveryResultInTheInputsOrderReadOnAnotherThread() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        List<String> results = new ArrayList<>();
        try (ReadAhead<String> ahead = new ReadAhead<>(List.of(3, 1, 2), i -> {
            threads.add(Thread.currentThread().getName());
            sleep(10L * i);
            return "r" + i;
        })) {
            for (int i = 0; i < 3; i++) {
                results.add(ahead.next());
            }
            assertThrows(IllegalStateException.class, ahead::next);
        }
        assertEquals(List.of("r3", "r1", "r2"), results);
        assertEquals(3, threads.size());
        threads.forEach(t -> assertNotEquals(Thread.currentThread().getName(), t));
    }

    @Test
    void readsTheNextInputWhileTheCallerWorksButNoFurther() throws InterruptedException {
        CountDownLatch secondRead = new CountDownLatch(1);
        List<Integer> read = Collections.synchronizedList(new ArrayList<>());
        try (ReadAhead<Integer> ahead = new ReadAhead<>(List.of(0, 1, 2, 3), i -> {
            read.add(i);
            if (i == 1) {
                secondRead.countDown();
            }
            return i;
        })) {
            assertEquals(0, ahead.next());
            // the caller "stores" input 0: input 1 is read meanwhile, input 2 is not started
            assertTrue(secondRead.await(10, TimeUnit.SECONDS));
            sleep(50);
            assertEquals(List.of(0, 1), read);
            assertEquals(1, ahead.next());
        }
    }

    @Test
    void aReadingsExceptionIsThrownAsItWasByNext() {
        UncheckedIOException failure = new UncheckedIOException(new java.io.IOException("disk"));
        try (ReadAhead<Integer> ahead = new ReadAhead<>(List.of(0, 1), i -> {
            if (i == 1) {
                throw failure;
            }
            return i;
        })) {
            assertEquals(0, ahead.next());
            assertSame(failure, assertThrows(UncheckedIOException.class, ahead::next));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
