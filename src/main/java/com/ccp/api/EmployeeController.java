package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.employee.EmployeeDetail;
import com.ccp.employee.EmployeeFilter;
import com.ccp.employee.EmployeeLink;
import com.ccp.employee.EmployeeRow;
import com.ccp.employee.ResolutionReason;
import com.ccp.export.ExportService;
import com.ccp.reconciliation.LinkReason;
import com.ccp.reconciliation.Suggestion;
import com.ccp.review.EmployeeService;
import com.ccp.review.HintService;
import com.ccp.review.LinkRequest;
import com.ccp.review.LinkService;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.ccp.storage.ReportKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Employees of a session, their details, page images and resolving issues. */
@RestController
@RequestMapping("/api/sessions/{id}")
class EmployeeController {

    record PagesOfVersion(int version, int first, int last) {
    }

    record EmployeeItem(String employeeId, String name, @Nullable String cardLast4, String carTotal,
            String receiptTotal, int transactionCount, int receiptCount, @Nullable List<Integer> carPages,
            @Nullable List<Integer> receiptPages, List<PagesOfVersion> receiptPagesByVersion, List<String> flags,
            String status, int revision, boolean exported, @Nullable String exportBatchId, int hints) {
        static EmployeeItem of(EmployeeRow e, @Nullable String exportBatchId) {
            return new EmployeeItem(e.employeeId(), e.name(), e.cardLast4(), Json.amount(e.carTotal()),
                    Json.amount(e.receiptTotal()), e.transactionCount(), e.receiptCount(), Json.pages(e.carPages()),
                    Json.pages(e.receiptPages()),
                    e.receiptPagesByVersion().stream().map(p -> new PagesOfVersion(p.version(), p.first(), p.last()))
                            .toList(),
                    e.flags(), e.ready() ? "READY" : "EXCEPTION", e.revision(), exportBatchId != null, exportBatchId,
                    e.hints());
        }
    }

    record ReceiptBody(String receiptId, LocalDate date, String merchant, String amount, @Nullable String address,
            @Nullable String title, @Nullable String purpose, boolean attachment, int attachmentPages, int fileVersion,
            int page, @Nullable String matchedBy) {
        static @Nullable ReceiptBody of(EmployeeDetail.@Nullable ReceiptLine r) {
            return r == null ? null : new ReceiptBody(r.receiptId(), r.date(), r.merchant(), Json.amount(r.amount()),
                    r.address(), r.title(), r.purpose(), r.attachment(), r.attachmentPages(), r.fileVersion(), r.page(),
                    r.matchedBy() == null ? null : r.matchedBy().name());
        }
    }

    record CandidateBody(@Nullable ReceiptBody receipt, String reason) {
    }

    record TransactionBody(String reference, LocalDate transDate, LocalDate postDate, String merchant, String amount,
            @Nullable String job, @Nullable String phase, @Nullable String costType, @Nullable String glAccount,
            @Nullable String description, int page, boolean coded, @Nullable String matchedReceiptId,
            List<CandidateBody> closestReceipts, @Nullable String matchedBy, @Nullable String linkId) {
        static TransactionBody of(EmployeeDetail.TransactionLine t) {
            return new TransactionBody(t.reference(), t.transDate(), t.postDate(), t.merchant(), Json.amount(t.amount()),
                    t.job(), t.phase(), t.costType(), t.glAccount(), t.description(), t.page(), t.coded(),
                    t.matchedReceipt() == null ? null : t.matchedReceipt().receiptId(),
                    t.closestReceipts().stream().map(c -> new CandidateBody(ReceiptBody.of(c.receipt()), c.reason()))
                            .toList(), t.matchedBy() == null ? null : t.matchedBy().name(), t.linkId());
        }
    }

    record HistoryBody(String action, @Nullable String reason, @Nullable String note, String by, Instant at) {
    }

    record IssueBody(String id, String flag, String detail, @Nullable String amountImpact, boolean resolved,
            @Nullable String reason, @Nullable String resolvedBy, @Nullable Instant resolvedAt, @Nullable String note,
            @Nullable List<HistoryBody> history) {
        static IssueBody of(EmployeeDetail.IssueLine i) {
            return of(i, null);
        }

        static IssueBody of(EmployeeDetail.IssueLine i, @Nullable List<EmployeeDetail.IssueEvent> events) {
            return new IssueBody(i.id(), i.flag(), i.detail(), Json.amountOrNull(i.amountImpact()), i.resolved(),
                    i.resolutionReason(), i.resolvedBy(), i.resolvedAt(), i.note(), events == null ? null
                            : events.stream().filter(e -> e.issueId().equals(i.id()))
                                    .map(e -> new HistoryBody(e.action(), e.reason(), e.note(), e.actor(), e.at()))
                                    .toList());
        }
    }

