package com.ccp.delta;

import com.ccp.lifecycle.SessionDependents;
import org.springframework.stereotype.Component;

/** A closed session's comparison waiting for a decision is dropped with its reading notes. */
@Component
class DeltaDependents implements SessionDependents {

    private final DeltaService delta;

    DeltaDependents(DeltaService delta) {
        this.delta = delta;
    }

    @Override
    public void closing(String sessionId) {
        delta.dropPending(sessionId);
    }
}
