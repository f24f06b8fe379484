package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.employee.LinksAndHints;
import com.ccp.ingestion.IngestionService;
import com.ccp.ingestion.SessionProfiles;
import com.ccp.ingestion.UploadedFile;
import com.ccp.lifecycle.LifecycleService;
import com.ccp.processing.SessionDetails;
import com.ccp.processing.SessionFilter;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.processing.SessionSummary;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Sessions: list, create (multipart upload) and details. */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    record SessionItem(String id, String name, @Nullable String period, String status, String owner, Instant createdAt,
            boolean closed, int receiptVersion, int employees, int openIssues) {
        static SessionItem of(SessionSummary s) {
            return new SessionItem(s.id(), s.name(), s.period(), s.status().name(), s.owner(), s.createdAt(), s.closed(),
                    s.receiptVersion(), s.employees(), s.openIssues());
        }
    }

    record SessionPage(List<SessionItem> items, int total) {
    }

    record Created(String id, String status) {
    }

    record Progress(@Nullable String phase, int pagesDone, int pagesTotal, int employeesFound) {
    }

    record Totals(int employees, String carTotal, String receiptTotal, int openIssues, int ready, int hints) {
    }

    record SessionBody(String id, String name, @Nullable String period, String status, String owner, Instant createdAt,
            boolean closed, @Nullable String closedBy, @Nullable Instant closedAt, @Nullable String closureReason,
            int receiptVersion, @Nullable Instant lastReceiptUpload, @Nullable String failureReason, Progress progress,
            Totals totals, @Nullable SessionProfiles profiles) {
        static SessionBody of(SessionDetails d, int hints, @Nullable SessionProfiles profiles) {
            return new SessionBody(d.id(), d.name(), d.period(), d.status().name(), d.owner(), d.createdAt(),
                    d.closed(), d.closedBy(), d.closedAt(), d.closureReason(), d.receiptVersion(),
                    d.lastReceiptUpload(), d.failureReason(),
                    new Progress(d.progress().phase() == null ? null : d.progress().phase().name(),
                            d.progress().pagesDone(), d.progress().pagesTotal(), d.progress().employeesFound()),
                    new Totals(d.totals().employees(), Json.amount(d.totals().carTotal()),
                            Json.amount(d.totals().receiptTotal()), d.totals().openIssues(), d.totals().ready(),
                            hints),
                    profiles);
        }
    }

    private final SessionService sessions;
    private final IngestionService ingestion;
    private final LifecycleService lifecycle;
    private final UploadParts uploads;
    private final CurrentUser currentUser;

    private final LinksAndHints linksAndHints;

    SessionController(SessionService sessions, IngestionService ingestion, LifecycleService lifecycle,
            UploadParts uploads, CurrentUser currentUser, LinksAndHints linksAndHints) {
        this.linksAndHints = linksAndHints;
        this.sessions = sessions;
        this.ingestion = ingestion;
        this.lifecycle = lifecycle;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @GetMapping
    SessionPage list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String owner, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new AppException(ErrorCode.BAD_INPUT, "page must be ≥ 0 and size between 1 and 500.");
        }
        Actor actor = currentUser.actor();
        SessionFilter filter = new SessionFilter(statuses(status), owner, q);
        List<SessionItem> items = sessions.list(actor, filter, offset(page, size), size).stream().map(SessionItem::of).toList();
        return new SessionPage(items, sessions.count(actor, filter));
    }

    @PostMapping(consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Created create(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String period,
            @RequestPart(name = "car", required = false) @Nullable MultipartFile car,
            @RequestPart(name = "receipts", required = false) @Nullable MultipartFile receipts,
            @RequestParam(required = false) @Nullable String carProfile,
            @RequestParam(required = false) @Nullable String receiptProfile) {
        Actor actor = currentUser.actor();
        try (UploadedFile carFile = uploads.receive(car, "car"); UploadedFile receiptFile = uploads.receive(receipts, "receipts")) {
            String id = ingestion.createSession(actor, name == null ? "" : name, period, carFile, receiptFile,
                    carProfile, receiptProfile);
            return new Created(id, sessions.get(actor, id).status().name());
        }
    }

    @GetMapping("/{id}")
    SessionBody get(@PathVariable String id) {
        Actor actor = currentUser.actor();
        SessionDetails details = sessions.get(actor, id);
        return SessionBody.of(details, linksAndHints.openHints(id), ingestion.profilesOf(actor, id));
    }

    @PostMapping("/{id}/pause")
    SessionBody pause(@PathVariable String id) {
        return body(lifecycle.pause(currentUser.actor(), id));
    }

    @PostMapping("/{id}/resume")
    SessionBody resume(@PathVariable String id) {
        return body(lifecycle.resume(currentUser.actor(), id));
    }

    @PostMapping("/{id}/cancel")
    SessionBody cancel(@PathVariable String id) {
        return body(lifecycle.cancel(currentUser.actor(), id));
    }

    record CloseRequest(@Nullable String reason, @Nullable String confirm) {
    }

    record ClosedCount(int closed) {
    }

    @PostMapping("/{id}/close")
    SessionBody close(@PathVariable String id, @RequestBody(required = false) @Nullable CloseRequest request) {
        CloseRequest body = request == null ? new CloseRequest(null, null) : request;
        return body(lifecycle.close(currentUser.actor(), id, body.reason(), body.confirm()));
    }

    @PostMapping("/close-all")
    ClosedCount closeAll(@RequestBody(required = false) @Nullable CloseRequest request) {
        CloseRequest body = request == null ? new CloseRequest(null, null) : request;
        return new ClosedCount(lifecycle.closeAll(currentUser.actor(), body.reason(), body.confirm()));
    }

    record Deleted(String id, boolean deleted) {
    }

    @DeleteMapping("/{id}")
    Deleted delete(@PathVariable String id) {
        lifecycle.delete(currentUser.actor(), id);
        return new Deleted(id, true);
    }

    private static Set<SessionStatus> statuses(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(status.split(",")).map(s -> SessionStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new AppException(ErrorCode.BAD_INPUT, "Unknown status '" + status + "'; use one of "
                    + Arrays.toString(SessionStatus.values()) + ".", Map.of("field", "status"));
        }
    }

    private SessionBody body(SessionDetails details) {
        return SessionBody.of(details, linksAndHints.openHints(details.id()), null);
    }

    /** A page far past the end is an empty page, not an overflowing offset. */
    static int offset(int page, int size) {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }
}
