package com.ccp.report;

import com.ccp.report.ReceiptSectionBuilder.ReceiptBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The line-by-line state machine of the receipt report body, image pages included. */
final class ReceiptReader {

    private static final Pattern EMPLOYEE =
            Pattern.compile("^Employee\\s*:\\s*(.+?)(?:\\s+Employee ID\\s*:\\s*(\\S*))?$");
    private static final Pattern EMPLOYEE_ID = Pattern.compile("^Employee ID\\s*:\\s*(\\S*)$");
    private static final Pattern CONTINUED = Pattern.compile("^(.+?)\\s*\\((?i:continued|cont'?d\\.?)\\)$");
    private static final Set<String> COLUMN_WORDS = Set.of("Receipt", "ID", "No", "#", "Date", "Merchant", "Amount");
    private static final Pattern RECEIPT_TOTAL =
            Pattern.compile("^Receipt Total\\s*:?\\s*(" + Amounts.RECEIPT_AMOUNT + ")(.*)$");
    private static final Pattern RECEIPTS = Pattern.compile("Receipts\\s*:?\\s*([\\d,]+)");
    private static final Pattern RECEIPT = Pattern.compile(
            "^(\\S+)\\s+(" + Amounts.DATE + ")(?:\\s+(.*?))?\\s+(" + Amounts.RECEIPT_AMOUNT + ")$");
    private static final Pattern DETAIL = Pattern.compile("^(Address|Title|Purpose)\\s*:\\s*(.*)$");
    private static final Pattern ATTACHMENT = Pattern.compile("^Attachment\\s*:\\s*(.*)$");
    private static final Pattern ATTACHMENT_VALUE =
            Pattern.compile("^(Yes|No)\\b\\s*(?:\\(\\s*(\\d+)\\s*pages?\\s*\\))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final List<ParseWarning> warnings;
    private final List<ReceiptEmployee> employees = new ArrayList<>();
    private final Set<String> receiptIds = new HashSet<>();
    private @Nullable ReceiptSectionBuilder section;
    private @Nullable String openDetail;
    private boolean afterHeading;
    /** The index of the line being read within its page's {@link PageLines#lines(String)}. */
    int lineIndex;

    ReceiptReader(List<ParseWarning> warnings) {
        this.warnings = warnings;
    }

    /** True for a line the report gives meaning to, so that it is never taken for a footer. */
    static boolean meaningful(String line) {
        return EMPLOYEE.matcher(line).matches() || RECEIPT_TOTAL.matcher(line).matches()
                || RECEIPT.matcher(line).matches() || DETAIL.matcher(line).matches()
                || ATTACHMENT.matcher(line).matches();
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
        Matcher m;
        if ((m = EMPLOYEE.matcher(line)).matches()) {
            employee(page, m.group(1), m.group(2));
            afterHeading = true;
        } else if ((m = EMPLOYEE_ID.matcher(line)).matches()) {
            employeeId(page, m.group(1), line);
            afterHeading = true;
        } else if ((m = RECEIPT_TOTAL.matcher(line)).matches()) {
            receiptTotal(page, m, line);
        } else if ((m = RECEIPT.matcher(line)).matches()) {
            receipt(page, m, line);
        } else if ((m = DETAIL.matcher(line)).matches()) {
            detail(page, m.group(1), m.group(2), line);
        } else if ((m = ATTACHMENT.matcher(line)).matches()) {
            attachment(page, m.group(1), line);
        } else if (heading && PageLines.columnHeader(line, COLUMN_WORDS)) {
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
        Matcher continued = CONTINUED.matcher(name);
        if (continued.matches() && section != null
                && Names.normalise(continued.group(1)).equals(Names.normalise(section.name))) {
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

    private void receiptTotal(int page, Matcher m, String line) {
        openDetail = null;
        if (section == null || section.listClosed) {
            warn(page, "A 'Receipt Total' line that closes no receipt list was not placed: '" + line + "'.");
            return;
        }
        checkAttachment();
        section.closeReceipt();
        section.touch(page, lineIndex);
        section.printedTotal = Amounts.parse(m.group(1));
        Matcher count = RECEIPTS.matcher(m.group(2));
        section.printedCount = count.find() ? Amounts.parseCount(count.group(1)) : null;
        section.listClosed = true;
    }

    private void receipt(int page, Matcher m, String line) {
        openDetail = null;
        Optional<LocalDate> date = Amounts.parseDate(m.group(2));
        if (section == null || date.isEmpty()) {
            warn(page, (section == null ? "A receipt line before any employee line"
                    : "A receipt line with an impossible date") + " was not placed: '" + line + "'.");
            return;
        }
        if (section.listClosed) {
            warn(page, "Receipt " + m.group(1) + " comes after the 'Receipt Total' line of " + section.name
                    + "; it was counted as theirs.");
        }
        if (!receiptIds.add(m.group(1))) {
            warn(page, "Receipt ID " + m.group(1) + " appears more than once in this report.");
        }
        checkAttachment();
        section.touch(page, lineIndex);
        String merchant = m.group(3) == null ? "" : m.group(3);
        section.startReceipt(new ReceiptBuilder(m.group(1), date.get(), merchant, Amounts.parse(m.group(4)), page));
    }

    private void detail(int page, String label, String value, String line) {
        ReceiptBuilder receipt = openReceipt(page, line);
        if (receipt == null) {
            return;
        }
        String text = value.isBlank() ? null : value.strip();
        switch (label) {
            case "Address" -> receipt.address = text;
            case "Title" -> receipt.title = text;
            default -> receipt.purpose = text;
        }
        openDetail = label;
    }

    private void attachment(int page, String value, String line) {
        openDetail = null;
        ReceiptBuilder receipt = openReceipt(page, line);
        if (receipt == null) {
            return;
        }
        Matcher m = ATTACHMENT_VALUE.matcher(value.strip());
        if (!m.matches()) {
            warn(page, "Receipt " + receipt.receiptId + " has an unreadable attachment line '" + line
                    + "'; it was read as having no attachment.");
            receipt.attachment = false;
            return;
        }
        receipt.attachment = m.group(1).equalsIgnoreCase("yes");
        receipt.attachmentPages = receipt.attachment ? (m.group(2) == null ? 1 : Integer.parseInt(m.group(2))) : 0;
    }

    private void other(int page, String line) {
        ReceiptBuilder receipt = section == null ? null : section.openReceipt();
        if (receipt != null && openDetail != null) {
            section.touch(page, lineIndex);
            switch (openDetail) {
                case "Address" -> receipt.address = join(receipt.address, line);
                case "Title" -> receipt.title = join(receipt.title, line);
                default -> receipt.purpose = join(receipt.purpose, line);
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
                    + " has no 'Receipt Total' line.");
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
