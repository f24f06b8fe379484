package com.ccp.reconciliation;

import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Matches one employee's receipts to their CAR transactions (formats.md §3): equal amounts to the
 * cent, receipt date within {@value #MAX_DAYS} days of the Trans Date, one-to-one, as many pairs as
 * possible, then the smallest total date gap, then earlier transactions first.
 */
public final class ReceiptMatcher {

    public static final int MAX_DAYS = 3;
    private static final int CLOSEST = 3;

    private ReceiptMatcher() {
    }

    /** One match per transaction, in the order of {@code transactions}. */
    public static List<TransactionMatch> match(List<CarTransaction> transactions, List<Receipt> receipts) {
        List<CarTransaction> byDate = sorted(transactions, Comparator.comparing(CarTransaction::transDate)
                .thenComparing(CarTransaction::postDate));
        List<Receipt> receiptsByDate = sorted(receipts, Comparator.comparing(Receipt::date));
        Map<CarTransaction, Receipt> pairs = pair(byDate, receiptsByDate);
        Map<Receipt, CarTransaction> owners = new IdentityHashMap<>();
        pairs.forEach((transaction, receipt) -> owners.put(receipt, transaction));
        List<TransactionMatch> matches = new ArrayList<>();
        for (CarTransaction transaction : transactions) {
            Receipt receipt = pairs.get(transaction);
            List<Candidate> closest = receipt == null ? closest(transaction, receipts, owners) : List.of();
            matches.add(new TransactionMatch(transaction, receipt, closest));
        }
        return matches;
    }

    /** Days from the transaction's Trans Date to the receipt date when they can match, else -1. */
    static int gap(CarTransaction transaction, Receipt receipt) {
        long days = Math.abs(ChronoUnit.DAYS.between(transaction.transDate(), receipt.date()));
        boolean sameAmount = transaction.amount().compareTo(receipt.amount()) == 0;
        return sameAmount && days <= MAX_DAYS ? (int) days : OptimalMatching.NO_EDGE;
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order); // stable: input order breaks remaining ties
        return copy;
    }

    /** Solves each connected group of possible pairs on its own; groups are small. */
    private static Map<CarTransaction, Receipt> pair(List<CarTransaction> transactions, List<Receipt> receipts) {
        int n = transactions.size();
        int[] group = IntStream.range(0, n + receipts.size()).toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < receipts.size(); j++) {
                if (gap(transactions.get(i), receipts.get(j)) != OptimalMatching.NO_EDGE) {
                    group[root(group, i)] = root(group, n + j);
                }
            }
        }
        Map<Integer, List<Integer>> lefts = new HashMap<>();
        Map<Integer, List<Integer>> rights = new HashMap<>();
        for (int i = 0; i < n; i++) {
            lefts.computeIfAbsent(root(group, i), k -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < receipts.size(); j++) {
            rights.computeIfAbsent(root(group, n + j), k -> new ArrayList<>()).add(j);
        }
        Map<CarTransaction, Receipt> pairs = new IdentityHashMap<>();
        lefts.forEach((root, left) -> {
            List<Integer> right = rights.getOrDefault(root, List.of());
            int[][] cost = new int[left.size()][right.size()];
            for (int a = 0; a < left.size(); a++) {
                for (int b = 0; b < right.size(); b++) {
                    cost[a][b] = gap(transactions.get(left.get(a)), receipts.get(right.get(b)));
                }
            }
            int[] partner = OptimalMatching.solve(cost, right.size());
            for (int a = 0; a < left.size(); a++) {
                if (partner[a] >= 0) {
                    pairs.put(transactions.get(left.get(a)), receipts.get(right.get(partner[a])));
                }
            }
        });
        return pairs;
    }

    private static int root(int[] group, int node) {
        int r = node;
        while (group[r] != r) {
            r = group[r];
        }
        group[node] = r;
        return r;
    }

    private static List<Candidate> closest(CarTransaction transaction, List<Receipt> receipts,
                                           Map<Receipt, CarTransaction> owners) {
        Comparator<Receipt> order = Comparator
                .<Receipt, BigDecimal>comparing(r -> r.amount().subtract(transaction.amount()).abs())
                .thenComparingLong(r -> days(transaction, r))
                .thenComparing(Receipt::date);
        return receipts.stream()
                .sorted(order)
                .limit(CLOSEST)
                .map(r -> new Candidate(r, reason(transaction, r, owners.get(r))))
                .toList();
    }

    private static long days(CarTransaction transaction, Receipt receipt) {
        return Math.abs(ChronoUnit.DAYS.between(transaction.transDate(), receipt.date()));
    }

    private static String reason(CarTransaction transaction, Receipt receipt, @Nullable CarTransaction owner) {
        List<String> reasons = new ArrayList<>();
        if (receipt.amount().compareTo(transaction.amount()) != 0) {
            reasons.add("amount differs: " + Money.format(receipt.amount()) + " vs "
                    + Money.format(transaction.amount()));
        }
        long days = ChronoUnit.DAYS.between(transaction.transDate(), receipt.date());
        if (Math.abs(days) > MAX_DAYS) {
            reasons.add("dated " + Math.abs(days) + " days " + (days > 0 ? "after" : "before") + " the transaction");
        }
        if (owner != null) {
            reasons.add("already matched to " + Money.date(owner.transDate()) + " " + Money.format(owner.amount()));
        }
        return reasons.isEmpty() ? "could match but was not chosen" : String.join("; ", reasons);
    }
}
