package com.ccp.admin;

import com.ccp.base.AppProperties;
import com.ccp.employee.EmployeeTotals;
import com.ccp.export.BatchRecords;
import com.ccp.processing.SessionCounts;
import com.ccp.processing.SessionService;
import com.ccp.processing.SessionStatus;
import com.ccp.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin dashboard's statistics, read from the database and the storage directories. */
@Service
public class AdminStatsService {

    /** How many calendar months the dashboard's charts show, the current one included. */
    public static final int MONTHS = 12;

    private static final Logger log = LoggerFactory.getLogger(AdminStatsService.class);

    private final JdbcClient jdbc;
    private final SessionService sessions;
    private final EmployeeTotals employees;
    private final BatchRecords batches;
    private final Path uploads;
    private final Path exports;
    private final Clock clock;

    AdminStatsService(JdbcClient jdbc, SessionService sessions, EmployeeTotals employees, BatchRecords batches,
            AppProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.employees = employees;
        this.batches = batches;
        this.uploads = properties.uploadPath().toAbsolutePath().normalize();
        this.exports = properties.exportPath().toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AdminStats stats(Actor actor) {
        Admins.require(actor);
        YearMonth current = YearMonth.now(clock);
        YearMonth first = current.minusMonths(MONTHS - 1);
        Instant since = first.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        SessionCounts sessionCounts = sessions.counts(since);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        sessionCounts.byStatus().forEach((status, n) -> byStatus.put(status.name(), n));
        int running = Arrays.stream(SessionStatus.values()).filter(SessionStatus::running)
                .mapToInt(sessionCounts.byStatus()::get).sum();
        return new AdminStats(byStatus, employees.employees(), employees.openIssues(), batches.count(),
                bytesUnder(uploads), bytesUnder(exports), databaseBytes(),
                new AdminStats.Jobs(running, sessionCounts.byStatus().get(SessionStatus.FAILED)),
                months(first, current, sessionCounts.perMonth(), batches.createdPerMonth(since)), health());
    }

    private long databaseBytes() {
        Long bytes = jdbc.sql("""
                SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables
                WHERE table_schema = DATABASE()""").query(Long.class).single();
        return bytes == null ? 0 : bytes;
    }

    private static List<AdminStats.Month> months(YearMonth first, YearMonth current, Map<String, Integer> sessions,
            Map<String, Integer> batches) {
        List<AdminStats.Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            String key = month.toString();
            months.add(new AdminStats.Month(key, sessions.getOrDefault(key, 0), batches.getOrDefault(key, 0)));
        }
        return months;
    }

    private AdminStats.Health health() {
        boolean database;
        try {
            database = jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (RuntimeException e) {
            log.warn("The database did not answer the health check: {}", e.getMessage());
            database = false;
        }
        boolean uploadsOk = Files.isDirectory(uploads) && Files.isWritable(uploads);
        boolean exportsOk = Files.isDirectory(exports) && Files.isWritable(exports);
        long free;
        try {
            free = Files.getFileStore(uploads).getUsableSpace();
        } catch (IOException e) {
            free = -1;
        }
        String status = database && uploadsOk && exportsOk ? "UP" : "DOWN";
        return new AdminStats.Health(status, database, uploadsOk, exportsOk, free);
    }

    static long bytesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(AdminStatsService::sizeQuietly).sum();
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not measure {}: {}", root, e.getMessage());
            return 0;
        }
    }

    private static long sizeQuietly(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // deleted while walking
        }
    }
}
