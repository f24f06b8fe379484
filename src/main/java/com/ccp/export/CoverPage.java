package com.ccp.export;

import com.ccp.base.Formats;
import com.ccp.employee.EmployeeCover;
import com.ccp.employee.ExportCandidate;
import com.ccp.pdf.export.ReportDocument.Column;
import com.ccp.pdf.export.ReportDocument.Fact;
import com.ccp.pdf.export.ReportDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cover of an employee's document (formats.md §4): who, which card, period, session, batch,
 * the totals, and every transaction with the receipt that matched it or how its issue was
 * resolved. {@link ReportDocument} continues it on further cover pages when it needs more room.
 */
final class CoverPage {

    private static final List<Column> TRANSACTIONS = List.of(new Column("Date", 1.25f, false),
            new Column("Reference", 2.6f, false), new Column("Merchant", 2.7f, false), new Column("Amount", 1.15f, true),
            new Column("Receipt or resolution", 2.9f, false));
    private static final List<Column> RECEIPTS = List.of(new Column("Receipt ID", 2, false),
            new Column("Date", 1.2f, false), new Column("Merchant", 3, false), new Column("Amount", 1.3f, true));
    private static final List<Column> RESOLUTIONS = List.of(new Column("Issue", 1.6f, false),
            new Column("Detail", 3.4f, false), new Column("Resolution", 3.4f, false));

    private CoverPage() {
    }

    static void write(ReportDocument report, BatchHeader batch, ExportCandidate employee, EmployeeCover cover)
            throws IOException {
        report.title(employee.name(), "Employee ID " + employee.employeeId() + " — card activity, statement period "
                + batch.period());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Employee", employee.name()));
        facts.add(new Fact("Employee ID", employee.employeeId()));
        facts.add(new Fact("Card", employee.cardLast4() == null ? "— (no card in the CAR)"
                : "ending " + employee.cardLast4()));
        if (cover.costCenter() != null) {
            facts.add(new Fact("Cost center", cover.costCenter()));
        }
        facts.add(new Fact("Statement period", batch.period()));
        facts.add(new Fact("Session", batch.sessionName()));
        facts.add(new Fact("Export batch", batch.batchId() + " (" + batch.mode() + ")"));
        facts.add(new Fact("Exported", Formats.dateTimeWithZone(batch.createdAt()) + " by " + batch.createdBy()));
        facts.add(new Fact("CAR total", ExceptionsReport.money(cover.carTotal()) + " (" + cover.transactions().size()
                + " transactions)"));
        facts.add(new Fact("Receipt total", ExceptionsReport.money(cover.receiptTotal()) + " ("
                + cover.receipts().size() + " receipts)"));
        report.facts(facts);

        report.section("Transactions");
        if (cover.transactions().isEmpty()) {
            report.note("No card transactions in the CAR for this employee.");
        } else {
            report.table(TRANSACTIONS);
            for (EmployeeCover.Transaction t : cover.transactions()) {
                report.row(List.of(Formats.date(t.transDate()), t.reference(), t.merchant(),
                        ExceptionsReport.money(t.amount()), outcome(t)));
            }
            report.totalRow(List.of("Total", "", "", ExceptionsReport.money(cover.carTotal()), ""));
        }
        if (!cover.receipts().isEmpty()) {
            report.section("Receipts");
            report.table(RECEIPTS);
            for (EmployeeCover.Receipt r : cover.receipts()) {
                report.row(List.of(r.receiptId(), Formats.date(r.date()), r.merchant(),
                        ExceptionsReport.money(r.amount())));
            }
            report.totalRow(List.of("Total", "", "", ExceptionsReport.money(cover.receiptTotal())));
        }
        if (!cover.otherResolutions().isEmpty()) {
            report.section("Other resolved issues");
            report.table(RESOLUTIONS);
            for (EmployeeCover.Resolution r : cover.otherResolutions()) {
                report.row(List.of(ExceptionsReport.label(r.flag()), Formats.datesIn(r.detail()), describe(r)));
            }
        }
    }

    /** The matched receipt, else every resolution of the transaction's issues. */
    static String outcome(EmployeeCover.Transaction t) {
        List<String> parts = new ArrayList<>();
        if (t.matchedReceiptId() != null) {
            parts.add("Receipt " + t.matchedReceiptId());
        }
        for (EmployeeCover.Resolution r : t.resolutions()) {
            parts.add(ExceptionsReport.label(r.flag()) + ": " + describe(r));
        }
        return parts.isEmpty() ? "No receipt" : parts.stream().collect(Collectors.joining("; "));
    }

    static String describe(EmployeeCover.Resolution r) {
        StringBuilder text = new StringBuilder("resolved");
        if (r.reason() != null) {
            text.append(" as ").append(r.reason());
        }
        if (r.note() != null && !r.note().isBlank()) {
            text.append(" — “").append(r.note().strip()).append("”");
        }
        if (r.resolvedBy() != null) {
            text.append(" by ").append(r.resolvedBy());
        }
        return text.toString();
    }
}
