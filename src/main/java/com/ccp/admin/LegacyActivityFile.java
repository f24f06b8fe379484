package com.ccp.admin;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.base.Texts;
import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Flag;
import com.ccp.reconciliation.Money;
import com.ccp.reconciliation.ReconciledEmployee;
import com.ccp.reconciliation.TransactionMatch;
import com.ccp.report.CarTransaction;
import com.ccp.report.PageRange;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the old tool's {@code activity.json} (formats.md §6) into employees as the session stores them:
 * receipt records become transactions, flags become issues. Amounts are read as exact decimals, never
 * through {@code double}. Every bad value is collected, and any one refuses the whole file. Pure: no
 * Spring, no database.
 */
final class LegacyActivityFile {

    /** What a valid file holds: the employees, in file order, and notes worth telling the admin. */
    record Content(List<ReconciledEmployee> employees, List<String> warnings) {
    }

    static final int MAX_PROBLEMS_SHOWN = 200;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** A second employee of the same name is keyed {@code NAME (ID)}. */
    private static final Pattern NAME_WITH_ID = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    private static final Map<String, Flag> FLAGS = Map.of(
            "missing_coding_info", Flag.MISSING_CODING,
            "missing_receipt", Flag.MISSING_RECEIPT,
            "total_mismatch", Flag.TOTAL_MISMATCH);

    private final LegacyFields fields = new LegacyFields();
    private final List<String> warnings = new ArrayList<>();

    private LegacyActivityFile() {
    }

