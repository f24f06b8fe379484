package com.ccp.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates one month of sample reports: {@code car.pdf} and {@code receipts.pdf}, and for each
 * employee what was put in them. Same spec, same output.
 */
public final class SampleReportGenerator {

    public static final String CAR_FILE = "car.pdf";
    public static final String RECEIPTS_FILE = "receipts.pdf";
    /** The profiles of a non-standard wording, as an admin would write them (formats.md §7). */
    public static final String CAR_PROFILE_FILE = "car-profile.json";
    public static final String RECEIPTS_PROFILE_FILE = "receipts-profile.json";

    private SampleReportGenerator() {
    }

    public static SampleReports generate(SampleSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<GeneratedEmployee> employees = new EmployeePlanner(spec).plan().stream()
                .map(e -> printedNames(e, spec.wording())).toList();
        ReportStyle style = ReportStyle.of(spec.layout());
        Composed car = new CarComposer(style, spec.wording()).compose(employees);
        Composed receipts = new ReceiptComposer(style, spec.wording(), ScanImages.VARIANTS).compose(employees);
        Path carFile = dir.resolve(CAR_FILE);
        Path receiptsFile = dir.resolve(RECEIPTS_FILE);
        new PdfPainter(style, carRunning(spec), spec.seed()).write(car.pages(), carFile);
        new PdfPainter(style, receiptRunning(spec), spec.seed()).write(receipts.pages(), receiptsFile);
        if (spec.wording() != SampleWording.STANDARD) {
            Files.writeString(dir.resolve(CAR_PROFILE_FILE), spec.wording().carProfile());
            Files.writeString(dir.resolve(RECEIPTS_PROFILE_FILE), spec.wording().receiptProfile());
        }
        return new SampleReports(spec, carFile, receiptsFile, employees, car, receipts);
    }

    /**
     * {@code SampleReportGenerator <dir> [employees] [seed] [STANDARD|ALT] [STANDARD|HARBOR|MERIDIAN]}:
     * the two PDFs (and, for another wording, its two profile documents).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SampleReportGenerator <dir> [employees] [seed] [STANDARD|ALT]"
                    + " [STANDARD|HARBOR|MERIDIAN]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int employees = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        Layout layout = args.length > 3 ? Layout.valueOf(args[3].toUpperCase(Locale.ROOT)) : Layout.STANDARD;
        SampleWording wording = args.length > 4 ? SampleWording.valueOf(args[4].toUpperCase(Locale.ROOT))
                : SampleWording.STANDARD;
        SampleReports set = generate(SampleSpec.of(seed, employees, layout).in(wording), dir);
        System.out.printf(Locale.ROOT, "%s: %d employees; CAR %d pages (%,d bytes), receipts %d pages (%,d bytes)%n",
                dir, set.employees().size(), set.carPageCount(), Files.size(set.car()),
                set.receiptPageCount(), Files.size(set.receipts()));
    }

    private static PdfPainter.Running carRunning(SampleSpec spec) {
        SampleWording w = spec.wording();
        return new PdfPainter.Running(w.car().title(), spec.company(), spec.period(),
                w.carPeriod(spec.period().atDay(1), spec.period().atEndOfMonth()), stamp(spec, 2, 7),
                "Cardholder Activity Report " + spec.period(), w.car().page(), w.car().pageFirst(), w.printing());
    }

    static PdfPainter.Running receiptRunning(SampleSpec spec) {
        SampleWording w = spec.wording();
        return new PdfPainter.Running(w.receipts().title(), spec.company(), spec.period(),
                w.receiptPeriod(spec.period().atDay(1), spec.period().atEndOfMonth()), stamp(spec, 1, 16),
                "Employee Receipt Report " + spec.period(), w.car().page(), w.car().pageFirst(), w.printing());
    }

    /** The names as the wording prints them: its CAR's and its receipt report's name order. */
    private static GeneratedEmployee printedNames(GeneratedEmployee e, SampleWording wording) {
        if (wording == SampleWording.STANDARD) {
            return e;
        }
        int lastNameWords = e.carName() == null ? 1 : e.carName().substring(0, Math.max(0, e.carName().indexOf(',')))
                .split(" ").length;
        return e.withNames(e.carName() == null ? null : wording.carName(e.carName()),
                e.receiptName() == null ? null : wording.receiptName(e.receiptName(), lastNameWords));
    }

    private static LocalDateTime stamp(SampleSpec spec, int daysAfter, int hour) {
        Random random = new Random(spec.seed() * 31 + hour);
        return spec.period().atEndOfMonth().plusDays(daysAfter).atTime(hour + random.nextInt(3), random.nextInt(60));
    }
}
