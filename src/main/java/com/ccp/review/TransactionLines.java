package com.ccp.review;

import com.ccp.reconciliation.Candidate;
import com.ccp.reconciliation.ReceiptMatcher;
import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joins stored transactions with their matched receipts and, for an unmatched one, the closest
 * receipts with why each does not match (computed by the same matcher that made the match).
 */
final class TransactionLines {

    private TransactionLines() {
    }

    static List<EmployeeDetail.TransactionLine> of(List<EmployeeQueries.StoredTransaction> stored,
            List<EmployeeDetail.ReceiptLine> receipts) {
        Map<String, EmployeeDetail.ReceiptLine> byId = receipts.stream()
                .collect(Collectors.toMap(EmployeeDetail.ReceiptLine::receiptId, Function.identity(), (a, b) -> b));
        List<CarTransaction> transactions = stored.stream().map(TransactionLines::toTransaction).toList();
        List<Receipt> receiptModels = receipts.stream().map(TransactionLines::toReceipt).toList();
        var matches = ReceiptMatcher.match(transactions, receiptModels);
        List<EmployeeDetail.TransactionLine> lines = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            EmployeeQueries.StoredTransaction t = stored.get(i);
            EmployeeDetail.ReceiptLine matched = t.matchedReceiptId() == null ? null : byId.get(t.matchedReceiptId());
            List<EmployeeDetail.Candidate> closest = matched != null ? List.of()
                    : matches.get(i).closest().stream().map(c -> candidate(c, byId)).toList();
            lines.add(new EmployeeDetail.TransactionLine(t.reference(), t.transDate(), t.postDate(), t.merchant(),
                    t.amount(), t.job(), t.phase(), t.costType(), t.glAccount(), t.description(), t.page(),
                    transactions.get(i).coded(), matched, closest));
        }
        return lines;
    }

    private static EmployeeDetail.Candidate candidate(Candidate candidate, Map<String, EmployeeDetail.ReceiptLine> byId) {
        return new EmployeeDetail.Candidate(byId.get(candidate.receipt().receiptId()), candidate.reason());
    }

    private static CarTransaction toTransaction(EmployeeQueries.StoredTransaction t) {
        return new CarTransaction(t.transDate(), t.postDate(), t.reference(), t.merchant(), t.amount(), t.job(),
                t.phase(), t.costType(), t.glAccount(), t.description(), t.page());
    }

    private static Receipt toReceipt(EmployeeDetail.ReceiptLine r) {
        return new Receipt(r.receiptId(), r.date(), r.merchant(), r.amount(), r.address(), r.title(), r.purpose(),
                r.attachment(), r.attachmentPages(), r.page());
    }
}
