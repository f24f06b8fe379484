package com.ccp.employee;

import com.ccp.reconciliation.Candidate;
import com.ccp.reconciliation.LinkSuggestions;
import com.ccp.reconciliation.ReceiptMatcher;
import com.ccp.reconciliation.Suggestion;
import com.ccp.reconciliation.TransactionMatch;
import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joins stored transactions with their matched receipts or links and, for an unmatched one, the
 * closest receipts with why each does not match (computed by the same matcher that made the match,
 * over what the links leave); says what matched each receipt; and finds the suggestions for what
 * is still unmatched.
 */
public final class TransactionLines {

    public record Lines(List<EmployeeDetail.TransactionLine> transactions, List<EmployeeDetail.ReceiptLine> receipts,
            List<Suggestion> suggestions) {
    }

    private TransactionLines() {
    }

    public static Lines of(List<EmployeeQueries.StoredTransaction> stored, List<EmployeeDetail.ReceiptLine> receipts,
            List<EmployeeLink> links) {
        Map<String, EmployeeDetail.ReceiptLine> byId = receipts.stream()
                .collect(Collectors.toMap(EmployeeDetail.ReceiptLine::receiptId, Function.identity(), (a, b) -> b));
        Map<String, String> linkOfTransaction = new HashMap<>();
        Set<String> linkedReceipts = new HashSet<>();
        links.forEach(link -> {
            link.transactions().forEach(reference -> linkOfTransaction.put(reference, link.id()));
            linkedReceipts.addAll(link.receipts());
        });
        List<CarTransaction> transactions = stored.stream().map(TransactionLines::toTransaction).toList();
        List<CarTransaction> free = transactions.stream()
                .filter(t -> !linkOfTransaction.containsKey(t.reference())).toList();
        List<Receipt> freeReceipts = receipts.stream().filter(r -> !linkedReceipts.contains(r.receiptId()))
                .map(TransactionLines::toReceipt).toList();
        Map<String, TransactionMatch> freeMatches = new HashMap<>();
        ReceiptMatcher.match(free, freeReceipts).forEach(m -> freeMatches.putIfAbsent(m.transaction().reference(), m));
        Set<String> ruleMatched = new HashSet<>();
        List<EmployeeDetail.TransactionLine> lines = new ArrayList<>();
        List<CarTransaction> unmatched = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            EmployeeQueries.StoredTransaction t = stored.get(i);
            EmployeeDetail.ReceiptLine matched = t.matchedReceiptId() == null ? null : byId.get(t.matchedReceiptId());
            String linkId = matched == null ? linkOfTransaction.get(t.reference()) : null;
            MatchedBy by = matched != null ? MatchedBy.RULES : linkId != null ? MatchedBy.LINK : null;
            if (matched != null) {
                ruleMatched.add(matched.receiptId());
            } else if (linkId == null) {
                unmatched.add(transactions.get(i));
            }
            TransactionMatch match = freeMatches.get(t.reference());
            List<EmployeeDetail.Candidate> closest = by != null || match == null ? List.of()
                    : match.closest().stream().map(c -> candidate(c, byId)).toList();
            lines.add(new EmployeeDetail.TransactionLine(t.reference(), t.transDate(), t.postDate(), t.merchant(),
                    t.amount(), t.job(), t.phase(), t.costType(), t.glAccount(), t.description(), t.page(),
                    transactions.get(i).coded(), matched, closest, by, linkId));
        }
        List<EmployeeDetail.ReceiptLine> receiptLines = receipts.stream().map(r -> r.matchedBy(
                ruleMatched.contains(r.receiptId()) ? MatchedBy.RULES
                        : linkedReceipts.contains(r.receiptId()) ? MatchedBy.LINK : null)).toList();
        List<Receipt> unmatchedReceipts = receiptLines.stream().filter(r -> r.matchedBy() == null)
                .map(TransactionLines::toReceipt).toList();
        return new Lines(lines, receiptLines, LinkSuggestions.suggest(unmatched, unmatchedReceipts));
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
