package com.ccp.processing;

import com.ccp.base.Texts;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One month's reconciliation. State changes are methods that ask the state machine first;
 * {@code @Version} makes two concurrent changes of one session conflict instead of interleave.
 */
@Table("processing_session")
class ProcessingSession {

    @Id
    private String id;
    private String name;
    private @Nullable String period;
    private @Nullable String company;
    private String owner;
    private SessionStatus status;
    private @Nullable ReadingPhase phase;
    private int pagesDone;
    private int pagesTotal;
    private int employeesFound;
    private @Nullable String failureReason;
    private int receiptVersion;
    private @Nullable Instant lastReceiptUpload;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String closedBy;
    private @Nullable Instant closedAt;
    private @Nullable String closureReason;
    private @Nullable SessionStatus pausedFrom;
    @Version
    private @Nullable Integer version;

    ProcessingSession(String id, String name, @Nullable String period, @Nullable String company, String owner,
            SessionStatus status, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.period = period;
        this.company = company;
        this.owner = owner;
        this.status = status;
        this.receiptVersion = 1;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Takes a user action: checked by the state machine; pause remembers what resume goes back to. */
    void apply(SessionAction action, boolean admin, Instant now) {
        SessionStateMachine.check(status, action, admin);
        SessionStatus next = SessionStateMachine.target(status, action);
        if (action == SessionAction.PAUSE) {
            pausedFrom = status;
        } else if (action == SessionAction.RESUME) {
            next = pausedFrom == null ? next : pausedFrom;
            pausedFrom = null;
        } else if (action == SessionAction.CANCEL && status == SessionStatus.PAUSED) {
            // Cancelling a paused late-receipt read discards it; the session itself stays as it was.
            next = pausedFrom == SessionStatus.RECEIPT_REPROCESSING ? SessionStatus.COMPLETED : next;
            pausedFrom = null;
        }
        moveTo(next, now);
    }

    /** A late receipt report was accepted: its version is taken for good, even if later discarded. */
    int startReprocessing(Instant now) {
        SessionStateMachine.check(status, SessionAction.REPROCESS, false);
        receiptVersion++;
        lastReceiptUpload = now;
        failureReason = null;
        moveTo(SessionStatus.RECEIPT_REPROCESSING, now);
        return receiptVersion;
    }

    void moveTo(SessionStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    void progress(ReadingPhase phase, int pagesDone, int pagesTotal, int employeesFound) {
        this.phase = phase;
        this.pagesDone = pagesDone;
        this.pagesTotal = pagesTotal;
        this.employeesFound = employeesFound;
    }

    void fail(String reason, Instant now) {
        this.failureReason = Texts.truncate(reason, Texts.NOTE);
        moveTo(SessionStatus.FAILED, now);
    }

    void complete(Instant now) {
        this.failureReason = null;
        this.phase = ReadingPhase.DONE;
        moveTo(SessionStatus.COMPLETED, now);
    }

    /** Reading a late receipt report failed: the session goes back to what it was, with the reason. */
    void reprocessingFailed(String reason, Instant now) {
        this.failureReason = Texts.truncate(reason, Texts.NOTE);
        moveTo(SessionStatus.COMPLETED, now);
    }

    void close(String by, String reason, Instant now) {
        this.closedBy = by;
        this.closedAt = now;
        this.closureReason = reason;
        moveTo(SessionStatus.CLOSED, now);
    }

    String id() { return id; }
    String name() { return name; }
    @Nullable String period() { return period; }
    @Nullable String company() { return company; }
    String owner() { return owner; }
    SessionStatus status() { return status; }
    @Nullable ReadingPhase phase() { return phase; }
    int pagesDone() { return pagesDone; }
    int pagesTotal() { return pagesTotal; }
    int employeesFound() { return employeesFound; }
    @Nullable String failureReason() { return failureReason; }
    int receiptVersion() { return receiptVersion; }
    @Nullable Instant lastReceiptUpload() { return lastReceiptUpload; }
    Instant createdAt() { return createdAt; }
    @Nullable String closedBy() { return closedBy; }
    @Nullable Instant closedAt() { return closedAt; }
    @Nullable String closureReason() { return closureReason; }
    @Nullable SessionStatus pausedFrom() { return pausedFrom; }

    void setPeriodAndCompany(String period, String company) {
        this.period = period;
        this.company = company;
    }
}