    record LinkBody(String id, List<String> transactions, List<String> receipts, String reason, @Nullable String note,
            String createdBy, Instant createdAt, String difference) {
        static LinkBody of(EmployeeLink l) {
            return new LinkBody(l.id(), l.transactions(), l.receipts(), l.reason().name(), l.note(), l.createdBy(),
                    l.createdAt(), Json.amount(l.difference()));
        }
    }

    record SuggestionBody(List<String> transactions, List<String> receipts, String reason, String difference) {
        static SuggestionBody of(Suggestion s) {
            return new SuggestionBody(s.transactions(), s.receipts(), s.reason().name(), Json.amount(s.difference()));
        }
    }

    record HintBody(String id, String type, List<String> transactions, List<String> receipts, String detail,
            boolean dismissed, @Nullable String dismissedBy, @Nullable Instant dismissedAt, @Nullable String note) {
        static HintBody of(EmployeeDetail.HintLine h) {
            return new HintBody(h.id(), h.type(), h.transactions(), h.receipts(), h.detail(), h.dismissed(),
                    h.dismissedBy(), h.dismissedAt(), h.note());
        }
    }

    record RevisionBody(int revision, String carTotal, String receiptTotal, String change, String createdBy,
            Instant createdAt, @Nullable String previousCarTotal, @Nullable String previousReceiptTotal,
            boolean amountChanged, @Nullable Integer receiptVersionProcessed) {
        static RevisionBody of(EmployeeDetail.RevisionLine r) {
            return new RevisionBody(r.revision(), Json.amount(r.carTotal()), Json.amount(r.receiptTotal()),
                    r.changeSummary(), r.createdBy(), r.createdAt(), Json.amountOrNull(r.previousCarTotal()),
                    Json.amountOrNull(r.previousReceiptTotal()), r.amountChanged(), r.receiptVersionProcessed());
        }
    }

    record EmployeeBody(String employeeId, String name, @Nullable String cardLast4, String carTotal,
            String receiptTotal, int transactionCount, int receiptCount, @Nullable List<Integer> carPages,
            @Nullable List<Integer> receiptPages, List<PagesOfVersion> receiptPagesByVersion, List<String> flags,
            String status, int revision, boolean exported, @Nullable String exportBatchId,
            List<TransactionBody> transactions, List<@Nullable ReceiptBody> receipts, List<IssueBody> issues,
            List<RevisionBody> revisions, int hintCount, List<LinkBody> links, List<SuggestionBody> suggestions,
            List<HintBody> hints) {
        static EmployeeBody of(EmployeeDetail d, @Nullable String exportBatchId) {
            EmployeeItem e = EmployeeItem.of(d.employee(), exportBatchId);
            return new EmployeeBody(e.employeeId(), e.name(), e.cardLast4(), e.carTotal(), e.receiptTotal(),
                    e.transactionCount(), e.receiptCount(), e.carPages(), e.receiptPages(), e.receiptPagesByVersion(),
                    e.flags(), e.status(), e.revision(), e.exported(), e.exportBatchId(),
                    d.transactions().stream().map(TransactionBody::of).toList(),
                    d.receipts().stream().map(ReceiptBody::of).toList(),
                    d.issues().stream().map(i -> IssueBody.of(i, d.issueHistory())).toList(),
                    d.revisions().stream().map(RevisionBody::of).toList(), e.hints(),
                    d.links().stream().map(LinkBody::of).toList(),
                    d.suggestions().stream().map(SuggestionBody::of).toList(),
                    d.hints().stream().map(HintBody::of).toList());
        }
    }

    record Resolve(@Nullable String reason, @Nullable String note) {
    }

    record Note(@Nullable String note) {
    }

    record LinkBodyIn(@Nullable List<String> transactions, @Nullable List<String> receipts, @Nullable String reason,
            @Nullable String note) {
    }

    private final EmployeeService employees;
    private final LinkService links;
    private final HintService hints;
    private final ExportService exports;
    private final CurrentUser currentUser;

