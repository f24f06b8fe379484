package com.ccp.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One employee section of the receipt report being read, image pages included. */
final class ReceiptSectionBuilder {

    @Nullable String employeeId;
    final String name;
    private final List<Receipt> done = new ArrayList<>();
    private @Nullable ReceiptBuilder open;
    private PageRange pages;
    private final List<LineSpan> lines = new ArrayList<>();
    @Nullable BigDecimal printedTotal;
    @Nullable Integer printedCount;
    boolean listClosed;
    int imagePages;

    ReceiptSectionBuilder(@Nullable String employeeId, String name, int page) {
        this.employeeId = employeeId;
        this.name = name;
        this.pages = new PageRange(page, page);
    }

    void touch(int page) {
        pages = pages.extendTo(page);
    }

    void touch(int page, int line) {
        touch(page);
        LineSpan.extend(lines, page, line);
    }

    void startReceipt(ReceiptBuilder receipt) {
        closeReceipt();
        open = receipt;
    }

    @Nullable ReceiptBuilder openReceipt() {
        return open;
    }

    boolean hasReceipts() {
        return open != null || !done.isEmpty();
    }

    void closeReceipt() {
        if (open != null) {
            done.add(open.build());
            open = null;
        }
    }

    ReceiptEmployee build() {
        closeReceipt();
        return new ReceiptEmployee(employeeId, name, done, pages, printedTotal, printedCount, lines);
    }

    /** A receipt line and the detail lines read after it so far. */
    static final class ReceiptBuilder {
        final String receiptId;
        private final LocalDate date;
        private final String merchant;
        private final BigDecimal amount;
        final int page;
        @Nullable String address;
        @Nullable String title;
        @Nullable String purpose;
        @Nullable Boolean attachment;
        int attachmentPages;

        ReceiptBuilder(String receiptId, LocalDate date, String merchant, BigDecimal amount, int page) {
            this.receiptId = receiptId;
            this.date = date;
            this.merchant = merchant;
            this.amount = amount;
            this.page = page;
        }

        Receipt build() {
            return new Receipt(receiptId, date, merchant, amount, address, title, purpose,
                    Boolean.TRUE.equals(attachment), attachmentPages, page);
        }
    }
}
