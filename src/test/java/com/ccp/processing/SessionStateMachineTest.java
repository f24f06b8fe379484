package com.ccp.processing;

import static com.ccp.processing.SessionAction.*;
import static com.ccp.processing.SessionStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state × action pair, for a user and for an admin, against product.md's table written out here. */
class SessionStateMachineTest {

    /** product.md "Session states": the states where a user may take each action. */
    private static final Map<SessionAction, Set<SessionStatus>> USER_TABLE = Map.of(
            PAUSE, EnumSet.of(PROCESSING, RECEIPT_REPROCESSING),
            RESUME, EnumSet.of(PAUSED),
            CANCEL, EnumSet.of(PENDING, UPLOADING, PROCESSING, PAUSED, RECEIPT_REPROCESSING),
            REPROCESS, EnumSet.of(COMPLETED),
            RESOLVE_ISSUE, EnumSet.of(COMPLETED),
            EXPORT, EnumSet.of(COMPLETED),
            APPLY, EnumSet.of(COMPARING_RECEIPTS),
            DISCARD, EnumSet.of(COMPARING_RECEIPTS),
            CLOSE, EnumSet.of(COMPLETED, FAILED, CANCELLED),
            // "any state but CLOSED or running"
            DELETE, EnumSet.of(PENDING, PAUSED, COMPLETED, FAILED, CANCELLED, COMPARING_RECEIPTS));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (SessionStatus status : SessionStatus.values()) {
            for (SessionAction action : SessionAction.values()) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyPair")
    void userMayTakeExactlyTheActionsOfTheTable(SessionStatus status, SessionAction action) {
        boolean expected = USER_TABLE.get(action).contains(status);
        assertThat(SessionStateMachine.allows(status, action, false)).isEqualTo(expected);
        if (expected) {
            SessionStateMachine.check(status, action, false);
        } else {
            assertThatThrownBy(() -> SessionStateMachine.check(status, action, false))
                    .isInstanceOfSatisfying(AppException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE);
                        assertThat(e.getMessage()).contains(status.name());
                    });
        }
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyPair")
    void adminMayAlsoCloseAnyOpenSessionAndDeleteAnySession(SessionStatus status, SessionAction action) {
        boolean expected = switch (action) {
            case CLOSE -> status != CLOSED;
            case DELETE -> true;
            default -> USER_TABLE.get(action).contains(status);
        };
        assertThat(SessionStateMachine.allows(status, action, true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyPair")
    void anAllowedActionLeadsWhereTheTableSays(SessionStatus status, SessionAction action) {
        if (!SessionStateMachine.allows(status, action, true)) {
            return;
        }
        SessionStatus expected = switch (action) {
            case PAUSE -> PAUSED;
            case RESUME -> PROCESSING;
            case CANCEL -> status == RECEIPT_REPROCESSING ? COMPLETED : CANCELLED;
            case REPROCESS -> RECEIPT_REPROCESSING;
            case APPLY, DISCARD -> COMPLETED;
            case CLOSE -> CLOSED;
            case RESOLVE_ISSUE, EXPORT, DELETE -> status;
        };
        assertThat(SessionStateMachine.target(status, action)).isEqualTo(expected);
    }
}