    static Content read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new AppException(ErrorCode.BAD_INPUT, "The file is not valid JSON: " + e.getOriginalMessage()
                    + ". Nothing was imported.", Map.of("file", "file"));
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new AppException(ErrorCode.BAD_INPUT, "The file is not an activity.json of the old tool: it must be "
                    + "an object keyed by employee name, with at least one employee. Nothing was imported.",
                    Map.of("file", "file"));
        }
        return new LegacyActivityFile().content(root);
    }

    private Content content(JsonNode root) {
        List<ReconciledEmployee> employees = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            ReconciledEmployee employee = employee(entry.getKey(), entry.getValue());
            String id = employee != null ? employee.employeeId() : LegacyFields.text(entry.getValue(), "employee_id");
            if (id != null && !ids.add(id)) {
                fields.problem(entry.getKey(), null, "employee_id", id, "is used by another employee too");
            } else if (employee != null) {
                employees.add(employee);
            }
        }
        if (!fields.problems().isEmpty()) {
            refuse();
        }
        return new Content(employees, warnings);
    }

    private @Nullable ReconciledEmployee employee(String key, JsonNode node) {
        int before = fields.problems().size();
        if (!node.isObject()) {
            fields.problem(key, null, "(employee)", null, "is not an object");
            return null;
        }
        String employeeId = LegacyFields.text(node, "employee_id");
        String name = nameOf(key, employeeId);
        if (employeeId == null || employeeId.isBlank()) {
            employeeId = "NOID-" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            warnings.add(key + ": no employee_id; imported as " + employeeId + ".");
        }
        BigDecimal carTotal = fields.amount(key, null, node, "car_total");
        BigDecimal receiptTotal = fields.amount(key, null, node, "rec_total");
        PageRange carPages = fields.pages(key, node, "car_page_range");
        PageRange receiptPages = fields.pages(key, node, "rec_page_range");
        String card = LegacyFields.text(node, "card_no");
        boolean inCar = card != null || carPages != null || (carTotal != null && carTotal.signum() != 0);
        List<TransactionMatch> transactions = transactions(key, employeeId, node.path("receipts"),
                carPages == null ? 0 : carPages.first());
        if (fields.problems().size() > before || carTotal == null || receiptTotal == null) {
            return null;
        }
        List<Finding> findings = findings(key, node.path("flags"), carTotal, receiptTotal, transactions);
        return new ReconciledEmployee(employeeId, inCar ? name : null, inCar ? null : name, last4(card), carTotal,
                receiptTotal, transactions, List.of(), carPages, receiptPages, findings);
    }

    private static String nameOf(String key, @Nullable String employeeId) {
        Matcher m = NAME_WITH_ID.matcher(key.strip());
        return m.matches() && m.group(2).strip().equals(employeeId) ? m.group(1) : key.strip();
    }

    private List<TransactionMatch> transactions(String key, String employeeId, JsonNode receipts, int page) {
        List<TransactionMatch> transactions = new ArrayList<>();
        if (receipts.isMissingNode() || receipts.isNull()) {
            return transactions;
        }
        if (!receipts.isObject()) {
            fields.problem(key, null, "receipts", null, "is not an object of receipt batches");
            return transactions;
        }
        for (Map.Entry<String, JsonNode> batch : receipts.properties()) {
            if (!batch.getValue().isArray()) {
                fields.problem(key, batch.getKey(), "receipts", null, "is not a list of records");
                continue;
            }
            int index = 0;
            for (JsonNode record : batch.getValue()) {
                String position = batch.getKey() + "/" + index++;
                CarTransaction t = transaction(key, employeeId, position, record, page, transactions.size() + 1);
                if (t != null) {
                    transactions.add(new TransactionMatch(t, null, List.of()));
                }
            }
        }
        return transactions;
    }

    private @Nullable CarTransaction transaction(String key, String employeeId, String position, JsonNode record,
            int page, int seq) {
        if (!record.isObject()) {
            fields.problem(key, position, "(record)", null, "is not an object");
            return null;
        }
        String recId = LegacyFields.text(record, "rec_id");
        String label = recId == null ? position : recId;
        LocalDate date = fields.date(key, label, record);
        BigDecimal amount = fields.amount(key, label, record, "amt");
        if (date == null || amount == null) {
            return null;
        }
        String reference = recId == null ? "LEGACY-" + employeeId + "-" + seq : recId;
        if (reference.length() > 60) {
            fields.problem(key, label, "rec_id", recId, "is longer than 60 characters");
            return null;
        }
        String glAccount = LegacyFields.text(record, "gl_acct");
        String glDescription = LegacyFields.text(record, "gl_desc");
        if (glAccount != null && glDescription != null) {
            glAccount = glAccount + " - " + glDescription;
        }
        String description = join(LegacyFields.text(record, "title"), LegacyFields.text(record, "purpose"));
        String merchant = LegacyFields.text(record, "merch_name");
        String address = LegacyFields.text(record, "merch_addy");
        return new CarTransaction(date, date, reference,
                Texts.truncate(merchant == null ? "" : merchant + (address == null ? "" : ", " + address), 300),
                amount, LegacyFields.text(record, "job"), LegacyFields.text(record, "phase"), LegacyFields.text(record, "cost_type"),
                glAccount == null ? null : Texts.truncate(glAccount, 200), description, page);
    }

    private List<Finding> findings(String key, JsonNode flags, BigDecimal carTotal, BigDecimal receiptTotal,
            List<TransactionMatch> transactions) {
        List<Finding> findings = new ArrayList<>();
        if (!flags.isObject()) {
            return findings;
        }
        for (Map.Entry<String, JsonNode> flag : flags.properties()) {
            if (!flag.getValue().asBoolean(false)) {
                continue;
            }
            Flag mapped = FLAGS.get(flag.getKey());
            if (mapped == null) {
                warnings.add(key + ": the flag '" + flag.getKey() + "' has no counterpart here and was not imported.");
                continue;
            }
            findings.add(finding(mapped, carTotal, receiptTotal, transactions));
        }
        return findings;
    }

    private static Finding finding(Flag flag, BigDecimal carTotal, BigDecimal receiptTotal,
            List<TransactionMatch> transactions) {
        return switch (flag) {
            case TOTAL_MISMATCH -> new Finding(flag, "TOTAL_MISMATCH", "CAR total " + Money.format(carTotal)
                    + " differs from receipt total " + Money.format(receiptTotal) + " by "
                    + Money.format(carTotal.subtract(receiptTotal)) + " (imported from the old tool).",
                    carTotal.subtract(receiptTotal));
            case MISSING_CODING -> {
                long uncoded = transactions.stream().filter(t -> !t.transaction().coded()).count();
                yield new Finding(flag, "LEGACY:MISSING_CODING", "The old tool found transactions without coding"
                        + (uncoded > 0 ? " (" + uncoded + " uncoded here)" : "") + ".", null);
            }
            default -> new Finding(flag, "LEGACY:" + flag.name(), "The old tool found missing receipts.", null);
        };
    }

    private static @Nullable String last4(@Nullable String card) {
        if (card == null) {
            return null;
        }
        String digits = card.replaceAll("\\D", "");
        return digits.length() < 4 ? (digits.isEmpty() ? null : digits) : digits.substring(digits.length() - 4);
    }

    private static @Nullable String join(@Nullable String title, @Nullable String purpose) {
        if (title == null) {
            return purpose;
        }
        return purpose == null ? title : title + " — " + purpose;
    }

    private void refuse() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", "file");
        details.put("problemCount", fields.problems().size());
        details.put("problems", fields.problems().stream().limit(MAX_PROBLEMS_SHOWN).toList());
        String first = fields.problems().stream().limit(3).map(LegacyProblem::describe).reduce((a, b) -> a + "; " + b).orElse("");
        throw new AppException(ErrorCode.BAD_INPUT, fields.problems().size() + (fields.problems().size() == 1 ? " bad value" : " bad values")
                + " in the file; nothing was imported. Correct " + (fields.problems().size() == 1 ? "it" : "them")
                + " and import again: " + first + (fields.problems().size() > 3 ? "; …" : "") + ".", details);
    }
}
