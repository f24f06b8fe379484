package com.ccp.review;

import com.ccp.base.Texts;
import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Flag;
import com.ccp.reconciliation.ReconciledEmployee;
import com.ccp.reconciliation.TransactionMatch;
import com.ccp.report.CarTransaction;
import com.ccp.report.ParseWarning;
import com.ccp.report.Receipt;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import com.ccp.reconciliation.HintFinder;
import java.util.Comparator;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the result of reading a session's reports: employees with their transactions, receipts,
 * page ranges, revision 1 and issues, and the parse warnings — in batches, inside the caller's
 * transaction, with application-assigned ids (no generated-key round trips).
 */
@Repository
public class ReconciliationStore {

    public record Warning(String source, ParseWarning warning) {
    }

    private final JdbcTemplate jdbc;
    private final HintStore hints;

    ReconciliationStore(JdbcTemplate jdbc, HintStore hints) {
        this.jdbc = jdbc;
        this.hints = hints;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(String sessionId, int receiptVersion, List<ReconciledEmployee> employees, List<Warning> warnings,
            String createdBy, Instant at) {
        Rows rows = new Rows();
        for (ReconciledEmployee employee : employees) {
            rows.add(sessionId, receiptVersion, employee, createdBy, at);
        }
        jdbc.batchUpdate("""
                INSERT INTO employee (id, session_id, employee_id, car_name, receipt_name, card_last4, in_car, car_total,
                    receipt_total, transaction_count, receipt_count, car_first_page, car_last_page, revision,
                    open_issues, flags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""", rows.employees);
        jdbc.batchUpdate("INSERT INTO employee_receipt_pages (employee_ref, version, first_page, last_page) VALUES (?, ?, ?, ?)",
                rows.receiptPages);
        jdbc.batchUpdate("""
                INSERT INTO employee_revision (employee_ref, revision, car_total, receipt_total, change_summary,
                    created_by, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)""", rows.revisions);
        jdbc.batchUpdate("""
                INSERT INTO card_transaction (id, employee_ref, seq, trans_date, post_date, reference, merchant, amount,
                    job, phase, cost_type, gl_account, description, page, matched_receipt_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.transactions);
        jdbc.batchUpdate("""
                INSERT INTO receipt (id, session_id, employee_ref, receipt_id, receipt_date, merchant, amount, address,
                    title, purpose, attachment, attachment_pages, file_version, page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.receipts);
        jdbc.batchUpdate("""
                INSERT INTO issue (id, session_id, employee_ref, flag, finding_key, detail, amount_impact)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows.issues);
        saveWarnings(sessionId, warnings);
        hints.sync(sessionId, rows.refs, rows.hintTransactions, rows.hintReceipts(), at);
    }

    /** The reading notes of a file, shown on the session page by source and page. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveWarnings(String sessionId, List<Warning> warnings) {
        jdbc.batchUpdate("INSERT INTO parse_warning (session_id, source, page, message) VALUES (?, ?, ?, ?)",
                warnings.stream().map(w -> new Object[] {sessionId, w.source(), w.warning().page(),
                        Texts.truncate(w.warning().message(), 1000)}).toList());
    }

    /** The distinct flags of the findings, sorted, as the employee row keeps them. */
    public static String flagsOf(List<Finding> findings) {
        return findings.stream().map(Finding::flag).distinct().sorted().map(Flag::name).collect(Collectors.joining(","));
    }

    /** The batch rows of one save. */
    private static final class Rows {
        final List<Object[]> employees = new ArrayList<>();
        final List<Object[]> receiptPages = new ArrayList<>();
        final List<Object[]> revisions = new ArrayList<>();
        final List<Object[]> transactions = new ArrayList<>();
        final List<Object[]> receipts = new ArrayList<>();
        final List<Object[]> issues = new ArrayList<>();
        /** What the hint search needs, kept from the rows so that nothing is read back. */
        final Map<String, String> refs = new HashMap<>();
        final Map<String, List<CarTransaction>> hintTransactions = new LinkedHashMap<>();
        private final List<HintFinder.OwnedReceipt> ownedReceipts = new ArrayList<>();

        List<HintFinder.OwnedReceipt> hintReceipts() {
            ownedReceipts.sort(Comparator.comparing(HintFinder.OwnedReceipt::employeeId)
                    .thenComparing(o -> o.receipt().date()).thenComparing(o -> o.receipt().receiptId()));
            return ownedReceipts;
        }

        void add(String sessionId, int receiptVersion, ReconciledEmployee employee, String createdBy, Instant at) {
            String ref = UUID.randomUUID().toString();
            refs.put(employee.employeeId(), ref);
            employee.transactions().forEach(match -> hintTransactions
                    .computeIfAbsent(employee.employeeId(), k -> new ArrayList<>()).add(match.transaction()));
            employee.receipts().forEach(r -> ownedReceipts.add(new HintFinder.OwnedReceipt(employee.employeeId(), r)));
            employees.add(new Object[] {ref, sessionId, employee.employeeId(), employee.carName(), employee.receiptName(),
                    employee.cardLast4(), employee.carName() != null, employee.carTotal(), employee.receiptTotal(),
                    employee.transactions().size(), employee.receipts().size(),
                    employee.carPages() == null ? null : employee.carPages().first(),
                    employee.carPages() == null ? null : employee.carPages().last(),
                    employee.findings().size(), flagsOf(employee.findings())});
            if (employee.receiptPages() != null) {
                receiptPages.add(new Object[] {ref, receiptVersion, employee.receiptPages().first(),
                        employee.receiptPages().last()});
            }
            revisions.add(new Object[] {ref, employee.carTotal(), employee.receiptTotal(), "Read from the uploaded reports",
                    createdBy, Timestamp.from(at)});
            int seq = 0;
            for (TransactionMatch match : employee.transactions()) {
                CarTransaction t = match.transaction();
                transactions.add(new Object[] {UUID.randomUUID().toString(), ref, seq++, Date.valueOf(t.transDate()),
                        Date.valueOf(t.postDate()), t.reference(), t.merchant(), t.amount(), t.job(), t.phase(),
                        t.costType(), t.glAccount(), t.description(), t.page(),
                        match.receipt() == null ? null : match.receipt().receiptId()});
            }
            for (Receipt r : employee.receipts()) {
                receipts.add(new Object[] {UUID.randomUUID().toString(), sessionId, ref, r.receiptId(),
                        Date.valueOf(r.date()), r.merchant(), r.amount(), r.address(), r.title(), r.purpose(),
                        r.attachment(), r.attachmentPages(), receiptVersion, r.page()});
            }
            for (Finding finding : employee.findings()) {
                issues.add(new Object[] {UUID.randomUUID().toString(), sessionId, ref, finding.flag().name(),
                        finding.key(), Texts.truncate(finding.detail(), 1000), finding.amountImpact()});
            }
        }
    }
}
