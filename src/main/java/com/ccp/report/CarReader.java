package com.ccp.report;

import com.ccp.report.CarSectionBuilder.TransactionBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The line-by-line state machine of the CAR body (header and footer lines already removed). */
final class CarReader {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private final CarWording wording;
    private final List<ParseWarning> warnings;
    /** The index of the line being read within its page's {@link PageLines#lines(String)}. */
    int lineIndex;
    private final List<Cardholder> cardholders = new ArrayList<>();
    private @Nullable CarSectionBuilder section;
    private boolean inDescription;
    private boolean afterHeading;
    @Nullable BigDecimal reportTotal;
    @Nullable Integer reportCardholders;
    @Nullable Integer reportTransactions;
    int reportTotalPage;

    CarReader(CarWording wording, List<ParseWarning> warnings) {
        this.wording = wording;
        this.warnings = warnings;
    }

    /** True for a line the report gives meaning to, so that it is never taken for a footer. */
    boolean meaningful(String line) {
        CarWording w = wording;
        return w.reportTotal.matches(line) || w.cardholderTotal.matches(line) || w.cardholder.matches(line)
                || (w.account != null && w.account.matches(line)) || w.transaction.matches(line)
                || w.labels.startsCoding(line) || w.labels.description(line) != null;
    }

    void accept(int page, String line) {
        boolean heading = afterHeading;
        afterHeading = false;
        CarWording w = wording;
        Template.Match m;
        String description;
        if ((m = w.reportTotal.match(line)) != null) {
            reportTotal(page, m, line);
        } else if ((m = w.cardholderTotal.match(line)) != null) {
            cardholderTotal(page, m, line);
        } else if (w.continued != null && (m = w.continued.match(line)) != null) {
            continued(page, m.text("name"), line);
        } else if ((m = w.cardholder.match(line)) != null) {
            cardholder(page, m.text("name"), m.text("employeeId"), line);
        } else if (heading && w.idLine != null && section != null && section.idMissing
                && (m = w.idLine.match(line)) != null && DIGITS.matcher(m.text("employeeId")).matches()) {
            section.setEmployeeId(m.text("employeeId"));
            touch(page);
            afterHeading = true;
        } else if (w.account != null && (m = w.account.match(line)) != null) {
            account(page, m, line);
        } else if ((m = w.transaction.match(line)) != null) {
            transaction(page, m, line);
        } else if (w.labels.startsCoding(line)) {
            coding(page, line);
        } else if ((description = w.labels.description(line)) != null) {
            description(page, description, line);
        } else if (heading && (w.columns.matches(line) || PageLines.columnHeader(line, w.columnWords))) {
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

    private void reportTotal(int page, Template.Match m, String line) {
        if (reportTotal != null) {
            warn(page, "A second report total line was ignored: '" + line + "'.");
            return;
        }
        if (section != null) {
            warn(page, "The section of " + section.name + " ends without a 'Cardholder Total' line.");
            closeSection();
        }
        inDescription = false;
        reportTotal = m.amount();
        reportTotalPage = page;
        reportCardholders = m.number("cardholders");
        reportTransactions = m.number("transactions");
    }

    private void cardholderTotal(int page, Template.Match m, String line) {
        inDescription = false;
        if (section == null) {
            warn(page, "A cardholder total line outside any cardholder section was not placed: '" + line + "'.");
            return;
        }
        section.touch(page, lineIndex);
        section.printedCount = m.number("count");
        section.printedTotal = m.amount();
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

    private void cardholder(int page, String name, @Nullable String employeeId, String line) {
        if (section != null && wording.continued == null && sameSection(name, employeeId)) {
            // without a continuation template, the section's own heading repeated is its continuation
            section.touch(page, lineIndex);
            afterHeading = true;
            return;
        }
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

    private boolean sameSection(String name, @Nullable String employeeId) {
        return section != null && Names.normalise(name).equals(Names.normalise(section.name))
                && (employeeId == null ? section.idMissing : employeeId.equals(section.employeeId));
    }

    private void account(int page, Template.Match m, String line) {
        if (section == null) {
            warn(page, "An account line outside any cardholder section was not placed: '" + line + "'.");
            return;
        }
        section.touch(page, lineIndex);
        afterHeading = true;
        String digits = NOT_DIGIT.matcher(m.text("account")).replaceAll("");
        section.cardLast4 = digits.length() >= 4 ? digits.substring(digits.length() - 4) : null;
        String costCenter = m.text("costCenter");
        section.costCenter = costCenter == null || costCenter.isBlank() ? null : costCenter.strip();
    }

    private void touch(int page) {
        if (section != null) {
            section.touch(page, lineIndex);
        }
    }

    private void transaction(int page, Template.Match m, String line) {
        inDescription = false;
        Optional<LocalDate> transDate = m.date("transDate");
        Optional<LocalDate> postDate = m.date("postDate");
        if (section == null || transDate.isEmpty() || postDate.isEmpty()) {
            warn(page, (section == null ? "A transaction line outside any cardholder section"
                    : "A transaction line with an impossible date") + " was not placed: '" + line + "'.");
            return;
        }
        String merchant = m.text("merchant");
        section.touch(page, lineIndex);
        section.startTransaction(new TransactionBuilder(transDate.get(), postDate.get(), m.text("reference"),
                merchant == null ? "" : merchant, m.amount(), page));
    }

    private void coding(int page, String line) {
        TransactionBuilder transaction = openTransaction(page, line);
        if (transaction == null) {
            return;
        }
        inDescription = false;
        Matcher label = wording.labels.find(line);
        List<int[]> spans = new ArrayList<>();
        while (label.find()) {
            spans.add(new int[] {label.start(), label.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : line.length();
            CarWording.Part part = wording.labels.part(line.substring(spans.get(i)[0], spans.get(i)[1]));
            String value = line.substring(spans.get(i)[1], end).strip();
            setCoding(transaction, part, value.isEmpty() ? null : value);
        }
    }

    private void setCoding(TransactionBuilder transaction, CarWording.Part part, @Nullable String value) {
        switch (part) {
            case JOB -> transaction.job = value;
            case PHASE -> transaction.phase = value;
            case COST_TYPE -> transaction.costType = value;
            case GL_ACCOUNT -> transaction.glAccount = value;
            case DESCRIPTION -> {
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
