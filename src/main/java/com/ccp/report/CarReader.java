package com.ccp.report;

import com.ccp.report.CarSectionBuilder.TransactionBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The line-by-line state machine of the CAR body (header and footer lines already removed). */
final class CarReader {

    private static final Pattern REPORT_TOTAL =
            Pattern.compile("^Report Total\\s*:?\\s*(" + Amounts.CAR_AMOUNT + ")(.*)$");
    private static final Pattern CARDHOLDERS = Pattern.compile("Cardholders\\s*:?\\s*([\\d,]+)");
    private static final Pattern TRANSACTIONS = Pattern.compile("Transactions\\s*:?\\s*([\\d,]+)");
    private static final Pattern CARDHOLDER_TOTAL = Pattern.compile(
            "^Cardholder Total\\b.*?\\(\\s*([\\d,]+)\\s+transactions?\\s*\\)\\s*:?\\s*(" + Amounts.CAR_AMOUNT + ")$");
    private static final Pattern CONTINUED = Pattern.compile(
            "^Cardholder\\s*:\\s*(.+?)\\s*\\((?i:continued|cont'?d\\.?)\\)(?:\\s+Employee ID\\s*:\\s*\\S*)?$");
    private static final Pattern CARDHOLDER =
            Pattern.compile("^Cardholder\\s*:\\s*(.+?)(?:\\s+Employee ID\\s*:\\s*(\\S*))?$");
    private static final Pattern EMPLOYEE_ID = Pattern.compile("^Employee ID\\s*:\\s*(\\d+)$");
    private static final Pattern ACCOUNT = Pattern.compile(
            "^(?:Account|Card)(?: Number| No\\.?)?\\s*:\\s*(\\S*)(?:.*?Cost Center\\s*:\\s*(.*))?$");
    private static final Set<String> COLUMN_WORDS =
            Set.of("Trans", "Transaction", "Post", "Posting", "Date", "Reference", "Merchant", "Location", "Amount");
    private static final Pattern TRANSACTION = Pattern.compile("^(" + Amounts.DATE + ")\\s+(" + Amounts.DATE
            + ")\\s+(\\S+)(?:\\s+(.*?))?\\s+(" + Amounts.CAR_AMOUNT + ")$");
    private static final Pattern CODING = Pattern.compile("^(?:Job|Phase|Cost Type|GL Account)\\s*:");
    private static final Pattern LABEL = Pattern.compile("\\b(Job|Phase|Cost Type|GL Account|Description)\\s*:");
    private static final Pattern DESCRIPTION = Pattern.compile("^Description\\s*:\\s*(.*)$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final List<ParseWarning> warnings;
    private final List<Cardholder> cardholders = new ArrayList<>();
    private @Nullable CarSectionBuilder section;
    private boolean inDescription;
    private boolean afterHeading;
    @Nullable BigDecimal reportTotal;
    @Nullable Integer reportCardholders;
    @Nullable Integer reportTransactions;
    int reportTotalPage;
    /** The index of the line being read within its page's {@link PageLines#lines(String)}. */
    int lineIndex;

    CarReader(List<ParseWarning> warnings) {
        this.warnings = warnings;
    }

    /** True for a line the report gives meaning to, so that it is never taken for a footer. */
    static boolean meaningful(String line) {
        return REPORT_TOTAL.matcher(line).matches() || CARDHOLDER_TOTAL.matcher(line).matches()
                || CARDHOLDER.matcher(line).matches() || ACCOUNT.matcher(line).matches()
                || TRANSACTION.matcher(line).matches() || CODING.matcher(line).find()
                || DESCRIPTION.matcher(line).matches();
    }

    void accept(int page, String line) {
        boolean heading = afterHeading;
        afterHeading = false;
        Matcher m;
        if ((m = REPORT_TOTAL.matcher(line)).matches()) {
            reportTotal(page, m);
        } else if ((m = CARDHOLDER_TOTAL.matcher(line)).matches()) {
            cardholderTotal(page, m, line);
        } else if ((m = CONTINUED.matcher(line)).matches()) {
            continued(page, m.group(1), line);
        } else if ((m = CARDHOLDER.matcher(line)).matches()) {
            cardholder(page, m.group(1), m.group(2));
        } else if (heading && (m = EMPLOYEE_ID.matcher(line)).matches() && section != null && section.idMissing) {
            section.setEmployeeId(m.group(1));
            touch(page);
            afterHeading = true;
        } else if ((m = ACCOUNT.matcher(line)).matches()) {
            account(page, m, line);
        } else if ((m = TRANSACTION.matcher(line)).matches()) {
            transaction(page, m, line);
        } else if (CODING.matcher(line).find()) {
            coding(page, line);
        } else if ((m = DESCRIPTION.matcher(line)).matches()) {
            description(page, m.group(1), line);
        } else if (heading && PageLines.columnHeader(line, COLUMN_WORDS)) {
            touch(page);
            afterHeading = true;
        } else {
            other(page, line);
        }
    }

    List<Cardholder> finish(int lastPage) {
        if (section != null) {
            warn(lastPage, "The section of " + section.name + " ends without a 'Cardholder Total' line.");
            closeSection();
        }
        return cardholders;
    }

    private void reportTotal(int page, Matcher m) {
        if (reportTotal != null) {
            warn(page, "A second 'Report Total' line was ignored: '" + m.group() + "'.");
            return;
        }
        if (section != null) {
            warn(page, "The section of " + section.name + " ends without a 'Cardholder Total' line.");
            closeSection();
        }
        inDescription = false;
        reportTotal = Amounts.parse(m.group(1));
        reportTotalPage = page;
        reportCardholders = count(CARDHOLDERS.matcher(m.group(2)));
        reportTransactions = count(TRANSACTIONS.matcher(m.group(2)));
    }

    private static @Nullable Integer count(Matcher m) {
        return m.find() ? Amounts.parseCount(m.group(1)) : null;
    }

    private void cardholderTotal(int page, Matcher m, String line) {
        inDescription = false;
        if (section == null) {
            warn(page, "A 'Cardholder Total' line outside any cardholder section was not placed: '" + line + "'.");
            return;
        }
        section.touch(page, lineIndex);
        section.printedCount = Amounts.parseCount(m.group(1));
        section.printedTotal = Amounts.parse(m.group(2));
        closeSection();
    }

    private void continued(int page, String name, String line) {
        if (section == null) {
            warn(page, "A continuation line with no open cardholder section was not placed: '" + line + "'.");
        } else {
            if (!Names.normalise(name).equals(Names.normalise(section.name))) {
                warn(page, "The section of " + section.name + " continues under the name " + name
                        + "; it was read as the same section.");
            }
            section.touch(page, lineIndex);
        }
        afterHeading = true;
    }

    private void cardholder(int page, String name, @Nullable String employeeId) {
        if (section != null) {
            warn(page, "The section of " + section.name + " ends without a 'Cardholder Total' line.");
            closeSection();
        }
        inDescription = false;
        afterHeading = true;
        boolean valid = employeeId != null && DIGITS.matcher(employeeId).matches();
        section = new CarSectionBuilder(valid ? employeeId : "NOID-" + Names.normalise(name), name, page);
        section.touch(page, lineIndex);
        section.idMissing = !valid;
        if (!valid && employeeId != null && !employeeId.isEmpty()) {
            warn(page, "Cardholder " + name + " has an Employee ID that is not a number ('" + employeeId + "').");
        }
    }

    private void account(int page, Matcher m, String line) {
        if (section == null) {
            warn(page, "An account line outside any cardholder section was not placed: '" + line + "'.");
            return;
        }
        section.touch(page, lineIndex);
        afterHeading = true;
        String digits = m.group(1).replaceAll("\\D", "");
        section.cardLast4 = digits.length() >= 4 ? digits.substring(digits.length() - 4) : null;
        String costCenter = m.group(2);
        section.costCenter = costCenter == null || costCenter.isBlank() ? null : costCenter.strip();
    }

    private void touch(int page) {
        if (section != null) {
            section.touch(page, lineIndex);
        }
    }

    private void transaction(int page, Matcher m, String line) {
        inDescription = false;
        Optional<LocalDate> transDate = Amounts.parseDate(m.group(1));
        Optional<LocalDate> postDate = Amounts.parseDate(m.group(2));
        if (section == null || transDate.isEmpty() || postDate.isEmpty()) {
            warn(page, (section == null ? "A transaction line outside any cardholder section"
                    : "A transaction line with an impossible date") + " was not placed: '" + line + "'.");
            return;
        }
        String merchant = m.group(4) == null ? "" : m.group(4);
        section.touch(page, lineIndex);
        section.startTransaction(new TransactionBuilder(transDate.get(), postDate.get(), m.group(3), merchant,
                Amounts.parse(m.group(5)), page));
    }

    private void coding(int page, String line) {
        TransactionBuilder transaction = openTransaction(page, line);
        if (transaction == null) {
            return;
        }
        inDescription = false;
        Matcher label = LABEL.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (label.find()) {
            spans.add(new int[] {label.start(), label.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : line.length();
            String name = line.substring(spans.get(i)[0], spans.get(i)[1]).replaceAll("\\s*:$", "");
            String value = line.substring(spans.get(i)[1], end).strip();
            setCoding(transaction, name, value.isEmpty() ? null : value);
        }
    }

    private void setCoding(TransactionBuilder transaction, String label, @Nullable String value) {
        switch (label) {
            case "Job" -> transaction.job = value;
            case "Phase" -> transaction.phase = value;
            case "Cost Type" -> transaction.costType = value;
            case "GL Account" -> transaction.glAccount = value;
            default -> {
                transaction.startDescription(value == null ? "" : value);
                inDescription = true;
            }
        }
    }

    private void description(int page, String text, String line) {
        TransactionBuilder transaction = openTransaction(page, line);
        if (transaction != null) {
            transaction.startDescription(text);
            inDescription = true;
        }
    }

    private void other(int page, String line) {
        TransactionBuilder transaction = section == null ? null : section.openTransaction();
        if (inDescription && transaction != null) {
            section.touch(page, lineIndex);
            transaction.continueDescription(line);
        } else {
            warn(page, "A line that fits nowhere in the CAR was not placed: '" + line + "'.");
        }
    }

    private @Nullable TransactionBuilder openTransaction(int page, String line) {
        TransactionBuilder transaction = section == null ? null : section.openTransaction();
        if (transaction == null) {
            warn(page, "A coding line with no transaction before it was not placed: '" + line + "'.");
            return null;
        }
        section.touch(page, lineIndex);
        return transaction;
    }

    private void closeSection() {
        if (section != null) {
            if (section.idMissing) {
                warn(section.firstPage, "Cardholder " + section.name + " has no valid Employee ID; kept as "
                        + section.employeeId + ", which no receipt can link to by ID.");
            }
            cardholders.add(section.build());
            section = null;
        }
        inDescription = false;
    }

    private void warn(int page, String message) {
        warnings.add(new ParseWarning(page, message));
    }
}
