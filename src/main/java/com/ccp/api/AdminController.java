package com.ccp.api;

import com.ccp.admin.ActivityService;
import com.ccp.admin.AdminStats;
import com.ccp.admin.AdminStatsService;
import com.ccp.admin.CleanupCriteria;
import com.ccp.admin.CleanupResult;
import com.ccp.admin.CleanupService;
import com.ccp.admin.LegacyImportResult;
import com.ccp.admin.LegacyImportService;
import com.ccp.admin.OrphanCleanup;
import com.ccp.admin.OrphanReport;
import com.ccp.admin.OrphanService;
import com.ccp.audit.ActivityEntry;
import com.ccp.audit.ActivityQuery;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.ingestion.UploadedFile;
import com.ccp.processing.SessionStatus;
import com.ccp.security.Actor;
import com.ccp.security.CurrentUser;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The admin console's API (api.md "Admin"): every rule is in the admin services, which refuse non-admins. */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    record Jobs(int running, int failed) {
    }

    record Stats(Map<String, Integer> sessionsByStatus, int employees, int openIssues, int exports, long uploadBytes,
            long exportBytes, long databaseBytes, Jobs jobs, List<AdminStats.Month> months, AdminStats.Health health) {
        static Stats of(AdminStats s) {
            return new Stats(s.sessionsByStatus(), s.employees(), s.openIssues(), s.exports(), s.uploadBytes(),
                    s.exportBytes(), s.databaseBytes(), new Jobs(s.jobs().running(), s.jobs().failed()), s.months(),
                    s.health());
        }
    }

    record BulkDelete(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<String> status, @Nullable Integer closedOlderThanDays,
            @Nullable Integer failedOlderThanDays, @Nullable String owner, @Nullable Boolean dryRun,
            @Nullable String confirm) {
    }

    record BulkDeleted(int matched, int deleted, List<String> sessions, boolean dryRun, String confirmation,
            List<CleanupResult.Match> matches) {
        static BulkDeleted of(CleanupResult r, boolean dryRun) {
            return new BulkDeleted(r.matched(), r.deleted(), r.sessions(), dryRun, r.confirmation(), r.matches());
        }
    }

    record ActivityPage(List<ActivityEntry> items, int total, int page, int size) {
    }

    record Imported(String sessionId, int employees, int transactions, int issues, String carTotal,
            String receiptTotal, List<String> warnings) {
        static Imported of(LegacyImportResult r) {
            return new Imported(r.sessionId(), r.employees(), r.transactions(), r.issues(), Json.amount(r.carTotal()),
                    Json.amount(r.receiptTotal()), r.warnings());
        }
    }

    private final AdminStatsService stats;
    private final CleanupService cleanup;
    private final OrphanService orphans;
    private final ActivityService activity;
    private final LegacyImportService legacy;
    private final UploadParts uploads;
    private final CurrentUser currentUser;

    AdminController(AdminStatsService stats, CleanupService cleanup, OrphanService orphans, ActivityService activity,
            LegacyImportService legacy, UploadParts uploads, CurrentUser currentUser) {
        this.stats = stats;
        this.cleanup = cleanup;
        this.orphans = orphans;
        this.activity = activity;
        this.legacy = legacy;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @GetMapping("/stats")
    Stats stats() {
        return Stats.of(stats.stats(currentUser.actor()));
    }

    @PostMapping("/sessions/bulk-delete")
    BulkDeleted bulkDelete(@RequestBody(required = false) @Nullable BulkDelete body) {
        Actor actor = currentUser.actor();
        BulkDelete request = body == null ? new BulkDelete(null, null, null, null, null, null) : body;
        CleanupCriteria criteria = new CleanupCriteria(statuses(request.status()), request.closedOlderThanDays(),
                request.failedOlderThanDays(), request.owner());
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        CleanupResult result = dryRun ? cleanup.preview(actor, criteria)
                : cleanup.delete(actor, criteria, request.confirm());
        return BulkDeleted.of(result, dryRun);
    }

    @GetMapping("/orphans")
    OrphanReport orphans() {
        return orphans.orphans(currentUser.actor());
    }

    @PostMapping("/orphans/clean")
    OrphanCleanup cleanOrphans() {
        return orphans.clean(currentUser.actor());
    }

    /** A page of the search as JSON, or with {@code Accept: text/csv} the whole search as CSV (no paging). */
    @GetMapping("/activity")
    @Nullable ActivityPage activity(@RequestParam(required = false) @Nullable String user,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String session,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            HttpServletResponse response) throws IOException {
        Actor actor = currentUser.actor();
        ActivityQuery query = query(user, action, session, from, to);
        if (wantsCsv(accept)) {
            writeCsv(actor, query, response);
            return null;
        }
        if (page < 0 || size < 1 || size > 500) {
            throw new AppException(ErrorCode.BAD_INPUT, "page must be ≥ 0 and size between 1 and 500.");
        }
        return new ActivityPage(activity.search(actor, query, offset(page, size), size), activity.count(actor, query),
                page, size);
    }

    private void writeCsv(Actor actor, ActivityQuery query, HttpServletResponse response) throws IOException {
        activity.count(actor, query); // refuses a non-admin while the answer can still be an error
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("activity.csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        activity.writeCsv(actor, query, out);
        out.flush();
    }

    private static boolean wantsCsv(@Nullable String accept) {
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("csv"));
    }

    @PostMapping(value = "/legacy-import", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    Imported legacyImport(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String period,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file) {
        Actor actor = currentUser.actor();
        try (UploadedFile upload = uploads.receive(file, "file")) {
            return Imported.of(legacy.importFile(actor, name, period, upload.path()));
        }
    }

    private static ActivityQuery query(@Nullable String user, @Nullable String action, @Nullable String session,
            @Nullable String from, @Nullable String to) {
        return new ActivityQuery(user, action, session, instant(from, "from", false), instant(to, "to", true));
    }

    /** An ISO instant, or an ISO date: from its start (UTC), or for {@code to} up to its end. */
    private static @Nullable Instant instant(@Nullable String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate date = LocalDate.parse(value.strip());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new AppException(ErrorCode.BAD_INPUT, "'" + field + "' must be a date (2025-03-31) or an instant "
                    + "(2025-03-31T12:00:00Z).", Map.of("field", field));
        }
    }

    private static Set<SessionStatus> statuses(@Nullable List<String> names) {
        Set<SessionStatus> statuses = EnumSet.noneOf(SessionStatus.class);
        if (names == null) {
            return statuses;
        }
        for (String name : names) {
            try {
                statuses.add(SessionStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AppException(ErrorCode.BAD_INPUT, "Unknown status '" + name + "'; use one of "
                        + List.of(SessionStatus.values()) + ".", Map.of("field", "status"));
            }
        }
        return statuses;
    }

    /** A page far past the end is an empty page, not an overflowing offset. */
    static int offset(int page, int size) {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }
}
