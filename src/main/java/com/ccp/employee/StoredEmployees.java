package com.ccp.employee;

import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Flag;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read model for a late receipt report's comparison: what the session holds now of its employees
 * (receipts with their file versions, issues, links).
 */
@Repository
public class StoredEmployees {

    private final JdbcClient jdbc;
    private final LinkStore links;

    StoredEmployees(JdbcClient jdbc, LinkStore links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    /** Every employee of the session with their receipts (with file versions) and receipt-file integrity findings. */
    public Map<String, StoredEmployee> of(String sessionId) {
        Map<String, List<VersionedReceipt>> receipts = new HashMap<>();
        jdbc.sql("""
                SELECT e.employee_id, r.receipt_id, r.receipt_date, r.merchant, r.amount, r.address, r.title, r.purpose,
                       r.attachment, r.attachment_pages, r.page, r.file_version
                FROM receipt r JOIN employee e ON e.id = r.employee_ref
                WHERE r.session_id = ? ORDER BY r.file_version, r.page, r.receipt_id""")
                .param(sessionId)
                .query(rs -> {
                    receipts.computeIfAbsent(rs.getString("employee_id"), k -> new ArrayList<>())
                            .add(versionedReceipt(rs));
                });
        Map<String, List<Finding>> integrity = new HashMap<>();
        jdbc.sql("""
                SELECT e.employee_id, i.flag, i.finding_key, i.detail, i.amount_impact
                FROM issue i JOIN employee e ON e.id = i.employee_ref
                WHERE i.session_id = ? AND i.finding_key LIKE 'FILE_INTEGRITY:RECEIPT%'""")
                .param(sessionId)
                .query((rs, n) -> integrity.computeIfAbsent(rs.getString("employee_id"), k -> new ArrayList<>())
                        .add(new Finding(Flag.valueOf(rs.getString("flag")), rs.getString("finding_key"),
                                rs.getString("detail"), rs.getBigDecimal("amount_impact"))))
                .list();
        Map<String, List<StoredEmployee.LinkedItems>> linked = new HashMap<>();
        links.linksOfSession(sessionId).forEach((employeeId, list) -> linked.put(employeeId, list.stream()
                .map(link -> new StoredEmployee.LinkedItems(link.transactions(), link.receipts())).toList()));
        Map<String, StoredEmployee> employees = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT employee_id, COALESCE(car_name, receipt_name, employee_id) AS name, in_car, receipt_name
                FROM employee WHERE session_id = ? ORDER BY employee_id""")
                .param(sessionId)
                .query((rs, n) -> {
                    String id = rs.getString("employee_id");
                    return new StoredEmployee(id, rs.getString("name"), rs.getBoolean("in_car"),
                            rs.getString("receipt_name"), receipts.getOrDefault(id, List.of()),
                            integrity.getOrDefault(id, List.of()), linked.getOrDefault(id, List.of()));
                })
                .list().forEach(e -> employees.put(e.employeeId(), e));
        return employees;
    }

    /** Receipt ID → the Employee ID holding it now. */
    public Map<String, String> receiptOwners(String sessionId) {
        return jdbc.sql("""
                SELECT r.receipt_id, e.employee_id FROM receipt r JOIN employee e ON e.id = r.employee_ref
                WHERE r.session_id = ?""").param(sessionId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** One employee's receipts as the session holds them now, with their file versions. */
    public List<VersionedReceipt> receiptsOf(String sessionId, String employeeId) {
        return jdbc.sql("""
                SELECT r.receipt_id, r.receipt_date, r.merchant, r.amount, r.address, r.title, r.purpose,
                       r.attachment, r.attachment_pages, r.page, r.file_version
                FROM receipt r JOIN employee e ON e.id = r.employee_ref
                WHERE r.session_id = ? AND e.employee_id = ? ORDER BY r.file_version, r.page, r.receipt_id""")
                .params(sessionId, employeeId)
                .query((rs, n) -> versionedReceipt(rs))
                .list();
    }

    /** An issue as the session holds it now. */
    public record Issue(String flag, String key, String detail, @Nullable BigDecimal amountImpact, boolean resolved) {
    }

    /** One employee's issues as the session holds them now. */
    public List<Issue> issuesOf(String sessionId, String employeeId) {
        return jdbc.sql("""
                SELECT i.flag, i.finding_key, i.detail, i.amount_impact, i.resolved
                FROM issue i JOIN employee e ON e.id = i.employee_ref
                WHERE i.session_id = ? AND e.employee_id = ? ORDER BY i.flag, i.finding_key""")
                .params(sessionId, employeeId)
                .query((rs, n) -> new Issue(rs.getString("flag"), rs.getString("finding_key"), rs.getString("detail"),
                        rs.getBigDecimal("amount_impact"), rs.getBoolean("resolved")))
                .list();
    }

    private static VersionedReceipt versionedReceipt(ResultSet rs) throws SQLException {
        Receipt receipt = new Receipt(rs.getString("receipt_id"), rs.getDate("receipt_date").toLocalDate(),
                rs.getString("merchant"), rs.getBigDecimal("amount"), rs.getString("address"), rs.getString("title"),
                rs.getString("purpose"), rs.getBoolean("attachment"), rs.getInt("attachment_pages"), rs.getInt("page"));
        return new VersionedReceipt(receipt, rs.getInt("file_version"));
    }
}
