package com.ccp.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assembles {@link Expected} from the planned employees and where the composers put them. Flags and
 * counts are derived from the generator's intent, never from reading the PDFs back.
 */
final class ExpectedBuilder {

    private ExpectedBuilder() {
    }

    static Expected build(SampleSpec spec, List<GeneratedEmployee> employees, Composed car, Composed receipts) {
        List<Expected.Employee> rows = new ArrayList<>();
        TreeSet<String> quirks = new TreeSet<>();
        for (GeneratedEmployee e : employees.stream().sorted(Comparator.comparing(GeneratedEmployee::employeeId))
                .toList()) {
            List<String> notes = new ArrayList<>(e.notes());
            notes.addAll(car.notes(e.employeeId()));
            notes.addAll(receipts.notes(e.employeeId()));
            notes.forEach(n -> quirks.add(n.substring(0, n.indexOf(':'))));
            rows.add(new Expected.Employee(e.employeeId(), e.carName(), e.inReceipts() ? e.receiptName() : null,
                    e.carTotal(), e.receiptTotal(), e.transactions().size(), e.receipts().size(),
                    car.ranges().get(e.employeeId()), receipts.ranges().get(e.employeeId()), flags(e),
                    uncodedTransactions(e), unmatched(e).size(), notes));
        }
        List<GeneratedEmployee> cardholders = employees.stream().filter(GeneratedEmployee::inCar).toList();
        List<GeneratedEmployee> submitters = employees.stream().filter(GeneratedEmployee::inReceipts).toList();
        return new Expected(spec.period().toString(), spec.company(), cardholders.size(),
                cardholders.stream().mapToInt(e -> e.transactions().size()).sum(),
                sum(cardholders.stream().map(GeneratedEmployee::carTotal).toList()), submitters.size(),
                submitters.stream().mapToInt(e -> e.receipts().size()).sum(),
                sum(submitters.stream().map(GeneratedEmployee::receiptTotal).toList()), car.pageCount(),
                receipts.pageCount(), List.copyOf(quirks), rows);
    }

    /** Sorted flag names per formats.md §3. */
    static List<String> flags(GeneratedEmployee e) {
        Set<String> flags = new TreeSet<>();
        if (e.inCar() && !unmatched(e).isEmpty()) {
            flags.add("MISSING_RECEIPT");
        }
        if (uncodedTransactions(e) > 0) {
            flags.add("MISSING_CODING");
        }
        if (e.receipts().stream().anyMatch(r -> !r.attachment())) {
            flags.add("MISSING_ATTACHMENT");
        }
        if (e.carTotal().compareTo(e.receiptTotal()) != 0) {
            flags.add("TOTAL_MISMATCH");
        }
        if (!e.inCar() && e.inReceipts()) {
            flags.add("RECEIPT_WITHOUT_CARDHOLDER");
        }
        if (e.printedCarTotal().compareTo(e.carTotal()) != 0
                || e.printedTransactionCount() != e.transactions().size()
                || e.printedReceiptTotal().compareTo(e.receiptTotal()) != 0
                || e.printedReceiptCount() != e.receipts().size()) {
            flags.add("FILE_INTEGRITY");
        }
        return List.copyOf(flags);
    }

    static int uncodedTransactions(GeneratedEmployee e) {
        return (int) e.transactions().stream().filter(t -> !t.coded()).count();
    }

    /** Transactions no receipt was meant to match. */
    static List<SampleTransaction> unmatched(GeneratedEmployee e) {
        Set<String> matched = new HashSet<>();
        e.receipts().forEach(r -> {
            if (r.matchesReference() != null) {
                matched.add(r.matchesReference());
            }
        });
        return e.transactions().stream().filter(t -> !matched.contains(t.reference())).toList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
