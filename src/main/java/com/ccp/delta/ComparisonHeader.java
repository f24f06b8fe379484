package com.ccp.delta;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comparison as a whole; {@code appliedAt} is null while it waits for the user's decision. */
public record ComparisonHeader(int receiptVersion, MergeMode mode, int newReceipts, Instant createdAt,
        @Nullable String appliedBy, @Nullable Instant appliedAt) {
}
