package com.ccp.sample;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the generator decided for one employee. {@code carName} is null for a receipt-only
 * employee, {@code receiptName} null for a CAR-only one. {@code splitBlocks} asks the CAR writer to
 * place its page breaks inside this employee's transaction blocks: once between a transaction and
 * its coding, once inside a wrapped description.
 */
public record GeneratedEmployee(String employeeId, @Nullable String carName, @Nullable String receiptName,
        boolean receiptShowsId, boolean splitBlocks, String cardLast4, String costCenter,
        List<SampleTransaction> transactions, List<SampleReceipt> receipts, Misprint misprint, List<String> notes) {

    /** Totals or counts printed wrong on purpose (null = printed correctly). */
    public record Misprint(@Nullable BigDecimal carTotal, @Nullable Integer transactionCount,
            @Nullable BigDecimal receiptTotal, @Nullable Integer receiptCount) {

        public static Misprint none() {
            return new Misprint(null, null, null, null);
        }

    }

    public GeneratedEmployee {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
        notes = List.copyOf(notes);
    }

    public boolean inCar() {
        return carName != null;
    }

    public boolean inReceipts() {
        return receiptName != null && !receipts.isEmpty();
    }

    public BigDecimal carTotal() {
        return transactions.stream().map(SampleTransaction::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal receiptTotal() {
        return receipts.stream().map(SampleReceipt::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public int imagePages() {
        return receipts.stream().mapToInt(SampleReceipt::attachmentPages).sum();
    }

    public BigDecimal printedCarTotal() {
        return misprint.carTotal() != null ? misprint.carTotal() : carTotal();
    }

    public int printedTransactionCount() {
        return misprint.transactionCount() != null ? misprint.transactionCount() : transactions.size();
    }

    public BigDecimal printedReceiptTotal() {
        return misprint.receiptTotal() != null ? misprint.receiptTotal() : receiptTotal();
    }

    public int printedReceiptCount() {
        return misprint.receiptCount() != null ? misprint.receiptCount() : receipts.size();
    }

    /** The same employee with their names as another wording prints them. */
    public GeneratedEmployee withNames(@Nullable String newCarName, @Nullable String newReceiptName) {
        return new GeneratedEmployee(employeeId, newCarName, newReceiptName, receiptShowsId, splitBlocks, cardLast4,
                costCenter, transactions, receipts, misprint, notes);
    }

    public GeneratedEmployee withReceipts(@Nullable String newReceiptName, List<SampleReceipt> newReceipts,
            Misprint newMisprint, List<String> newNotes) {
        return new GeneratedEmployee(employeeId, carName, newReceiptName, receiptShowsId, splitBlocks, cardLast4,
                costCenter,
                transactions, newReceipts, newMisprint, newNotes);
    }
}
