package com.ccp.processing;

import static com.ccp.processing.SessionStatus.*;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows which action is allowed in which state (product.md's table). Pure
 * rules: no Spring, no database.
 */
public final class SessionStateMachine {

    private static final Map<SessionAction, Set<SessionStatus>> ALLOWED = Map.of(
            SessionAction.PAUSE, EnumSet.of(PROCESSING, RECEIPT_REPROCESSING),
            SessionAction.RESUME, EnumSet.of(PAUSED),
            SessionAction.CANCEL, EnumSet.of(PENDING, UPLOADING, PROCESSING, PAUSED, RECEIPT_REPROCESSING),
            SessionAction.REPROCESS, EnumSet.of(COMPLETED),
            SessionAction.RESOLVE_ISSUE, EnumSet.of(COMPLETED),
            SessionAction.EXPORT, EnumSet.of(COMPLETED),
            SessionAction.APPLY, EnumSet.of(COMPARING_RECEIPTS),
            SessionAction.DISCARD, EnumSet.of(COMPARING_RECEIPTS),
            SessionAction.CLOSE, EnumSet.of(COMPLETED, FAILED, CANCELLED),
            SessionAction.DELETE, EnumSet.complementOf(EnumSet.of(CLOSED, PROCESSING, RECEIPT_REPROCESSING, UPLOADING)));

    private SessionStateMachine() {
    }

    /** Whether the action is allowed; admins may close any non-closed session and delete in any state. */
    public static boolean allows(SessionStatus status, SessionAction action, boolean admin) {
        if (admin && action == SessionAction.DELETE) {
            return true;
        }
        if (admin && action == SessionAction.CLOSE) {
            return status != CLOSED;
        }
        return ALLOWED.get(action).contains(status);
    }

    public static void check(SessionStatus status, SessionAction action, boolean admin) {
        if (!allows(status, action, admin)) {
            throw new AppException(ErrorCode.INVALID_STATE, "Cannot " + action.label() + ": the session is "
                    + status + ".", Map.of("status", status.name(), "action", action.name()));
        }
    }

    /** The state an allowed action leads to, where the action itself decides it. */
    public static SessionStatus target(SessionStatus status, SessionAction action) {
        return switch (action) {
            case PAUSE -> PAUSED;
            case RESUME -> PROCESSING;
            case CANCEL -> status == RECEIPT_REPROCESSING ? COMPLETED : CANCELLED;
            case REPROCESS -> RECEIPT_REPROCESSING;
            case APPLY, DISCARD -> COMPLETED;
            case CLOSE -> CLOSED;
            case RESOLVE_ISSUE, EXPORT, DELETE -> status;
        };
    }
}
