package com.ccp.report;

import com.ccp.report.ReceiptSectionBuilder.ReceiptBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The line-by-line state machine of the receipt report body, image pages included. */
final class ReceiptReader {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final ReceiptWording wording;
    private final List<ParseWarning> warnings;
    /** The index of the line being read within its page's {@link PageLines#lines(String)}. */
    int lineIndex;
    private final List<ReceiptEmployee> employees = new ArrayList<>();
    private final Set<String> receiptIds = new HashSet<>();
    private @Nullable ReceiptSectionBuilder section;
    private ReceiptWording.@Nullable Detail openDetail;
    private boolean afterHeading;

    ReceiptReader(ReceiptWording wording, List<ParseWarning> warnings) {
        this.wording = wording;
        this.warnings = warnings;
    }

    /** True for a line the report gives meaning to, so that it is never taken for a footer. */
    boolean meaningful(String line) {
        ReceiptWording w = wording;
        return w.employee.matches(line) || w.receiptTotal.matches(line) || w.receipt.matches(line)
                || w.detail(line) != null || w.attachmentYes.matches(line) || w.attachmentNo.matches(line)
                || w.looksLikeAttachment(line);
    }

    /** A page without any text: a scanned receipt of the employee whose section precedes it. */
    void imagePage(int page) {
        if (section == null) {
            warn(page, "An image page comes before any employee section; it belongs to no one.");
            return;
        }
        section.touch(page);
        section.imagePages++;
    }

    void accept(int page, String line) {
        boolean heading = afterHeading;
        afterHeading = false;
        ReceiptWording w = wording;
        Template.Match m;
        Matcher detail;
        if ((m = w.employee.match(line)) != null) {
            employee(page, m.text("name"), m.text("employeeId"));
            afterHeading = true;
        } else if (w.idLine != null && (m = w.idLine.match(line)) != null) {
            employeeId(page, m.text("employeeId"), line);
            afterHeading = true;
        } else if ((m = w.receiptTotal.match(line)) != null) {
            receiptTotal(page, m, line);
        } else if ((m = w.receipt.match(line)) != null) {
            receipt(page, m, line);
        } else if ((detail = w.detail(line)) != null) {
            detail(page, w.detailOf(detail.group(1)), detail.group(2), line);
        } else if ((m = w.attachmentYes.match(line)) != null) {
            attachment(page, m.number("pages"), line);
        } else if (w.attachmentNo.matches(line)) {
            attachment(page, 0, line);
        } else if (w.looksLikeAttachment(line)) {
            attachment(page, null, line);
        } else if (heading && (w.columns.matches(line) || PageLines.columnHeader(line, w.columnWords))) {
            touch(page);
            afterHeading = true;
        } else {
            other(page, line);
        }
    }

    List<ReceiptEmployee> finish() {
        closeSection();
        return employees;
    }

    private void employee(int page, String name, @Nullable String employeeId) {
        if (section != null && !section.listClosed && Names.normalise(name).equals(Names.normalise(section.name))
                && Objects.equals(validId(page, name, employeeId), section.employeeId)) {
            // the employee line repeated over a list that runs on: the same section
            section.touch(page, lineIndex);
            return;
        }
        closeSection();
        section = new ReceiptSectionBuilder(validId(page, name, employeeId), name, page);
        section.touch(page, lineIndex);
    }

    private @Nullable String validId(int page, String name, @Nullable String employeeId) {
        if (employeeId == null || employeeId.isEmpty()) {
            return null;
        }
        if (!DIGITS.matcher(employeeId).matches()) {
            warn(page, "The Employee ID '" + employeeId + "' of " + name + " is not a number; the section is"
                    + " treated as having no Employee ID.");
            return null;
        }
        return employeeId;
    }

    private void employeeId(int page, String employeeId, String line) {
        if (section != null && section.employeeId == null && !section.hasReceipts()) {
            section.employeeId = validId(page, section.name, employeeId);
            section.touch(page, lineIndex);
        } else {
            warn(page, "An Employee ID line that belongs to no employee line was not placed: '" + line + "'.");
        }
    }

    private void touch(int page) {
        if (section != null) {
            section.touch(page, lineIndex);
        }
    }

    private void receiptTotal(int page, Template.Match m, String line) {
        openDetail = null;
        if (section == null || section.listClosed) {
            warn(page, "A receipt total line that closes no receipt list was not placed: '" + line + "'.");
            return;
        }
        checkAttachment();
        section.closeReceipt();
        section.touch(page, lineIndex);
        section.printedTotal = m.amount();
        section.printedCount = m.number("count");
        section.listClosed = true;
    }

