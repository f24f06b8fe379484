package com.ccp.export;

import java.time.Instant;

/** What every file of one batch says about it. */
record BatchHeader(String batchId, String sessionId, String sessionName, String period, ExportMode mode,
        String createdBy, Instant createdAt) {
}
