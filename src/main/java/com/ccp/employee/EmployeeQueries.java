package com.ccp.employee;

import com.ccp.report.PageRange;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of a session's employees, transactions, receipts, issues and revisions. */
@Repository
public class EmployeeQueries {

    private static final String EMPLOYEE = """
            SELECT id, employee_id, COALESCE(car_name, receipt_name, employee_id) AS name, card_last4, car_total,
                   receipt_total, transaction_count, receipt_count, car_first_page, car_last_page, flags,
                   open_issues, revision,
                   (SELECT COUNT(DISTINCT h.id) FROM hint_item hi JOIN hint h ON h.id = hi.hint_id
                    WHERE hi.employee_ref = employee.id AND NOT h.dismissed) AS hints
            FROM employee""";

    private final JdbcClient jdbc;

    EmployeeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EmployeeRow> employees(String sessionId, EmployeeFilter filter) {
        StringBuilder sql = new StringBuilder(EMPLOYEE).append(" WHERE session_id = :session");
        Map<String, Object> params = new HashMap<>(Map.of("session", sessionId));
        if (filter.flag() != null && !filter.flag().isBlank()) {
            sql.append(" AND FIND_IN_SET(:flag, flags) > 0");
            params.put("flag", filter.flag());
        }
        String search = filter.searchPattern();
        if (search != null) {
            sql.append(" AND (LOWER(employee_id) LIKE :search OR LOWER(COALESCE(car_name, receipt_name, employee_id))"
                    + " LIKE :search)");
            params.put("search", search);
        }
        if (filter.hasHints()) {
            sql.append(" AND EXISTS (SELECT 1 FROM hint_item hi JOIN hint h ON h.id = hi.hint_id"
                    + " WHERE hi.employee_ref = employee.id AND NOT h.dismissed)");
        }
        if (filter.status() == EmployeeFilter.Status.READY) {
            sql.append(" AND open_issues = 0");
        } else if (filter.status() == EmployeeFilter.Status.EXCEPTION) {
            sql.append(" AND open_issues > 0");
        }
        sql.append(" ORDER BY employee_id");
        Map<String, List<EmployeeRow.VersionPages>> pages = receiptPages(sessionId);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> employee(rs, pages.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    public Optional<EmployeeRow> employee(String sessionId, String employeeId) {
        Map<String, List<EmployeeRow.VersionPages>> pages = receiptPages(sessionId);
        return jdbc.sql(EMPLOYEE + " WHERE session_id = ? AND employee_id = ?").params(sessionId, employeeId)
                .query((rs, row) -> employee(rs, pages.getOrDefault(rs.getString("id"), List.of())))
                .optional();
    }

    public List<StoredTransaction> transactions(String employeeRef) {
        return jdbc.sql("""
                SELECT reference, trans_date, post_date, merchant, amount, job, phase, cost_type, gl_account,
                       description, page, matched_receipt_id
                FROM card_transaction WHERE employee_ref = ? ORDER BY seq""")
                .param(employeeRef).query(StoredTransaction.class).list();
    }

    public List<EmployeeDetail.ReceiptLine> receipts(String employeeRef) {
        return jdbc.sql("""
                SELECT receipt_id, receipt_date AS date, merchant, amount, address, title, purpose, attachment,
                       attachment_pages, file_version, page, NULL AS matched_by
                FROM receipt WHERE employee_ref = ? ORDER BY receipt_date, receipt_id""")
                .param(employeeRef).query(EmployeeDetail.ReceiptLine.class).list();
    }

    public List<EmployeeDetail.IssueLine> issues(String employeeRef) {
        return jdbc.sql("""
                SELECT id, flag, detail, amount_impact, resolved, resolution_reason, resolved_by, resolved_at, note
                FROM issue WHERE employee_ref = ? ORDER BY resolved, flag, detail""")
                .param(employeeRef).query(EmployeeDetail.IssueLine.class).list();
    }

    public List<EmployeeDetail.RevisionLine> revisions(String employeeRef) {
        return jdbc.sql("""
                SELECT revision, car_total, receipt_total, change_summary, created_by, created_at, previous_car_total,
                       previous_receipt_total, amount_changed, receipt_version_processed
                FROM employee_revision WHERE employee_ref = ? ORDER BY revision DESC""")
                .param(employeeRef).query(EmployeeDetail.RevisionLine.class).list();
    }

    public List<ReadingWarning> warnings(String sessionId) {
        return jdbc.sql("SELECT source, page, message FROM parse_warning WHERE session_id = ? ORDER BY id")
                .param(sessionId).query(ReadingWarning.class).list();
    }

    /** The stored form of a transaction, before it is joined with its receipt. */
    public record StoredTransaction(String reference, java.time.LocalDate transDate, java.time.LocalDate postDate,
            String merchant, BigDecimal amount, @Nullable String job, @Nullable String phase,
            @Nullable String costType, @Nullable String glAccount, @Nullable String description, int page,
            @Nullable String matchedReceiptId) {
    }

    private Map<String, List<EmployeeRow.VersionPages>> receiptPages(String sessionId) {
        Map<String, List<EmployeeRow.VersionPages>> result = new HashMap<>();
        jdbc.sql("""
                SELECT p.employee_ref, p.version, p.first_page, p.last_page
                FROM employee_receipt_pages p JOIN employee e ON e.id = p.employee_ref
                WHERE e.session_id = ? ORDER BY p.version""")
                .param(sessionId)
                .query(rs -> {
                    result.computeIfAbsent(rs.getString(1), ref -> new ArrayList<>()).add(
                            new EmployeeRow.VersionPages(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
        return result;
    }

    private static EmployeeRow employee(ResultSet rs, List<EmployeeRow.VersionPages> pages) throws SQLException {
        int carFirst = rs.getInt("car_first_page");
        PageRange carPages = rs.wasNull() ? null : new PageRange(carFirst, rs.getInt("car_last_page"));
        PageRange receiptPages = pages.stream().max(Comparator.comparingInt(EmployeeRow.VersionPages::version))
                .map(p -> new PageRange(p.first(), p.last())).orElse(null);
        String flags = rs.getString("flags");
        return new EmployeeRow(rs.getString("id"), rs.getString("employee_id"), rs.getString("name"),
                rs.getString("card_last4"), rs.getBigDecimal("car_total"), rs.getBigDecimal("receipt_total"),
                rs.getInt("transaction_count"), rs.getInt("receipt_count"), carPages, receiptPages, pages,
                flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")), rs.getInt("open_issues"),
                rs.getInt("revision"), rs.getInt("hints"), null);
    }
}
