package com.ccp.report;

import java.util.List;
import java.util.Set;

/** Which templates and labels a profile of each kind has, and which placeholders each takes (formats.md §7). */
final class ProfileSchema {

    /** One line template: whether the profile must have it, and its required and optional placeholders. */
    record Line(String key, boolean mandatory, Set<String> required, Set<String> optional) {
    }

    static final List<Line> CAR_LINES = List.of(
            new Line("period", true, Set.of("start", "end"), Set.of()),
            new Line("page", true, Set.of("page", "pages"), Set.of()),
            new Line("cardholder", true, Set.of("name"), Set.of("employeeId")),
            new Line("continued", false, Set.of("name"), Set.of()),
            new Line("account", false, Set.of("account"), Set.of("costCenter")),
            new Line("columns", true, Set.of(), Set.of()),
            new Line("transaction", true, Set.of("transDate", "postDate", "reference", "merchant", "amount"), Set.of()),
            new Line("cardholderTotal", true, Set.of("amount", "count"), Set.of()),
            new Line("reportTotal", true, Set.of("amount"), Set.of("cardholders", "transactions")));

    static final List<String> CAR_LABELS = List.of("job", "phase", "costType", "glAccount", "description");

    static final List<Line> RECEIPT_LINES = List.of(
            new Line("period", true, Set.of("start", "end"), Set.of()),
            new Line("page", true, Set.of("page", "pages"), Set.of()),
            new Line("employee", true, Set.of("name"), Set.of("employeeId")),
            new Line("columns", true, Set.of(), Set.of()),
            new Line("receipt", true, Set.of("receiptId", "date", "merchant", "amount"), Set.of()),
            new Line("receiptTotal", true, Set.of("amount", "count"), Set.of()),
            new Line("attachmentYes", true, Set.of("pages"), Set.of()),
            new Line("attachmentNo", true, Set.of(), Set.of()));

    static final List<String> RECEIPT_LABELS = List.of("address", "title", "purpose");

    static final Set<String> TOP_KEYS = Set.of("id", "name", "kind", "title", "dates", "amounts", "names", "lines",
            "labels");

    private ProfileSchema() {
    }

    static List<Line> lines(ProfileKind kind) {
        return kind == ProfileKind.CAR ? CAR_LINES : RECEIPT_LINES;
    }

    static List<String> labels(ProfileKind kind) {
        return kind == ProfileKind.CAR ? CAR_LABELS : RECEIPT_LABELS;
    }
}
