package com.ccp.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One cardholder section being read, with the transaction whose coding lines may still follow. */
final class CarSectionBuilder {

    String employeeId;
    boolean idMissing;
    final String name;
    final int firstPage;
    @Nullable String cardLast4;
    @Nullable String costCenter;
    private final List<CarTransaction> done = new ArrayList<>();
    private @Nullable TransactionBuilder open;
    private PageRange pages;
    private final List<LineSpan> lines = new ArrayList<>();
    @Nullable BigDecimal printedTotal;
    @Nullable Integer printedCount;

    CarSectionBuilder(String employeeId, String name, int page) {
        this.employeeId = employeeId;
        this.name = name;
        this.firstPage = page;
        this.pages = new PageRange(page, page);
    }

    void setEmployeeId(String id) {
        employeeId = id;
        idMissing = false;
    }

    void touch(int page) {
        pages = pages.extendTo(page);
    }

    void touch(int page, int line) {
        touch(page);
        LineSpan.extend(lines, page, line);
    }

    void startTransaction(TransactionBuilder transaction) {
        closeTransaction();
        open = transaction;
    }

    @Nullable TransactionBuilder openTransaction() {
        return open;
    }

    private void closeTransaction() {
        if (open != null) {
            done.add(open.build());
            open = null;
        }
    }

    Cardholder build() {
        closeTransaction();
        return new Cardholder(employeeId, name, cardLast4, costCenter, done, pages, printedTotal, printedCount, lines);
    }

    /** A transaction line and the coding lines read after it so far. */
    static final class TransactionBuilder {
        private final LocalDate transDate;
        private final LocalDate postDate;
        private final String reference;
        private final String merchant;
        private final BigDecimal amount;
        private final int page;
        @Nullable String job;
        @Nullable String phase;
        @Nullable String costType;
        @Nullable String glAccount;
        private @Nullable StringBuilder description;

        TransactionBuilder(LocalDate transDate, LocalDate postDate, String reference, String merchant,
                           BigDecimal amount, int page) {
            this.transDate = transDate;
            this.postDate = postDate;
            this.reference = reference;
            this.merchant = merchant;
            this.amount = amount;
            this.page = page;
        }

        void startDescription(String text) {
            description = new StringBuilder(text);
        }

        void continueDescription(String text) {
            if (description == null || description.isEmpty()) {
                description = new StringBuilder(text);
            } else {
                description.append(' ').append(text);
            }
        }

        CarTransaction build() {
            String text = description == null ? null : description.toString().strip();
            return new CarTransaction(transDate, postDate, reference, merchant, amount, job, phase, costType,
                    glAccount, text == null || text.isEmpty() ? null : text, page);
        }
    }
}
