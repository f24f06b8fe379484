package com.ccp.notification;

import com.ccp.processing.ReadingPhase;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CompletionMessageTest {

    @Test
    void completedSessionGivesItsCountsTotalsAndLink() {
        CompletionMessage message = CompletionMessage.of(session(SessionStatus.COMPLETED, null), "https://ccp.example/");

        assertThat(message.subject()).isEqualTo("Session “March 2025” is ready for review");
        assertThat(message.body()).contains("Employees:        412", "Ready for export: 400", "Open issues:      17",
                "CAR total:        $1,234,567.89", "Receipt total:    $1,200,000.00",
                "Open it: https://ccp.example/sessions/s-1\n");
    }

    @Test
    void failedSessionGivesTheReason() {
        CompletionMessage message = CompletionMessage.of(
                session(SessionStatus.FAILED, "The CAR has no 'Report Total:' line"), "");

        assertThat(message.subject()).isEqualTo("Session “March 2025” could not be read");
        assertThat(message.body()).contains("The CAR has no 'Report Total:' line").doesNotContain("Open it");
    }

    @Test
    void lateReceiptsWaitingForComparisonSayWhatToDo() {
        CompletionMessage message = CompletionMessage.of(session(SessionStatus.COMPARING_RECEIPTS, null), "");

        assertThat(message.subject()).isEqualTo("Late receipts of “March 2025” are ready to compare");
        assertThat(message.body()).contains("version 2", "accept or reject");
    }

    private static SessionDetails session(SessionStatus status, String failureReason) {
        return new SessionDetails("s-1", "March 2025", "2025-03", "Acme Construction, Inc.", status, "alice",
                Instant.parse("2025-04-02T08:00:00Z"), null, null, null, 2, null, failureReason,
                new SessionDetails.Progress(ReadingPhase.DONE, 10, 10, 412),
                new SessionDetails.Totals(412, new BigDecimal("1234567.89"), new BigDecimal("1200000.00"), 17, 400));
    }
}
