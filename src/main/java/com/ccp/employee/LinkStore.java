package com.ccp.employee;

import com.ccp.base.Texts;
import com.ccp.reconciliation.LinkReason;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The link tables: links with their transactions and receipts, and what an employee holds to link. */
@Repository
public class LinkStore {

    /** A transaction as linking needs it; {@code matchedReceiptId} is the rules' match. */
    public record Item(String id, BigDecimal amount, @Nullable String matchedReceiptId) {
    }

    /** An employee's side of linking: transactions, receipts and links, read under the employee's row lock. */
    public record Holdings(String employeeRef, String employeeId, BigDecimal carTotal, BigDecimal receiptTotal,
            List<Item> transactions, List<Item> receipts, List<EmployeeLink> links) {

        public Map<String, Item> transactionsByReference() {
            Map<String, Item> byReference = new LinkedHashMap<>();
            transactions.forEach(t -> byReference.putIfAbsent(t.id(), t));
            return byReference;
        }

        public Map<String, Item> receiptsById() {
            Map<String, Item> byId = new LinkedHashMap<>();
            receipts.forEach(r -> byId.putIfAbsent(r.id(), r));
            return byId;
        }
    }

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the employee's row: every change of one employee's links and issues goes through this lock. */
    public Optional<String> lockEmployee(String sessionId, String employeeId) {
        return jdbc.sql("SELECT id FROM employee WHERE session_id = ? AND employee_id = ? FOR UPDATE")
                .params(sessionId, employeeId).query(String.class).optional();
    }

    /** Locks the row of an employee by its ref (all changes of one employee's issues and links take it first). */
    public void lockEmployee(String employeeRef) {
        jdbc.sql("SELECT id FROM employee WHERE id = ? FOR UPDATE").param(employeeRef).query(String.class).single();
    }

    public Holdings holdings(String employeeRef) {
        record Head(String employeeId, BigDecimal carTotal, BigDecimal receiptTotal) {
        }
        Head head = jdbc.sql("SELECT employee_id, car_total, receipt_total FROM employee WHERE id = ?")
                .param(employeeRef).query(Head.class).single();
        List<Item> transactions = jdbc.sql("""
                SELECT reference AS id, amount, matched_receipt_id FROM card_transaction
                WHERE employee_ref = ? ORDER BY seq""").param(employeeRef).query(Item.class).list();
        List<Item> receipts = jdbc.sql("""
                SELECT receipt_id AS id, amount, NULL AS matched_receipt_id FROM receipt
                WHERE employee_ref = ? ORDER BY receipt_date, receipt_id""").param(employeeRef).query(Item.class).list();
        return new Holdings(employeeRef, head.employeeId(), head.carTotal(), head.receiptTotal(), transactions,
                receipts, links(head.employeeId(), employeeRef, transactions, receipts));
    }

    /** Who holds a Receipt ID of the session, when it is not this employee's. */
    public Optional<String> receiptOwner(String sessionId, String receiptId) {
        return jdbc.sql("""
                SELECT e.employee_id FROM receipt r JOIN employee e ON e.id = r.employee_ref
                WHERE r.session_id = ? AND r.receipt_id = ?""").params(sessionId, receiptId).query(String.class)
                .optional();
    }

    public String insert(String sessionId, String employeeRef, List<String> references, List<String> receiptIds,
            LinkReason reason, @Nullable String note, String createdBy, Instant at) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO link (id, session_id, employee_ref, reason, note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sessionId, employeeRef, reason.name(),
                        note == null ? null : Texts.truncate(note, Texts.NOTE),
                        createdBy, Timestamp.from(at)).update();
        for (String reference : references) {
            jdbc.sql("INSERT INTO link_transaction (link_id, employee_ref, reference) VALUES (?, ?, ?)")
                    .params(id, employeeRef, reference).update();
        }
        for (String receiptId : receiptIds) {
            jdbc.sql("INSERT INTO link_receipt (link_id, session_id, receipt_id) VALUES (?, ?, ?)")
                    .params(id, sessionId, receiptId).update();
        }
        return id;
    }

    public void delete(String linkId) {
        jdbc.sql("DELETE FROM link WHERE id = ?").param(linkId).update();
    }

    /** Every link of a session, by Employee ID, with differences from the current amounts. */
    public Map<String, List<EmployeeLink>> linksOfSession(String sessionId) {
        Map<String, List<EmployeeLink>> byEmployee = new LinkedHashMap<>();
        List<String> refs = jdbc.sql("SELECT DISTINCT employee_ref FROM link WHERE session_id = ?")
                .param(sessionId).query(String.class).list();
        for (String ref : refs) {
            Holdings holdings = holdings(ref);
            byEmployee.put(holdings.employeeId(), holdings.links());
        }
        return byEmployee;
    }

    /** The employees of a session that have links, by row id. */
    public List<String> employeesWithLinks(String sessionId) {
        return jdbc.sql("SELECT DISTINCT employee_ref FROM link WHERE session_id = ?").param(sessionId)
                .query(String.class).list();
    }

    private List<EmployeeLink> links(String employeeId, String employeeRef, List<Item> transactions,
            List<Item> receipts) {
        record Row(String id, String reason, @Nullable String note, String createdBy, Timestamp createdAt) {
        }
        Map<String, BigDecimal> txAmounts = new LinkedHashMap<>();
        transactions.forEach(t -> txAmounts.putIfAbsent(t.id(), t.amount()));
        Map<String, BigDecimal> receiptAmounts = new LinkedHashMap<>();
        receipts.forEach(r -> receiptAmounts.putIfAbsent(r.id(), r.amount()));
        List<Row> rows = jdbc.sql("""
                SELECT id, reason, note, created_by, created_at FROM link
                WHERE employee_ref = ? ORDER BY created_at, id""").param(employeeRef).query(Row.class).list();
        List<EmployeeLink> links = new ArrayList<>();
        for (Row row : rows) {
            List<String> references = jdbc.sql("SELECT reference FROM link_transaction WHERE link_id = ? ORDER BY reference")
                    .param(row.id()).query(String.class).list();
            List<String> receiptIds = jdbc.sql("SELECT receipt_id FROM link_receipt WHERE link_id = ? ORDER BY receipt_id")
                    .param(row.id()).query(String.class).list();
            BigDecimal difference = BigDecimal.ZERO.setScale(2);
            for (String reference : references) {
                difference = difference.add(txAmounts.getOrDefault(reference, BigDecimal.ZERO));
            }
            for (String receiptId : receiptIds) {
                difference = difference.subtract(receiptAmounts.getOrDefault(receiptId, BigDecimal.ZERO));
            }
            links.add(new EmployeeLink(row.id(), employeeId, references, receiptIds, LinkReason.valueOf(row.reason()),
                    row.note(), row.createdBy(), row.createdAt().toInstant(), difference));
        }
        return links;
    }
}
