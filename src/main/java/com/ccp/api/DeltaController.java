package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.delta.ChangeLine;
import com.ccp.delta.ComparisonDetails;
import com.ccp.delta.DeltaService;
import com.ccp.employee.LinksAndHints;
import com.ccp.ingestion.IngestionService;
import com.ccp.ingestion.UploadedFile;
import com.ccp.processing.SessionDetails;
import com.ccp.security.CurrentUser;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import tools.jackson.databind.JsonNode;

/** Delta processing: a late receipt report, its comparison, apply and discard. */
@RestController
@RequestMapping("/api/sessions/{id}")
class DeltaController {

    record Accepted(int receiptVersion) {
    }

    record Change(String employeeId, String name, String type, String oldReceiptTotal, String newReceiptTotal,
            String delta, int oldReceiptCount, int newReceiptCount, int addedReceipts, int changedReceipts,
            @Nullable String decision) {
        static Change of(ChangeLine line) {
            return new Change(line.employeeId(), line.name(), line.type().name(), Json.amount(line.oldReceiptTotal()),
                    Json.amount(line.newReceiptTotal()), Json.amount(line.difference()), line.oldReceiptCount(),
                    line.newReceiptCount(), line.addedReceipts(), line.changedReceipts(),
                    line.decision() == null ? null : line.decision().name());
        }
    }

    record Comparison(int receiptVersion, String mode, int newReceipts, boolean pending, Instant createdAt,
            @Nullable String appliedBy, @Nullable Instant appliedAt, List<Change> changes) {
        static Comparison of(ComparisonDetails c) {
            return new Comparison(c.header().receiptVersion(), c.header().mode().name(), c.header().newReceipts(),
                    c.pending(), c.header().createdAt(), c.header().appliedBy(), c.header().appliedAt(),
                    c.changes().stream().map(Change::of).toList());
        }
    }

    private final IngestionService ingestion;
    private final DeltaService delta;
    private final UploadParts uploads;
    private final CurrentUser currentUser;

    private final LinksAndHints linksAndHints;

    DeltaController(IngestionService ingestion, DeltaService delta, UploadParts uploads, CurrentUser currentUser,
            LinksAndHints linksAndHints) {
        this.linksAndHints = linksAndHints;
        this.ingestion = ingestion;
        this.delta = delta;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @PostMapping(path = "/receipts", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted uploadReceipts(@PathVariable String id,
            @RequestPart(name = "receipts", required = false) @Nullable MultipartFile receipts,
            @RequestParam(required = false) @Nullable String replace,
            @RequestParam(required = false) @Nullable String receiptProfile) {
        boolean replaceAll = flag(replace);
        try (UploadedFile file = uploads.receive(receipts, "receipts")) {
            return new Accepted(ingestion.addReceiptReport(currentUser.actor(), id, file, replaceAll, receiptProfile));
        }
    }

    @GetMapping("/comparison")
    Comparison comparison(@PathVariable String id) {
        return Comparison.of(delta.comparison(currentUser.actor(), id));
    }

    @PostMapping("/comparison/apply")
    SessionController.SessionBody apply(@PathVariable String id, @RequestBody(required = false) @Nullable JsonNode body) {
        return body(delta.apply(currentUser.actor(), id, selection(body)));
    }

    @PostMapping("/comparison/discard")
    SessionController.SessionBody discard(@PathVariable String id) {
        return body(delta.discard(currentUser.actor(), id));
    }

    private static boolean flag(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw new AppException(ErrorCode.BAD_INPUT, "replace must be true or false, not '" + value
                    + "'.", java.util.Map.of("field", "replace"));
        };
    }

    /** {@code {accept: "ALL" | [employeeId], reject: [employeeId]}}; unnamed changes count as rejected. */
    static DeltaService.Selection selection(@Nullable JsonNode body) {
        JsonNode accept = body == null ? null : body.get("accept");
        if (accept != null && accept.isString() && "ALL".equalsIgnoreCase(accept.asString())) {
            return DeltaService.Selection.acceptAll();
        }
        return DeltaService.Selection.of(ids(accept, "accept"), ids(body == null ? null : body.get("reject"), "reject"));
    }

    private static Set<String> ids(@Nullable JsonNode node, String field) {
        Set<String> ids = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return ids;
        }
        if (!node.isArray()) {
            throw new AppException(ErrorCode.BAD_INPUT, field + " must be \"ALL\" or a list of employee IDs.",
                    java.util.Map.of("field", field));
        }
        node.forEach(n -> {
            if (!n.isString() && !n.isNumber()) {
                throw new AppException(ErrorCode.BAD_INPUT, field + " must list employee IDs as strings.",
                        java.util.Map.of("field", field));
            }
            ids.add(n.asString());
        });
        return ids;
    }

    private SessionController.SessionBody body(SessionDetails details) {
        return SessionController.SessionBody.of(details, linksAndHints.openHints(details.id()), null);
    }
}
