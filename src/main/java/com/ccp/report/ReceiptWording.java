package com.ccp.report;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A receipt report profile compiled for reading (formats.md §2 rules, §7 words). */
public final class ReceiptWording implements Wording {

    /** The receipt details a label can introduce. */
    enum Detail { ADDRESS, TITLE, PURPOSE }

    private final ReportProfile profile;
    private final HeaderWording header;
    final Template employee;
    final @Nullable Template idLine;
    final Template columns;
    final Set<String> columnWords;
    final Template receipt;
    final Template receiptTotal;
    final Template attachmentYes;
    final Template attachmentNo;
    private final String attachmentHead;
    private final Pattern detail;
    private final Map<String, Detail> details;

    private ReceiptWording(ReportProfile profile, Map<String, Template> t) {
        this.profile = profile;
        this.header = new HeaderWording(profile.title(), t.get("period"), t.get("page"));
        this.employee = t.get("employee");
        this.columns = t.get("columns");
        this.columnWords = PageLines.columnWords(columns.source());
        this.receipt = t.get("receipt");
        this.receiptTotal = t.get("receiptTotal");
        this.attachmentYes = t.get("attachmentYes");
        this.attachmentNo = t.get("attachmentNo");
        this.attachmentHead = commonHead(attachmentYes.source(), attachmentNo.source());
        Map<String, String> labels = profile.labels();
        this.details = Map.of(labels.get("address").toUpperCase(Locale.ROOT), Detail.ADDRESS,
                labels.get("title").toUpperCase(Locale.ROOT), Detail.TITLE,
                labels.get("purpose").toUpperCase(Locale.ROOT), Detail.PURPOSE);
        this.detail = Pattern.compile("^(" + Pattern.quote(labels.get("address")) + "|"
                + Pattern.quote(labels.get("title")) + "|" + Pattern.quote(labels.get("purpose")) + ")\\s*(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String idPart = employee.optionalIdPart();
        this.idLine = idPart == null ? null : Templates.compile(idPart, Set.of("employeeId"), Set.of(), profile);
    }

    static ReceiptWording of(ReportProfile profile) {
        return new ReceiptWording(profile, Templates.compileAll(profile, ProfileSchema.RECEIPT_LINES));
    }

    @Override
    public ReportProfile profile() {
        return profile;
    }

    @Override
    public HeaderWording header() {
        return header;
    }

    /** A detail line (address, title, purpose), or null. */
    @Nullable Matcher detail(String line) {
        Matcher m = detail.matcher(line);
        return m.matches() ? m : null;
    }

    Detail detailOf(String label) {
        return details.get(label.toUpperCase(Locale.ROOT));
    }

    /** A line that starts like an attachment line but says neither yes nor no in this wording. */
    boolean looksLikeAttachment(String line) {
        return !attachmentHead.isEmpty() && line.regionMatches(true, 0, attachmentHead, 0, attachmentHead.length());
    }

    /** The literal words both attachment templates start with, e.g. {@code ATTACHMENT:}. */
    private static String commonHead(String yes, String no) {
        int n = 0;
        while (n < yes.length() && n < no.length() && Character.toUpperCase(yes.charAt(n)) == Character.toUpperCase(
                no.charAt(n)) && yes.charAt(n) != '{' && yes.charAt(n) != '[') {
            n++;
        }
        String head = yes.substring(0, n);
        if (n < yes.length() && n < no.length() && !head.endsWith(" ") && !head.endsWith(":")) {
            int space = head.lastIndexOf(' ');
            head = space < 0 ? "" : head.substring(0, space);
        }
        return head.strip().toUpperCase(Locale.ROOT);
    }
}
