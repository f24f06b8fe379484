package com.ccp.admin;

import com.ccp.base.AppProperties;
import com.ccp.processing.SessionStatus;
import com.ccp.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    private final Path uploads;
    private final Path exports;
    private final Clock clock;

    AdminStatsService(JdbcClient jdbc, AppProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.uploads = properties.uploadPath().toAbsolutePath().normalize();
        this.exports = properties.exportPath().toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AdminStats stats(Actor actor) {
        Admins.require(actor);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Arrays.stream(SessionStatus.values()).forEach(s -> byStatus.put(s.name(), 0));
        jdbc.sql("SELECT status, COUNT(*) AS n FROM processing_session GROUP BY status")
                .query((rs, row) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .list().forEach(e -> byStatus.put(e.getKey(), e.getValue()));
        int running = Arrays.stream(SessionStatus.values()).filter(SessionStatus::running)
                .mapToInt(s -> byStatus.get(s.name())).sum();
        return new AdminStats(byStatus, count("SELECT COUNT(*) FROM employee"),
                count("SELECT COUNT(*) FROM issue WHERE resolved = FALSE"), count("SELECT COUNT(*) FROM export_batch"),
                bytesUnder(uploads), bytesUnder(exports), databaseBytes(),
                new AdminStats.Jobs(running, byStatus.get(SessionStatus.FAILED.name())), months(), health());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private long databaseBytes() {
        Long bytes = jdbc.sql("""
                SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables
                WHERE table_schema = DATABASE()""").query(Long.class).single();
        return bytes == null ? 0 : bytes;
    }

    private List<AdminStats.Month> months() {
        YearMonth current = YearMonth.now(clock);
        YearMonth first = current.minusMonths(MONTHS - 1);
        var since = java.sql.Timestamp.from(first.atDay(1).atStartOfDay(clock.getZone()).toInstant());
        Map<String, Integer> sessions = perMonth("processing_session", since);
        Map<String, Integer> batches = perMonth("export_batch", since);
        List<AdminStats.Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            String key = month.toString();
            months.add(new AdminStats.Month(key, sessions.getOrDefault(key, 0), batches.getOrDefault(key, 0)));
        }
        return months;
    }

    private Map<String, Integer> perMonth(String table, java.sql.Timestamp since) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, COUNT(*) AS n FROM " + table
                        + " WHERE created_at >= ? GROUP BY month")
                .param(since)
                .query((rs, row) -> Map.entry(rs.getString("month"), rs.getInt("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
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
