package com.ccp.processing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Progress of running background work, kept in memory: pages advance many times a second and
 * need not be written to the database (a restart re-reads from page 1 anyway). Views subscribe
 * and are told at most a few times a second, and once more when the work ends.
 */
@Component
public class LiveProgress {

    /** What a subscriber hears: the progress, or {@code finished} once the session left its running state. */
    public record Update(SessionDetails.Progress progress, boolean finished) {
    }

    private static final long NOTIFY_EVERY_NANOS = 250_000_000L;

    private final Map<String, SessionDetails.Progress> bySession = new ConcurrentHashMap<>();
    private final Map<String, Long> lastNotified = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<Update>>> listeners = new ConcurrentHashMap<>();

    public void update(String sessionId, SessionDetails.Progress progress) {
        SessionDetails.Progress previous = bySession.put(sessionId, progress);
        long now = System.nanoTime();
        Long last = lastNotified.get(sessionId);
        boolean phaseChanged = previous == null || !Objects.equals(previous.phase(), progress.phase());
        if (phaseChanged || last == null || now - last >= NOTIFY_EVERY_NANOS) {
            lastNotified.put(sessionId, now);
            notify(sessionId, new Update(progress, false));
        }
    }

    public void finished(String sessionId) {
        SessionDetails.Progress last = bySession.remove(sessionId);
        lastNotified.remove(sessionId);
        notify(sessionId, new Update(last != null ? last
                : new SessionDetails.Progress(ReadingPhase.DONE, 0, 0, 0), true));
    }

    public Optional<SessionDetails.Progress> of(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId));
    }

    /** Returns the action that unsubscribes. */
    public Runnable subscribe(String sessionId, Consumer<Update> listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(sessionId, List.of()).remove(listener);
    }

    private void notify(String sessionId, Update update) {
        listeners.getOrDefault(sessionId, List.of()).forEach(listener -> listener.accept(update));
    }
}
