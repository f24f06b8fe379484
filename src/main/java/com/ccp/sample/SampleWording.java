package com.ccp.sample;

import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words and notations a report set is printed in (formats.md §7). {@link #STANDARD} is §1 and §2;
 * the others are other issuers' and expense tools' wordings that differ from it and from each other
 * in labels, column order, date pattern, credit notation and currency text, name order, total lines
 * and coding and field labels. Each comes with the profile documents an admin would write for it.
 */
public enum SampleWording {

    STANDARD(new Car("CARDHOLDER ACTIVITY REPORT", "MM/dd/yyyy", Notation.CAR_STANDARD, false,
            "Statement Period: %s - %s", "Page %d of %d", false,
            "Cardholder: ", "Employee ID: %s", " (continued)", "Account Number: XXXX-XXXX-XXXX-%s", "Cost Center: %s",
            List.of(Field.TRANS_DATE, Field.POST_DATE, Field.REFERENCE, Field.MERCHANT, Field.AMOUNT),
            List.of("Trans Date", "Post Date", "Reference Number", "Merchant Name / Location", "Amount"),
            "Cardholder Total (%2$s transactions):", "Report Total: %s", "Cardholders: %s", "Transactions: %s",
            new String[] {"Job:", "Phase:", "Cost Type:", "GL Account:", "Description:"}),
            new Receipts("EMPLOYEE RECEIPT REPORT", Notation.RECEIPT_STANDARD, false, "Period: %s - %s",
                    "Employee: ", "Employee ID: %s", List.of(Field.RECEIPT_ID, Field.DATE, Field.MERCHANT, Field.AMOUNT),
                    List.of("Receipt ID", "Date", "Merchant", "Amount"), "Receipt Total: %s", "Receipts: %s",
                    "Attachment: Yes (%d pages)", "Attachment: No", new String[] {"Address: ", "Title: ", "Purpose: "})),

    /** A purchasing-card statement: ISO dates, credits marked CR, posted date first, first names first. */
    HARBOR(new Car("PURCHASING CARD STATEMENT DETAIL", "yyyy-MM-dd", Notation.CAR_HARBOR, true,
            "Cycle: %s thru %s", "Pg %d / %d", false,
            "Name: ", "ID: %s", " (cont.)", "Acct: ****%s", "CC: %s",
            List.of(Field.POST_DATE, Field.TRANS_DATE, Field.REFERENCE, Field.MERCHANT, Field.AMOUNT),
            List.of("Posted", "Txn Date", "Ref", "Description", "Amount"),
            "Subtotal %2$s charges %1$s", "Statement Total %s", "Accounts %s", "Charges %s",
            new String[] {"Job:", "Phase:", "Type:", "Acct Code:", "Note:"}),
            new Receipts("EXPENSE RECEIPTS DETAIL", Notation.RECEIPT_HARBOR, true, "Report dates %s to %s",
                    "Traveler: ", "Emp #%s", List.of(Field.DATE, Field.RECEIPT_ID, Field.MERCHANT, Field.AMOUNT),
                    List.of("Date", "Receipt", "Vendor", "Amount"), "%2$s receipts totaling %1$s", null,
                    "Image: %d page(s)", "Image: none", new String[] {"Location: ", "Category: ", "Reason: "})),

    /**
     * A travel and expense card: day-month-year dates with month names, European separators with the
     * currency in front, no continuation line (the heading repeats), the page number before the period.
     */
    MERIDIAN(new Car("CORPORATE CARD TRANSACTION LISTING", "dd-MMM-yyyy", Notation.CAR_MERIDIAN, true,
            "Billing period %s to %s", "Sheet %d of %d", true,
            "Card member ", "Staff no. %s", null, "Card no. 5500-XXXX-XXXX-%s", "Dept %s",
            List.of(Field.REFERENCE, Field.TRANS_DATE, Field.POST_DATE, Field.AMOUNT, Field.MERCHANT),
            List.of("Ref. no.", "Purchase", "Booked", "Value", "Supplier"),
            "Total card member %s in %s items", "Grand total %s", "(%s card members,", "%s items)",
            new String[] {"Proj:", "Task:", "Cat:", "Ledger:", "Memo:"}),
            new Receipts("RECEIPT LISTING BY EMPLOYEE", Notation.RECEIPT_MERIDIAN, true, "From %s until %s",
                    "Claimant ", "(staff no. %s)", List.of(Field.RECEIPT_ID, Field.AMOUNT, Field.DATE, Field.MERCHANT),
                    List.of("Voucher", "Value", "Dated", "Supplier"), "Claim total %s", "(%s receipts)",
                    "Scans attached: %d", "No scan", new String[] {"Where: ", "What: ", "Why: "}));

    /** A column of a transaction or receipt line. */
    enum Field { TRANS_DATE, POST_DATE, REFERENCE, MERCHANT, AMOUNT, RECEIPT_ID, DATE }

    /** How amounts and counts are printed: from 1234.56 and −1234.56 (as a profile states them). */
    enum Notation {
        CAR_STANDARD(',', '.', "", "", "(", ")"),
        RECEIPT_STANDARD(',', '.', "$", "", "-$", ""),
        CAR_HARBOR(',', '.', "", "", "", " CR"),
        RECEIPT_HARBOR(',', '.', "", " USD", "(", ") USD"),
        CAR_MERIDIAN('.', ',', "EUR ", "", "EUR -", ""),
        RECEIPT_MERIDIAN('.', ',', "", " EUR", "", "- EUR");

        private final char thousands;
        private final char decimal;
        private final String prefix;
        private final String suffix;
        private final String negativePrefix;
        private final String negativeSuffix;

        Notation(char thousands, char decimal, String prefix, String suffix, String negativePrefix,
                String negativeSuffix) {
            this.thousands = thousands;
            this.decimal = decimal;
            this.prefix = prefix;
            this.suffix = suffix;
            this.negativePrefix = negativePrefix;
            this.negativeSuffix = negativeSuffix;
        }

        String format(BigDecimal amount) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.US);
            symbols.setGroupingSeparator(thousands);
            symbols.setDecimalSeparator(decimal);
            String digits = new DecimalFormat("#,##0.00", symbols)
                    .format(amount.abs().setScale(2, RoundingMode.UNNECESSARY));
            return amount.signum() < 0 ? negativePrefix + digits + negativeSuffix : prefix + digits + suffix;
        }

        String count(long value) {
            return String.format(Locale.US, "%,d", value).replace(',', thousands);
        }
    }

    /**
     * The CAR's words. {@code employeeId}, {@code account} and {@code costCenter} are formats of their
     * value; {@code cardholderTotal} formats the amount and the count, and when it holds no amount the
     * amount is printed right-aligned in the amount column. {@code continued} null: the section
     * heading itself repeats on the next page.
     */
    record Car(String title, String datePattern, Notation amounts, boolean firstNameFirst, String period,
            String page, boolean pageFirst, String cardholder, String employeeId, String continued,
            String account, String costCenter, List<Field> order, List<String> columns, String cardholderTotal,
            String reportTotal, String cardholders, String transactions, String[] labels) {
    }

    /** The receipt report's words. {@code receiptCount} null: the count is part of {@code receiptTotal}. */
    record Receipts(String title, Notation amounts, boolean lastNameFirst, String period, String employee,
            String employeeId, List<Field> order, List<String> columns, String receiptTotal, String receiptCount,
            String attachmentYes, String attachmentNo, String[] labels) {
    }

    private final Car car;
    private final Receipts receipts;

    SampleWording(Car car, Receipts receipts) {
        this.car = car;
        this.receipts = receipts;
    }

    Car car() {
        return car;
    }

    Receipts receipts() {
        return receipts;
    }

    /** How this issuer's report writer puts text on the page (the standard one draws each cell whole). */
    PdfPainter.Printing printing() {
        return switch (this) {
            case STANDARD -> PdfPainter.Printing.PLAIN;
            case HARBOR -> new PdfPainter.Printing(true, false, false, 1.2f);
            case MERIDIAN -> new PdfPainter.Printing(false, true, true, 0);
        };
    }

    DateTimeFormatter dates() {
        return DateTimeFormatter.ofPattern(car.datePattern(), Locale.ENGLISH);
    }

    String date(LocalDate date) {
        return dates().format(date);
    }

    String carAmount(BigDecimal amount) {
        return car.amounts().format(amount);
    }

    String receiptAmount(BigDecimal amount) {
        return receipts.amounts().format(amount);
    }

    /** The period as the CAR's and the receipt report's third header line print it. */
    String carPeriod(LocalDate start, LocalDate end) {
        return String.format(car.period(), date(start), date(end));
    }

    String receiptPeriod(LocalDate start, LocalDate end) {
        return String.format(receipts.period(), date(start), date(end));
    }

    /** The CAR prints {@code O'BRIEN, MARY K} or, first name first, {@code MARY K O'BRIEN}. */
    String carName(String lastCommaFirst) {
        return car.firstNameFirst() ? firstNameFirst(lastCommaFirst) : lastCommaFirst;
    }

    /**
     * The receipt report prints {@code Mary K O'Brien} or, last name first, {@code O'Brien, Mary K};
     * {@code lastNameWords} says how many of the name's last words are the last name.
     */
    String receiptName(String firstLast, int lastNameWords) {
        if (!receipts.lastNameFirst()) {
            return firstLast;
        }
        String[] words = firstLast.split(" ");
        int split = Math.max(1, words.length - Math.max(1, lastNameWords));
        return String.join(" ", List.of(words).subList(split, words.length)) + ", "
                + String.join(" ", List.of(words).subList(0, split));
    }

    private static String firstNameFirst(String lastCommaFirst) {
        int comma = lastCommaFirst.indexOf(',');
        return comma < 0 ? lastCommaFirst
                : lastCommaFirst.substring(comma + 1).strip() + " " + lastCommaFirst.substring(0, comma).strip();
    }

    /** The CAR profile document an admin would write for this wording (formats.md §7). */
    public String carProfile() {
        return switch (this) {
            case STANDARD -> throw new IllegalStateException("the standard wording is the built-in car-standard");
            case HARBOR -> """
                    {
                      "id": "car-harbor-bank",
                      "name": "Harbor Bank purchasing card",
                      "kind": "CAR",
                      "title": "PURCHASING CARD STATEMENT DETAIL",
                      "dates": "yyyy-MM-dd",
                      "amounts": { "positive": "1,234.56", "negative": "1,234.56 CR" },
                      "names": "FIRST_LAST",
                      "lines": {
                        "period": "Cycle: {start} thru {end}",
                        "page": "Pg {page} / {pages}",
                        "cardholder": "Name: {name}[ ID: {employeeId}]",
                        "continued": "Name: {name} (cont.)",
                        "account": "Acct: {account}[ CC: {costCenter}]",
                        "columns": "Posted Txn Date Ref Description Amount",
                        "transaction": "{postDate} {transDate} {reference} {merchant} {amount}",
                        "cardholderTotal": "Subtotal {count} charges {amount}",
                        "reportTotal": "Statement Total {amount}[ Accounts {cardholders}][ Charges {transactions}]"
                      },
                      "labels": {
                        "job": "Job:", "phase": "Phase:", "costType": "Type:",
                        "glAccount": "Acct Code:", "description": "Note:"
                      }
                    }
                    """;
            case MERIDIAN -> """
                    {
                      "id": "car-meridian-travel",
                      "name": "Meridian corporate card",
                      "kind": "CAR",
                      "title": "Corporate Card Transaction Listing",
                      "dates": "dd-MMM-yyyy",
                      "amounts": { "positive": "EUR 1.234,56", "negative": "EUR -1.234,56" },
                      "names": "FIRST_LAST",
                      "lines": {
                        "period": "Billing period {start} to {end}",
                        "page": "Sheet {page} of {pages}",
                        "cardholder": "Card member {name}[ Staff no. {employeeId}]",
                        "account": "Card no. {account}[ Dept {costCenter}]",
                        "columns": "Ref. no. Purchase Booked Value Supplier",
                        "transaction": "{reference} {transDate} {postDate} {amount} {merchant}",
                        "cardholderTotal": "Total card member {amount} in {count} items",
                        "reportTotal": "Grand total {amount}[ ({cardholders} card members, {transactions} items)]"
                      },
                      "labels": {
                        "job": "Proj:", "phase": "Task:", "costType": "Cat:",
                        "glAccount": "Ledger:", "description": "Memo:"
                      }
                    }
                    """;
        };
    }

    /** The receipt report profile document an admin would write for this wording. */
    public String receiptProfile() {
        return switch (this) {
            case STANDARD -> throw new IllegalStateException("the standard wording is the built-in receipts-standard");
            case HARBOR -> """
                    {
                      "id": "receipts-harbor-expense",
                      "name": "Harbor expense tool",
                      "kind": "RECEIPTS",
                      "title": "EXPENSE RECEIPTS DETAIL",
                      "dates": "yyyy-MM-dd",
                      "amounts": { "positive": "1,234.56 USD", "negative": "(1,234.56) USD" },
                      "names": "LAST_FIRST",
                      "lines": {
                        "period": "Report dates {start} to {end}",
                        "page": "Pg {page} / {pages}",
                        "employee": "Traveler: {name}[ Emp #{employeeId}]",
                        "columns": "Date Receipt Vendor Amount",
                        "receipt": "{date} {receiptId} {merchant} {amount}",
                        "receiptTotal": "{count} receipts totaling {amount}",
                        "attachmentYes": "Image: {pages} page(s)",
                        "attachmentNo": "Image: none"
                      },
                      "labels": { "address": "Location:", "title": "Category:", "purpose": "Reason:" }
                    }
                    """;
            case MERIDIAN -> """
                    {
                      "id": "receipts-meridian-claims",
                      "name": "Meridian expense claims",
                      "kind": "RECEIPTS",
                      "title": "RECEIPT LISTING BY EMPLOYEE",
                      "dates": "dd-MMM-yyyy",
                      "amounts": { "positive": "1.234,56 EUR", "negative": "1.234,56- EUR" },
                      "names": "LAST_FIRST",
                      "lines": {
                        "period": "From {start} until {end}",
                        "page": "Sheet {page} of {pages}",
                        "employee": "Claimant {name}[ (staff no. {employeeId})]",
                        "columns": "Voucher Value Dated Supplier",
                        "receipt": "{receiptId} {amount} {date} {merchant}",
                        "receiptTotal": "Claim total {amount} ({count} receipts)",
                        "attachmentYes": "Scans attached: {pages}",
                        "attachmentNo": "No scan"
                      },
                      "labels": { "address": "Where:", "title": "What:", "purpose": "Why:" }
                    }
                    """;
        };
    }
}
