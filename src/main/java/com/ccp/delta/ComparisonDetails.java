package com.ccp.delta;

import java.util.List;

/** A session's comparison with its newest receipt report, every employee included. */
public record ComparisonDetails(String sessionId, ComparisonHeader header, List<ChangeLine> changes) {

    public ComparisonDetails {
        changes = List.copyOf(changes);
    }

    public boolean pending() {
        return header.appliedAt() == null;
    }

    public long count(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }
}