    EmployeeController(EmployeeService employees, LinkService links, HintService hints, ExportService exports,
            CurrentUser currentUser) {
        this.links = links;
        this.hints = hints;
        this.employees = employees;
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GetMapping("/employees")
    List<EmployeeItem> list(@PathVariable String id, @RequestParam(required = false) @Nullable String flag,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false, defaultValue = "false") boolean hasHints) {
        EmployeeFilter filter = new EmployeeFilter(flag == null || flag.isBlank() ? null : flag.toUpperCase(Locale.ROOT),
                status == null || status.isBlank() ? null : parse(EmployeeFilter.Status.class, status, "status"),
                hasHints);
        Actor actor = currentUser.actor();
        Map<String, String> exported = exports.exportedCurrentRevisions(actor, id);
        return employees.employees(actor, id, filter).stream()
                .map(e -> EmployeeItem.of(e, exported.get(e.employeeId()))).toList();
    }

    @GetMapping("/employees/{employeeId}")
    EmployeeBody get(@PathVariable String id, @PathVariable String employeeId) {
        Actor actor = currentUser.actor();
        return EmployeeBody.of(employees.employee(actor, id, employeeId),
                exports.exportedCurrentRevisions(actor, id).get(employeeId));
    }

    @PostMapping("/issues/{issueId}/resolve")
    IssueBody resolve(@PathVariable String id, @PathVariable String issueId, @RequestBody Resolve body) {
        ResolutionReason reason = body.reason() == null ? null : parse(ResolutionReason.class, body.reason(), "reason");
        return IssueBody.of(employees.resolveIssue(currentUser.actor(), id, issueId, reason, body.note()));
    }

    @PostMapping("/employees/{employeeId}/resolve-all")
    EmployeeBody resolveAll(@PathVariable String id, @PathVariable String employeeId, @RequestBody Resolve body) {
        ResolutionReason reason = body.reason() == null ? null : parse(ResolutionReason.class, body.reason(), "reason");
        Actor actor = currentUser.actor();
        return EmployeeBody.of(employees.resolveAll(actor, id, employeeId, reason, body.note()),
                exports.exportedCurrentRevisions(actor, id).get(employeeId));
    }

    @PostMapping("/issues/{issueId}/reopen")
    IssueBody reopen(@PathVariable String id, @PathVariable String issueId, @RequestBody Note body) {
        return IssueBody.of(employees.reopenIssue(currentUser.actor(), id, issueId, body.note()));
    }

    @PostMapping("/employees/{employeeId}/links")
    @ResponseStatus(HttpStatus.CREATED)
    EmployeeBody link(@PathVariable String id, @PathVariable String employeeId, @RequestBody LinkBodyIn body) {
        LinkReason reason = body.reason() == null ? null : parse(LinkReason.class, body.reason(), "reason");
        Actor actor = currentUser.actor();
        LinkRequest request = new LinkRequest(items(body.transactions()), items(body.receipts()), reason, body.note());
        return EmployeeBody.of(links.link(actor, id, employeeId, request),
                exports.exportedCurrentRevisions(actor, id).get(employeeId));
    }

    @DeleteMapping("/employees/{employeeId}/links/{linkId}")
    EmployeeBody unlink(@PathVariable String id, @PathVariable String employeeId, @PathVariable String linkId) {
        Actor actor = currentUser.actor();
        return EmployeeBody.of(links.unlink(actor, id, employeeId, linkId),
                exports.exportedCurrentRevisions(actor, id).get(employeeId));
    }

    @PostMapping("/hints/{hintId}/dismiss")
    HintBody dismiss(@PathVariable String id, @PathVariable String hintId, @RequestBody Note body) {
        return HintBody.of(hints.dismiss(currentUser.actor(), id, hintId, body.note()));
    }

    private static List<String> items(@Nullable List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new AppException(ErrorCode.BAD_INPUT, "A reference or Receipt ID is empty.", Map.of("field", "items"));
        }
        return values.stream().map(String::strip).toList();
    }

    /** A page of the CAR ({@code car}, version 1) or of a receipt file version ({@code receipts}), as PNG. */
    @GetMapping("/pages/{kind}/{version}/{page}")
    ResponseEntity<byte[]> page(@PathVariable String id, @PathVariable String kind, @PathVariable int version,
            @PathVariable int page) {
        ReportKind reportKind = parse(ReportKind.class, kind, "kind");
        byte[] png = employees.pageImage(currentUser.actor(), id, reportKind, version, page);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate()).body(png);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppException(ErrorCode.BAD_INPUT, "Unknown " + field + " '" + value + "'.", Map.of("field", field));
        }
    }
}
