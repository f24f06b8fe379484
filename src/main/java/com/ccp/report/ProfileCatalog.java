package com.ccp.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The profiles the app knows, and the choice among them by a report's first line (formats.md §7):
 * a report is read with the profile of its kind whose title equals its first line.
 */
public final class ProfileCatalog {

    private final List<Wording> wordings;

    /** Built-ins first, then the others; a title is unique per kind, so the order only decides messages. */
    public ProfileCatalog(List<Wording> wordings) {
        this.wordings = List.copyOf(wordings);
    }

    public List<Wording> wordings() {
        return wordings;
    }

    public Optional<Wording> find(ProfileKind kind, String firstPageText) {
        List<String> lines = PageLines.lines(firstPageText);
        return wordings.stream().filter(w -> w.profile().kind() == kind && w.header().titleMatches(lines))
                .findFirst();
    }

    /**
     * The profile to read a report of this kind with.
     *
     * @throws ReportFormatException naming the titles the app knows when none fits
     */
    public Wording select(ProfileKind kind, String firstPageText) {
        Optional<Wording> found = find(kind, firstPageText);
        if (found.isPresent()) {
            return found.get();
        }
        ProfileKind other = kind == ProfileKind.CAR ? ProfileKind.RECEIPTS : ProfileKind.CAR;
        if (find(other, firstPageText).isPresent()) {
            throw new ReportFormatException(kind == ProfileKind.CAR
                    ? "This file is an employee receipt report, not a Cardholder Activity Report (CAR). Upload it"
                            + " as the receipt report, and upload the CAR from the card issuer here."
                    : "This file is a Cardholder Activity Report (CAR), not an employee receipt report. Upload it"
                            + " as the CAR, and upload the receipt report from the expense tool here.");
        }
        List<String> lines = PageLines.lines(firstPageText);
        String what = lines.isEmpty() ? "its first page has no text (a scan or an image?)"
                : "its first line is '" + lines.get(0) + "'";
        throw new ReportFormatException("This file is not a " + (kind == ProfileKind.CAR
                ? "Cardholder Activity Report" : "employee receipt report") + " the app knows: " + what
                + ". The app knows " + titles(kind) + ". If this is your "
                + (kind == ProfileKind.CAR ? "card issuer's CAR" : "expense tool's receipt report")
                + ", ask an admin to add a report profile for its wording.");
    }

    /** The known titles of a kind, quoted, e.g. {@code 'CARDHOLDER ACTIVITY REPORT' and 'CARD STATEMENT'}. */
    public String titles(ProfileKind kind) {
        List<String> titles = wordings.stream().filter(w -> w.profile().kind() == kind)
                .map(w -> "'" + w.profile().title() + "'").toList();
        if (titles.size() == 1) {
            return "the title " + titles.get(0);
        }
        return "the titles " + titles.subList(0, titles.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + titles.get(titles.size() - 1);
    }
}
