package com.ccp.pdf.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Generates one month of sample reports: {@code car.pdf} and {@code receipts.pdf} plus the truth
 * of what they contain. Same spec, same output.
 */
public final class SampleReportGenerator {

    public static final String CAR_FILE = "car.pdf";
    public static final String RECEIPTS_FILE = "receipts.pdf";

    private SampleReportGenerator() {
    }

    public static SampleSet generate(SampleSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<GeneratedEmployee> employees = new EmployeePlanner(spec).plan();
        ReportStyle style = ReportStyle.of(spec.layout());
        Composed car = new CarComposer(style).compose(employees);
        Composed receipts = new ReceiptComposer(style, ScanImages.VARIANTS).compose(employees);
        Path carFile = dir.resolve(CAR_FILE);
        Path receiptsFile = dir.resolve(RECEIPTS_FILE);
        new PdfPainter(style, carRunning(spec), spec.seed()).write(car.pages(), carFile);
        new PdfPainter(style, receiptRunning(spec), spec.seed()).write(receipts.pages(), receiptsFile);
        return new SampleSet(spec, carFile, receiptsFile, ExpectedBuilder.build(spec, employees, car, receipts), employees);
    }

    /** {@code SampleReportGenerator <dir> [employees] [seed] [STANDARD|ALT]}: the two PDFs and expected.json. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SampleReportGenerator <dir> [employees] [seed] [STANDARD|ALT]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int employees = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        Layout layout = args.length > 3 ? Layout.valueOf(args[3].toUpperCase(Locale.ROOT)) : Layout.STANDARD;
        long start = System.nanoTime();
        SampleSet set = generate(SampleSpec.of(seed, employees, layout), dir);
        writeJson(set.expected(), dir.resolve("expected.json"));
        Expected e = set.expected();
        System.out.printf(Locale.ROOT, "%s: %d cardholders, %d transactions, %d receipts; CAR %d pages (%,d bytes),"
                + " receipts %d pages (%,d bytes) in %d ms%n", dir, e.cardholders(), e.transactions(), e.receipts(),
                e.carPageCount(), Files.size(set.car()), e.receiptPageCount(), Files.size(set.receipts()),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** expected.json as in shared/samples: amounts as strings with two decimals. */
    public static void writeJson(Expected expected, Path file) throws IOException {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.writeValue(file.toFile(), expected);
    }

    private static PdfPainter.Running carRunning(SampleSpec spec) {
        return new PdfPainter.Running("CARDHOLDER ACTIVITY REPORT", spec.company(), spec.period(), "Statement Period: "
                + periodText(spec.period()), stamp(spec, 2, 7), "Cardholder Activity Report " + spec.period());
    }

    private static PdfPainter.Running receiptRunning(SampleSpec spec) {
        return new PdfPainter.Running("EMPLOYEE RECEIPT REPORT", spec.company(), spec.period(),
                "Period: " + periodText(spec.period()),
                stamp(spec, 1, 16), "Employee Receipt Report " + spec.period());
    }

    static String periodText(YearMonth period) {
        return EmployeeDraft.US_DATE.format(period.atDay(1)) + " - " + EmployeeDraft.US_DATE.format(period.atEndOfMonth());
    }

    private static LocalDateTime stamp(SampleSpec spec, int daysAfter, int hour) {
        Random random = new Random(spec.seed() * 31 + hour);
        return spec.period().atEndOfMonth().plusDays(daysAfter).atTime(hour + random.nextInt(3), random.nextInt(60));
    }
}
