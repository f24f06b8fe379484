package com.ccp.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A session's rules through what taking an action does to it. The expectations are product.md's
 * "Session states" table read row by row per state, in its own words; nothing is copied from the
 * machine's table.
 */
class SessionStateMachineTest {

    private static final Instant NOW = Instant.parse("2025-04-02T09:00:00Z");

    /** product.md's action names. */
    private static final Map<String, SessionAction> SPEC_WORDS = Map.of(
            "pause", SessionAction.PAUSE,
            "resume", SessionAction.RESUME,
            "cancel", SessionAction.CANCEL,
            "reprocess", SessionAction.REPROCESS,
            "resolve", SessionAction.RESOLVE_ISSUE,
            "export", SessionAction.EXPORT,
            "apply", SessionAction.APPLY,
            "discard", SessionAction.DISCARD,
            "close", SessionAction.CLOSE,
            "delete", SessionAction.DELETE);

    /** Running = a background job works on it: UPLOADING, PROCESSING, RECEIPT_REPROCESSING. */
    @ParameterizedTest(name = "a user in {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PENDING              | cancel delete
            UPLOADING            | cancel
            PROCESSING           | pause cancel
            PAUSED               | resume cancel delete
            COMPLETED            | reprocess resolve export close delete
            FAILED               | close delete
            CANCELLED            | close delete
            RECEIPT_REPROCESSING | pause cancel
            COMPARING_RECEIPTS   | apply discard delete
            CLOSED               | ''
            """)
    void aUserMayTakeExactlyTheActionsTheSpecListsForTheState(SessionStatus state, String allowed) {
        expectExactly(state, actions(allowed), false);
    }

    /** An admin may also close any non-closed session and delete in any state. */
    @ParameterizedTest(name = "an admin in {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PENDING              | cancel close delete
            UPLOADING            | cancel close delete
            PROCESSING           | pause cancel close delete
            PAUSED               | resume cancel close delete
            COMPLETED            | reprocess resolve export close delete
            FAILED               | close delete
            CANCELLED            | close delete
            RECEIPT_REPROCESSING | pause cancel close delete
            COMPARING_RECEIPTS   | apply discard close delete
            CLOSED               | delete
            """)
    void anAdminMayTakeExactlyTheActionsTheSpecListsForTheState(SessionStatus state, String allowed) {
        expectExactly(state, actions(allowed), true);
    }

    @ParameterizedTest(name = "{1} in {0} leads to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PROCESSING           | pause     | PAUSED
            RECEIPT_REPROCESSING | pause     | PAUSED
            PENDING              | cancel    | CANCELLED
            UPLOADING            | cancel    | CANCELLED
            PROCESSING           | cancel    | CANCELLED
            PAUSED               | cancel    | CANCELLED
            RECEIPT_REPROCESSING | cancel    | COMPLETED
            COMPLETED            | reprocess | RECEIPT_REPROCESSING
            COMPLETED            | resolve   | COMPLETED
            COMPLETED            | export    | COMPLETED
            COMPARING_RECEIPTS   | apply     | COMPLETED
            COMPARING_RECEIPTS   | discard   | COMPLETED
            COMPLETED            | close     | CLOSED
            FAILED               | close     | CLOSED
            CANCELLED            | close     | CLOSED
            """)
    void anAllowedActionLeadsWhereTheSpecSays(SessionStatus state, String action, SessionStatus after) {
        ProcessingSession session = in(state);
        session.apply(SPEC_WORDS.get(action), false, NOW);
        assertThat(session.status()).isEqualTo(after);
    }

    @ParameterizedTest(name = "an admin closes a {0} session")
    @CsvSource({"PENDING", "UPLOADING", "PROCESSING", "PAUSED", "RECEIPT_REPROCESSING", "COMPARING_RECEIPTS"})
    void anAdminClosesAnyNonClosedSession(SessionStatus state) {
        ProcessingSession session = in(state);
        session.apply(SessionAction.CLOSE, true, NOW);
        assertThat(session.status()).isEqualTo(SessionStatus.CLOSED);
    }

    /** "resume (may re-read from page 1)": a paused read resumes as the read it was. */
    @ParameterizedTest(name = "paused in {0}, resumed")
    @CsvSource({"PROCESSING", "RECEIPT_REPROCESSING"})
    void resumeGoesBackToTheReadThatWasPaused(SessionStatus reading) {
        ProcessingSession session = in(reading);
        session.apply(SessionAction.PAUSE, false, NOW);
        assertThat(session.status()).isEqualTo(SessionStatus.PAUSED);
        session.apply(SessionAction.RESUME, false, NOW);
        assertThat(session.status()).isEqualTo(reading);
    }

    /** Cancel in PAUSED: a paused first read keeps no data; a paused late receipt read is a discard. */
    @ParameterizedTest(name = "paused in {0}, cancelled: {1}")
    @CsvSource({"PROCESSING, CANCELLED", "RECEIPT_REPROCESSING, COMPLETED"})
    void cancellingAPausedReadEndsAsCancellingTheRead(SessionStatus reading, SessionStatus after) {
        ProcessingSession session = in(reading);
        session.apply(SessionAction.PAUSE, false, NOW);
        session.apply(SessionAction.CANCEL, false, NOW);
        assertThat(session.status()).isEqualTo(after);
    }

    private static void expectExactly(SessionStatus state, Set<SessionAction> allowed, boolean admin) {
        for (SessionAction action : SessionAction.values()) {
            assertThat(SessionStateMachine.allows(state, action, admin)).as("%s in %s", action, state)
                    .isEqualTo(allowed.contains(action));
            ProcessingSession session = in(state);
            if (allowed.contains(action)) {
                session.apply(action, admin, NOW);
            } else {
                assertThatThrownBy(() -> session.apply(action, admin, NOW)).as("%s in %s", action, state)
                        .isInstanceOfSatisfying(AppException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE);
                            assertThat(e.getMessage()).as("the refusal names the state").contains(state.name());
                        });
                assertThat(session.status()).as("a refused action changes nothing").isEqualTo(state);
            }
        }
    }

    private static Set<SessionAction> actions(String specWords) {
        Set<SessionAction> actions = EnumSet.noneOf(SessionAction.class);
        Arrays.stream(specWords.trim().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> {
                    SessionAction action = SPEC_WORDS.get(w);
                    if (action == null) {
                        throw new IllegalArgumentException("not an action of product.md: " + w);
                    }
                    return action;
                }).collect(Collectors.toCollection(() -> actions));
        return actions;
    }

    private static ProcessingSession in(SessionStatus state) {
        return new ProcessingSession("s-1", "March", "2025-03", "Acme", "alice", state, NOW);
    }
}
