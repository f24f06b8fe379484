package com.ccp.profile;

import com.ccp.report.ProfileKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the profile list (api.md "Report profiles"). */
public record ProfileSummary(String id, String name, ProfileKind kind, String title, boolean builtIn,
        @Nullable String updatedBy, @Nullable Instant updatedAt) {
}
