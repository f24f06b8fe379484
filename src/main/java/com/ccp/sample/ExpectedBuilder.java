package com.ccp.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Assembles {@link Expected} from the planned employees and where the composers put them. */
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
                    car.ranges().get(e.employeeId()), receipts.ranges().get(e.employeeId()), e.flags(),
                    e.uncodedTransactions(), e.unmatched().size(), notes));
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

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
