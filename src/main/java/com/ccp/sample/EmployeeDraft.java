package com.ccp.sample;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One employee while quirks are applied; {@link #freeze()} turns it into the immutable truth. */
final class EmployeeDraft {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    final String employeeId;
    final String last;
    final String first;
    final String middle;
    final String cardLast4;
    final String costCenter;
    final List<Purchase> purchases = new ArrayList<>();
    final Set<BigDecimal> usedAmounts = new HashSet<>();
    final List<String> notes = new ArrayList<>();
    boolean inCar = true;
    boolean receiptShowsId = true;
    boolean splitBlocks;
    @Nullable BigDecimal carTotalError;
    @Nullable Integer countError;
    @Nullable BigDecimal receiptTotalError;
    @Nullable Integer receiptCountError;

    EmployeeDraft(String employeeId, String last, String first, String middle, String cardLast4, String costCenter) {
        this.employeeId = employeeId;
        this.last = last;
        this.first = first;
        this.middle = middle;
        this.cardLast4 = cardLast4;
        this.costCenter = costCenter;
    }

    String carName() {
        return Names.carName(last, first, middle);
    }

    String receiptName() {
        return Names.receiptName(last, first, middle);
    }

    void note(String key, String text) {
        notes.add(key + ": " + text);
    }

    static String describe(Purchase p) {
        return p.date.format(US_DATE) + " " + p.carMerchant + " " + Money.car(p.amount);
    }

    GeneratedEmployee freeze() {
        ActivityFactory.sort(purchases);
        List<SampleTransaction> transactions = new ArrayList<>();
        if (inCar) {
            purchases.forEach(p -> transactions.add(p.transaction()));
        }
        List<Purchase> withReceipt = new ArrayList<>(purchases.stream().filter(p -> p.hasReceipt).toList());
        withReceipt.sort(Comparator.comparing(Purchase::receiptDate));
        List<SampleReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < withReceipt.size(); i++) {
            receipts.add(withReceipt.get(i).receipt(String.format("R-%s-%03d", employeeId, i + 1), inCar));
        }
        List<String> allNotes = new ArrayList<>(notes);
        BigDecimal carTotal = sum(transactions.stream().map(SampleTransaction::amount).toList());
        BigDecimal receiptTotal = sum(receipts.stream().map(SampleReceipt::amount).toList());
        GeneratedEmployee.Misprint misprint = new GeneratedEmployee.Misprint(
                carTotalError == null ? null : carTotal.add(carTotalError),
                countError == null ? null : transactions.size() + countError,
                receiptTotalError == null ? null : receiptTotal.add(receiptTotalError),
                receiptCountError == null ? null : receipts.size() + receiptCountError);
        if (misprint.carTotal() != null) {
            allNotes.add("bad-total: printed Cardholder Total " + Money.car(misprint.carTotal())
                    + " but the transactions sum to " + Money.car(carTotal));
        }
        if (misprint.transactionCount() != null) {
            allNotes.add("bad-total: printed Cardholder Total count " + misprint.transactionCount() + " but "
                    + transactions.size() + " transactions are listed");
        }
        if (misprint.receiptTotal() != null) {
            allNotes.add("bad-total: printed Receipt Total " + Money.receipt(misprint.receiptTotal())
                    + " but the receipts sum to " + Money.receipt(receiptTotal));
        }
        if (misprint.receiptCount() != null) {
            allNotes.add("bad-total: printed Receipts count " + misprint.receiptCount() + " but " + receipts.size()
                    + " receipts are listed");
        }
        return new GeneratedEmployee(employeeId, inCar ? carName() : null, receipts.isEmpty() ? null : receiptName(),
                receiptShowsId, splitBlocks, cardLast4, costCenter, transactions, receipts, misprint, allNotes);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }
}
