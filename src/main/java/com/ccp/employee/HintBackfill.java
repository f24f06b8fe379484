package com.ccp.employee;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Searches the hints of sessions made before hints existed, once, at start-up. */
@Component
class HintBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(HintBackfill.class);

    private final HintStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HintBackfill(HintStore store, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void searchOlderSessions() {
        for (String sessionId : store.unscannedSessions()) {
            transaction.executeWithoutResult(status -> store.sync(sessionId, clock.instant()));
            LOG.info("Hints searched for session {} (made before hints existed)", sessionId);
        }
    }
}
