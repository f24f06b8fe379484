package com.ccp.employee;

import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.HintFinder;
import com.ccp.reconciliation.ReconciledEmployee;
import com.ccp.reconciliation.TransactionMatch;
import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The batch rows of a first read: employees with revision 1, their transactions, receipts, pages and issues. */
final class FirstReadRows {

    static final String INSERT_EMPLOYEE = """
            INSERT INTO employee (id, session_id, employee_id, car_name, receipt_name, card_last4, in_car, car_total,
                receipt_total, transaction_count, receipt_count, car_first_page, car_last_page, revision,
                open_issues, flags)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""";
    static final String INSERT_RECEIPT_PAGES =
            "INSERT INTO employee_receipt_pages (employee_ref, version, first_page, last_page) VALUES (?, ?, ?, ?)";
    static final String INSERT_REVISION = """
            INSERT INTO employee_revision (employee_ref, revision, car_total, receipt_total, change_summary,
                created_by, created_at) VALUES (?, 1, ?, ?, ?, ?, ?)""";
    static final String INSERT_TRANSACTION = """
            INSERT INTO card_transaction (id, employee_ref, seq, trans_date, post_date, reference, merchant, amount,
                job, phase, cost_type, gl_account, description, page, matched_receipt_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

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
                employee.findings().size(), ResultRows.flagsOf(employee.findings())});
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
            receipts.add(ResultRows.receipt(sessionId, ref, r, receiptVersion));
        }
        for (Finding finding : employee.findings()) {
            issues.add(ResultRows.issue(sessionId, ref, finding));
        }
    }
}