    private void receipt(int page, Template.Match m, String line) {
        openDetail = null;
        String receiptId = m.text("receiptId");
        Optional<LocalDate> date = m.date("date");
        if (section == null || date.isEmpty()) {
            warn(page, (section == null ? "A receipt line before any employee line"
                    : "A receipt line with an impossible date") + " was not placed: '" + line + "'.");
            return;
        }
        if (section.listClosed) {
            warn(page, "Receipt " + receiptId + " comes after the receipt total line of " + section.name
                    + "; it was counted as theirs.");
        }
        if (!receiptIds.add(receiptId)) {
            warn(page, "Receipt ID " + receiptId + " appears more than once in this report.");
        }
        checkAttachment();
        section.touch(page, lineIndex);
        String merchant = m.text("merchant");
        section.startReceipt(new ReceiptBuilder(receiptId, date.get(), merchant == null ? "" : merchant, m.amount(),
                page));
    }

    private void detail(int page, ReceiptWording.Detail label, String value, String line) {
        ReceiptBuilder receipt = openReceipt(page, line);
        if (receipt == null) {
            return;
        }
        String text = value.isBlank() ? null : value.strip();
        switch (label) {
            case ADDRESS -> receipt.address = text;
            case TITLE -> receipt.title = text;
            case PURPOSE -> receipt.purpose = text;
        }
        openDetail = label;
    }

    /** An attachment line: its page count, 0 for none, null when it says neither. */
    private void attachment(int page, @Nullable Integer pages, String line) {
        openDetail = null;
        ReceiptBuilder receipt = openReceipt(page, line);
        if (receipt == null) {
            return;
        }
        if (pages == null) {
            warn(page, "Receipt " + receipt.receiptId + " has an unreadable attachment line '" + line
                    + "'; it was read as having no attachment.");
            receipt.attachment = false;
            return;
        }
        receipt.attachment = pages > 0;
        receipt.attachmentPages = pages;
    }

    private void other(int page, String line) {
        ReceiptBuilder receipt = section == null ? null : section.openReceipt();
        if (receipt != null && openDetail != null) {
            section.touch(page, lineIndex);
            switch (openDetail) {
                case ADDRESS -> receipt.address = join(receipt.address, line);
                case TITLE -> receipt.title = join(receipt.title, line);
                case PURPOSE -> receipt.purpose = join(receipt.purpose, line);
            }
        } else {
            warn(page, "A line that fits nowhere in the receipt report was not placed: '" + line + "'.");
        }
    }

    private static String join(@Nullable String text, String more) {
        return text == null ? more : text + " " + more;
    }

    private @Nullable ReceiptBuilder openReceipt(int page, String line) {
        ReceiptBuilder receipt = section == null ? null : section.openReceipt();
        if (receipt == null) {
            warn(page, "A receipt detail line with no receipt before it was not placed: '" + line + "'.");
            return null;
        }
        section.touch(page, lineIndex);
        return receipt;
    }

    private void closeSection() {
        openDetail = null;
        if (section == null) {
            return;
        }
        checkAttachment();
        ReceiptEmployee employee = section.build();
        checkSection(employee);
        employees.add(employee);
        section = null;
    }

    private void checkAttachment() {
        ReceiptBuilder receipt = section == null ? null : section.openReceipt();
        if (receipt != null && receipt.attachment == null) {
            warn(receipt.page, "Receipt " + receipt.receiptId + " has no 'Attachment:' line; it was read as"
                    + " having no attachment.");
        }
    }

    private void checkSection(ReceiptEmployee employee) {
        if (employee.printedTotal() == null) {
            warn(employee.pages().last(), "The receipt list of " + employee.name()
                    + " has no receipt total line ('" + wording.receiptTotal.head() + "').");
        }
        ReceiptSectionBuilder s = section;
        int expected = employee.receipts().stream().mapToInt(Receipt::attachmentPages).sum();
        if (s != null && s.imagePages != expected) {
            warn(employee.pages().last(), employee.name() + "'s receipts announce " + expected
                    + " attachment pages but " + s.imagePages + " image pages follow their list.");
        }
    }

    private void warn(int page, String message) {
        warnings.add(new ParseWarning(page, message));
    }
}
