package com.ccp.audit;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.security.UserNames;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search of the activity log; every given filter applies. {@code user} (normalised like a sign-in name) matches the
 * real user or the user acted as; {@code action} is exact (case ignored); {@code from} is inclusive, {@code to} exclusive.
 */
public record ActivityQuery(@Nullable String user, @Nullable String action, @Nullable String session,
        @Nullable Instant from, @Nullable Instant to) {

    public ActivityQuery {
        user = blankToNull(user) == null ? null : UserNames.normalise(user);
        action = blankToNull(action) == null ? null : action.strip().toUpperCase(Locale.ROOT);
        session = blankToNull(session) == null ? null : session.strip();
        if (from != null && to != null && !from.isBefore(to)) {
            throw new AppException(ErrorCode.BAD_INPUT, "'from' must be before 'to'.", Map.of("field", "from"));
        }
    }

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
