package com.ccp.admin;

import com.ccp.audit.ActivityLog;
import com.ccp.audit.AuditAction;
import com.ccp.audit.ChangeGuard;
import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.employee.EmployeeWriter;
import com.ccp.employee.ReadingWarning;
import com.ccp.processing.SessionService;
import com.ccp.reconciliation.ReconciledEmployee;
import com.ccp.report.ParseWarning;
import com.ccp.security.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the old tool's {@code activity.json} as one COMPLETED session owned by the importing admin,
 * all or nothing: the file is read and checked completely before anything is stored, and the session
 * with its employees, transactions and issues is written in one transaction.
 */
@Service
public class LegacyImportService {

    private static final Logger log = LoggerFactory.getLogger(LegacyImportService.class);
    private static final AuditAction ACTION = AuditAction.LEGACY_IMPORT;

    private final SessionService sessions;
    private final EmployeeWriter store;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final ChangeGuard guard;

    LegacyImportService(SessionService sessions, EmployeeWriter store, ActivityLog activityLog, Clock clock,
            ChangeGuard guard) {
        this.sessions = sessions;
        this.store = store;
        this.activityLog = activityLog;
        this.clock = clock;
        this.guard = guard;
    }

    @Transactional
    public LegacyImportResult importFile(Actor actor, @Nullable String name, @Nullable String period, Path file) {
        guard.requireAdmin(actor, AuditAction.LEGACY_IMPORT, null, Admins.ONLY_ADMINS);
        String sessionName = requireName(name);
        String statementPeriod = requirePeriod(period);
        LegacyActivityFile.Content content;
        try (InputStream in = Files.newInputStream(file)) {
            content = LegacyActivityFile.read(in);
        } catch (AppException e) {
            activityLog.refusal(actor, ACTION, null, "'" + sessionName + "': " + e.getMessage());
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ReconciledEmployee> employees = content.employees();
        String sessionId = sessions.createProcessing(actor, sessionName, statementPeriod, "");
        store.saveFirstRead(sessionId, 1, employees, content.warnings().stream()
                        .map(w -> new EmployeeWriter.Warning(ReadingWarning.LEGACY, new ParseWarning(0, w))).toList(),
                actor.username(), clock.instant());
        sessions.complete(sessionId, 0, employees.size());
        LegacyImportResult result = new LegacyImportResult(sessionId, employees.size(),
                employees.stream().mapToInt(e -> e.transactions().size()).sum(),
                employees.stream().mapToInt(e -> e.findings().size()).sum(),
                employees.stream().map(ReconciledEmployee::carTotal).reduce(BigDecimal.ZERO, BigDecimal::add),
                employees.stream().map(ReconciledEmployee::receiptTotal).reduce(BigDecimal.ZERO, BigDecimal::add),
                content.warnings());
        activityLog.success(actor, ACTION, sessionId, "imported '" + sessionName + "' for " + statementPeriod + ": "
                + result.employees() + " employees, " + result.transactions() + " transactions, " + result.issues()
                + " issues");
        log.info("Legacy import by {} created session {} ({} employees)", actor.username(), sessionId, result.employees());
        return result;
    }

    private static String requireName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new AppException(ErrorCode.BAD_INPUT, "Give the imported session a name, e.g. \"March 2025\".",
                    Map.of("field", "name"));
        }
        if (name.strip().length() > 200) {
            throw new AppException(ErrorCode.BAD_INPUT, "The name may have at most 200 characters.",
                    Map.of("field", "name"));
        }
        return name.strip();
    }

    private static String requirePeriod(@Nullable String period) {
        try {
            if (period != null && period.strip().matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(period.strip()).toString();
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new AppException(ErrorCode.BAD_INPUT, "Give the statement period as YYYY-MM, e.g. 2025-03; the old "
                + "tool's file does not name it.", Map.of("field", "period"));
    }
}
