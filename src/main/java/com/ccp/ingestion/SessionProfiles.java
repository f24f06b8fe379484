package com.ccp.ingestion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The report profile the session's CAR and each receipt report version were read with. */
public record SessionProfiles(@Nullable String car, List<Version> receipts) {

    public record Version(int version, String id) {
    }
}
