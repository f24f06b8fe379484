package com.ccp.testing;

import com.ccp.ingestion.ReadFinished;
import com.ccp.ingestion.ReadStarted;
import com.ccp.ingestion.ReadStopped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;

/**
 * Holds background reads before their first page and tells how they ended, from the events the reads
 * publish ({@link ReadStarted}, {@link ReadFinished}, {@link ReadStopped}). Part of every *IT's
 * context (see {@link IntegrationTest}); while no hold is open, reads pass straight through.
 */
public class ReadGate {

    /** Reads stay at the gate until the hold is closed at the latest. */
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(5);

    private final Object lock = new Object();
    private final Map<String, List<Object>> endings = new HashMap<>();
    private final List<String> held = new ArrayList<>();
    private CountDownLatch release;

    /** While the returned hold is open, every read that starts waits before its first page. */
    public Hold hold() {
        synchronized (lock) {
            if (release != null) {
                throw new IllegalStateException("a hold is already open");
            }
            held.clear();
            release = new CountDownLatch(1);
            return new Hold(release);
        }
    }

    /** Waits for the next read of the session to end with {@code ending}; returns that event. */
    public <T> T awaitEnding(String sessionId, Class<T> ending, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Object> events = endings.getOrDefault(sessionId, List.of());
                for (Object event : events) {
                    if (ending.isInstance(event)) {
                        events.remove(event);
                        return ending.cast(event);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the read of session " + sessionId + " did not end with "
                            + ending.getSimpleName() + " within " + timeout + "; it ended with " + events);
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }

    @EventListener
    void started(ReadStarted event) throws InterruptedException {
        CountDownLatch gate;
        synchronized (lock) {
            endings.remove(event.sessionId());
            gate = release;
            if (gate != null) {
                held.add(event.sessionId());
                lock.notifyAll();
            }
        }
        if (gate != null && !gate.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("a read was held longer than " + LONGEST_HOLD);
        }
    }

    @EventListener
    void finished(ReadFinished event) {
        ended(event.sessionId(), event);
    }

    @EventListener
    void stopped(ReadStopped event) {
        ended(event.sessionId(), event);
    }

    private void ended(String sessionId, Object event) {
        synchronized (lock) {
            endings.computeIfAbsent(sessionId, id -> new ArrayList<>()).add(event);
            lock.notifyAll();
        }
    }

    /** An open hold; closing it lets every held read go on. */
    public final class Hold implements AutoCloseable {

        private final CountDownLatch latch;

        private Hold(CountDownLatch latch) {
            this.latch = latch;
        }

        /** Waits until a read of the session is held at the gate, before its first page. */
        public void awaitHeld(String sessionId, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (lock) {
                while (!held.contains(sessionId)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("no read of session " + sessionId + " reached the gate within "
                                + timeout);
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                }
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                if (release == latch) {
                    release = null;
                }
            }
            latch.countDown();
        }
    }
}
