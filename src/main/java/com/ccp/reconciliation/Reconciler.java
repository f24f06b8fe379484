package com.ccp.reconciliation;

import com.ccp.report.CarReport;
import com.ccp.report.CarTransaction;
import com.ccp.report.Cardholder;
import com.ccp.report.PageRange;
import com.ccp.report.ParseWarning;
import com.ccp.report.Receipt;
import com.ccp.report.ReceiptEmployee;
import com.ccp.report.ReceiptReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Links a CAR and a receipt report employee by employee and validates each one. */
public final class Reconciler {

    private Reconciler() {
    }

    /**
     * One employee per Employee ID (or {@code NOID-} key), sorted by it as strings. The warnings are
     * the parse warnings of both files, prefixed with the file they come from, then the linking ones.
     */
    public static Reconciliation reconcile(CarReport car, ReceiptReport receiptReport) {
        List<ParseWarning> warnings = new ArrayList<>();
        car.warnings().forEach(w -> warnings.add(new ParseWarning(w.page(), "CAR: " + w.message())));
        receiptReport.warnings().forEach(w -> warnings.add(
                new ParseWarning(w.page(), "Receipt report: " + w.message())));
        if (!car.company().equals(receiptReport.company()) || !car.period().equals(receiptReport.period())) {
            warnings.add(new ParseWarning(1, "The CAR is for " + car.company() + " " + car.period().key()
                    + " but the receipt report is for " + receiptReport.company() + " "
                    + receiptReport.period().key() + "."));
        }
        Map<String, List<Cardholder>> carById = byEmployeeId(car.cardholders(), warnings);
        Map<String, List<ReceiptEmployee>> receiptsByKey =
                ReceiptLinker.link(carById, receiptReport.employees(), warnings);
        TreeSet<String> keys = new TreeSet<>(carById.keySet());
        keys.addAll(receiptsByKey.keySet());
        List<ReconciledEmployee> employees = keys.stream()
                .map(key -> employee(key, carById.getOrDefault(key, List.of()),
                        receiptsByKey.getOrDefault(key, List.of())))
                .toList();
        return new Reconciliation(employees, warnings);
    }

    private static Map<String, List<Cardholder>> byEmployeeId(List<Cardholder> cardholders,
                                                             List<ParseWarning> warnings) {
        Map<String, List<Cardholder>> byId = new LinkedHashMap<>();
        cardholders.forEach(c -> byId.computeIfAbsent(c.employeeId(), k -> new ArrayList<>()).add(c));
        byId.forEach((id, list) -> {
            if (list.size() > 1) {
                warnings.add(new ParseWarning(list.get(1).pages().first(), "CAR: " + list.size()
                        + " cardholder sections for Employee ID " + id + " (" + list.stream().map(Cardholder::name)
                        .collect(Collectors.joining(", ")) + ") were read as one employee."));
            }
        });
        return byId;
    }

    private static ReconciledEmployee employee(String key, List<Cardholder> cards, List<ReceiptEmployee> sections) {
        List<CarTransaction> transactions = flatten(cards, Cardholder::transactions);
        List<Receipt> receipts = flatten(sections, ReceiptEmployee::receipts);
        List<Finding> integrity = new ArrayList<>();
        cards.forEach(c -> integrity.addAll(IntegrityFindings.forCardholder(c)));
        sections.forEach(s -> integrity.addAll(IntegrityFindings.forReceiptSection(s)));
        EmployeeValidator.Result result = EmployeeValidator.validate(new EmployeeValidator.Input(
                transactions, receipts, !cards.isEmpty(), !sections.isEmpty(), integrity));
        return new ReconciledEmployee(key,
                cards.isEmpty() ? null : cards.get(0).name(),
                sections.isEmpty() ? null : sections.get(0).name(),
                cards.stream().map(Cardholder::cardLast4).filter(Objects::nonNull).findFirst().orElse(null),
                EmployeeValidator.sum(transactions.stream().map(CarTransaction::amount).toList()),
                EmployeeValidator.sum(receipts.stream().map(Receipt::amount).toList()),
                result.transactions(), receipts,
                span(cards.stream().map(Cardholder::pages).toList()),
                span(sections.stream().map(ReceiptEmployee::pages).toList()),
                result.findings());
    }

    private static <S, T> List<T> flatten(List<S> sections, Function<S, List<T>> items) {
        return sections.stream().flatMap(s -> items.apply(s).stream()).toList();
    }

    private static @Nullable PageRange span(List<PageRange> ranges) {
        PageRange span = null;
        for (PageRange range : ranges) {
            span = span == null ? range : span.extendTo(range.first()).extendTo(range.last());
        }
        return span;
    }
}
