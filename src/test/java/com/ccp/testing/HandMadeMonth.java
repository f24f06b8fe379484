package com.ccp.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small month written line by line in the layouts of formats.md §1 and §2 (Acme Construction,
 * March 2025), for tests that need exact amounts, dates and merchants: near misses, duplicates.
 * Every transaction has a GL account and every receipt an image page, so the only issues are
 * those of matching.
 */
public final class HandMadeMonth {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public record Charge(String reference, int day, String merchant, String amount) {
    }

    public record Slip(String receiptId, int day, String merchant, String amount) {
    }

    private record Person(String employeeId, String last, String first, List<Charge> charges, List<Slip> slips) {
    }

    private final Map<String, Person> people = new LinkedHashMap<>();

    public HandMadeMonth employee(String employeeId, String last, String first) {
        people.put(employeeId, new Person(employeeId, last, first, new ArrayList<>(), new ArrayList<>()));
        return this;
    }

    public HandMadeMonth charge(String employeeId, String reference, int day, String merchant, String amount) {
        people.get(employeeId).charges().add(new Charge(reference, day, merchant, amount));
        return this;
    }

    public HandMadeMonth receipt(String employeeId, String receiptId, int day, String merchant, String amount) {
        people.get(employeeId).slips().add(new Slip(receiptId, day, merchant, amount));
        return this;
    }

    /** A copy with the same employees and charges and no receipts, to write another receipt report. */
    public HandMadeMonth withoutReceipts() {
        HandMadeMonth copy = new HandMadeMonth();
        people.values().forEach(p -> copy.people.put(p.employeeId(), new Person(p.employeeId(), p.last(), p.first(),
                new ArrayList<>(p.charges()), new ArrayList<>())));
        return copy;
    }

    public Path writeCar(Path file) {
        List<Person> cardholders = people.values().stream().filter(p -> !p.charges().isEmpty()).toList();
        List<String> pages = new ArrayList<>();
        BigDecimal reportTotal = BigDecimal.ZERO.setScale(2);
        int transactions = 0;
        for (int i = 0; i < cardholders.size(); i++) {
            Person p = cardholders.get(i);
            StringBuilder page = new StringBuilder("""
                    CARDHOLDER ACTIVITY REPORT
                    Acme Construction, Inc.
                    Statement Period: 03/01/2025 - 03/31/2025   Page %d of %d
                    Cardholder: %s, %s   Employee ID: %s
                    Account Number: XXXX-XXXX-XXXX-1111   Cost Center: 100 Admin
                    Trans Date Post Date Reference Number   Merchant Name / Location   Amount
                    """.formatted(i + 1, cardholders.size(), p.last().toUpperCase(Locale.ROOT),
                    p.first().toUpperCase(Locale.ROOT), p.employeeId()));
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (Charge c : p.charges()) {
                LocalDate date = day(c.day());
                page.append(DATE.format(date)).append(' ').append(DATE.format(date.plusDays(1))).append(' ')
                        .append(c.reference()).append(' ').append(c.merchant()).append("   ").append(c.amount())
                        .append("\n   GL Account: 6100 - Office Supplies\n");
                total = total.add(new BigDecimal(c.amount().replace(",", "")));
            }
            page.append("Cardholder Total (").append(p.charges().size()).append(" transactions):   ")
                    .append(plain(total)).append('\n');
            reportTotal = reportTotal.add(total);
            transactions += p.charges().size();
            if (i == cardholders.size() - 1) {
                page.append("Report Total: ").append(plain(reportTotal)).append("   Cardholders: ")
                        .append(cardholders.size()).append("   Transactions: ").append(transactions).append('\n');
            }
            page.append("Printed 04/02/2025 08:15   Confidential");
            pages.add(page.toString());
        }
        return TestPdfs.textPdf(file, pages);
    }

    /** One page per employee with receipts, each followed by one blank image page per receipt. */
    public Path writeReceipts(Path file) {
        List<Person> submitters = people.values().stream().filter(p -> !p.slips().isEmpty()).toList();
        int pageCount = submitters.stream().mapToInt(p -> 1 + p.slips().size()).sum();
        List<String> pages = new ArrayList<>();
        for (Person p : submitters) {
            StringBuilder page = new StringBuilder("""
                    EMPLOYEE RECEIPT REPORT
                    Acme Construction, Inc.
                    Period: 03/01/2025 - 03/31/2025   Page %d of %d
                    Employee: %s %s   Employee ID: %s
                    Receipt ID     Date       Merchant                         Amount
                    """.formatted(pages.size() + 1, pageCount, p.first(), p.last(), p.employeeId()));
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            for (Slip s : p.slips()) {
                BigDecimal amount = new BigDecimal(s.amount());
                page.append(s.receiptId()).append("   ").append(DATE.format(day(s.day()))).append(' ')
                        .append(s.merchant()).append("   ").append(dollars(amount))
                        .append("\n   Attachment: Yes (1 pages)\n");
                total = total.add(amount);
            }
            page.append("Receipt Total: ").append(dollars(total)).append("   Receipts: ").append(p.slips().size());
            pages.add(page.toString());
            p.slips().forEach(s -> pages.add(""));
        }
        return TestPdfs.textPdf(file, pages);
    }

    private static LocalDate day(int day) {
        return LocalDate.of(2025, 3, day);
    }

    private static String plain(BigDecimal amount) {
        return String.format(Locale.US, "%,.2f", amount);
    }

    private static String dollars(BigDecimal amount) {
        return (amount.signum() < 0 ? "-$" : "$") + plain(amount.abs());
    }
}
