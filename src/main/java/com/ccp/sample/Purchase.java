package com.ccp.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A draft purchase while an employee is planned: its CAR line and the receipt intended for it.
 * Mutable on purpose so quirks can be applied one after another, then frozen into records.
 */
final class Purchase {

    final Catalog.Category category;
    final String carMerchant;
    final String receiptMerchant;
    final @Nullable String address;
    final @Nullable String title;
    final @Nullable String purpose;
    LocalDate date;
    LocalDate postDate;
    BigDecimal amount;
    String reference;
    Coding coding;
    @Nullable String description;
    boolean hasReceipt = true;
    int receiptDayShift;
    @Nullable BigDecimal receiptAmount;
    int attachmentPages;

    Purchase(Catalog.Category category, String carMerchant, String receiptMerchant, @Nullable String address,
            @Nullable String title, @Nullable String purpose, LocalDate date, LocalDate postDate, BigDecimal amount,
            String reference, Coding coding, @Nullable String description, int attachmentPages) {
        this.category = category;
        this.carMerchant = carMerchant;
        this.receiptMerchant = receiptMerchant;
        this.address = address;
        this.title = title;
        this.purpose = purpose;
        this.date = date;
        this.postDate = postDate;
        this.amount = amount;
        this.reference = reference;
        this.coding = coding;
        this.description = description;
        this.attachmentPages = attachmentPages;
    }

    LocalDate receiptDate() {
        return date.plusDays(receiptDayShift);
    }

    BigDecimal receiptAmountOrAmount() {
        return receiptAmount != null ? receiptAmount : amount;
    }

    SampleTransaction transaction() {
        return new SampleTransaction(date, postDate, reference, carMerchant, amount, coding, description);
    }

    /** Matches its own transaction only when that is in the CAR, same amount, within the 3-day window. */
    SampleReceipt receipt(String id, boolean inCar) {
        boolean matches = inCar && receiptAmount == null && Math.abs(receiptDayShift) <= 3;
        return new SampleReceipt(id, receiptDate(), receiptMerchant, address, title, purpose, receiptAmountOrAmount(),
                attachmentPages, inCar ? reference : null, matches ? reference : null);
    }
}
