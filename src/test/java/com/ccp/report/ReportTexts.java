package com.ccp.report;

import java.util.ArrayList;
import java.util.List;

/** Builds page texts as PDFBox extracts them: header lines, body lines, footer; "" for an image page. */
public final class ReportTexts {

    private final String title;
    private final String company;
    private final String periodLine;
    private final String footer;
    private final List<Page> pages = new ArrayList<>();

    private record Page(boolean image, List<String> lines) {
    }

    private ReportTexts(String title, String company, String periodLine, String footer) {
        this.title = title;
        this.company = company;
        this.periodLine = periodLine;
        this.footer = footer;
    }

    public static ReportTexts car(String company, String period, String footer) {
        return new ReportTexts("CARDHOLDER ACTIVITY REPORT", company, "Statement Period: " + period, footer);
    }

    public static ReportTexts car() {
        return car("Acme Construction, Inc.", "03/01/2025 - 03/31/2025", "Printed 04/02/2025 08:15   Confidential");
    }

    public static ReportTexts receipts(String company, String period, String footer) {
        return new ReportTexts("EMPLOYEE RECEIPT REPORT", company, "Period: " + period, footer);
    }

    public static ReportTexts receipts() {
        return receipts("Acme Construction, Inc.", "03/01/2025 - 03/31/2025", "Printed 04/01/2025 17:20   Confidential");
    }

    public ReportTexts page(String... lines) {
        pages.add(new Page(false, List.of(lines)));
        return this;
    }

    /** Pages holding only a scanned image: no text at all. */
    public ReportTexts imagePages(int count) {
        for (int i = 0; i < count; i++) {
            pages.add(new Page(true, List.of()));
        }
        return this;
    }

    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i).lines();
            if (pages.get(i).image()) {
                texts.add(i % 2 == 0 ? "" : " \n");
                continue;
            }
            StringBuilder text = new StringBuilder();
            text.append(title).append('\n').append(company).append('\n').append(periodLine)
                    .append("        Page ").append(i + 1).append(" of ").append(pages.size()).append('\n');
            lines.forEach(line -> text.append(line).append('\n'));
            text.append(footer).append('\n');
            texts.add(text.toString());
        }
        return texts;
    }
}
