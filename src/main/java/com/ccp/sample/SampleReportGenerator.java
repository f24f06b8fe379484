package com.ccp.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.core.type.TypeReference;
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
    public static final String LATE_RECEIPTS_FILE = "receipts-v2.pdf";
    /** The profiles of a non-standard wording, as an admin would write them (formats.md §7). */
    public static final String CAR_PROFILE_FILE = "car-profile.json";
    public static final String RECEIPTS_PROFILE_FILE = "receipts-profile.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance))
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private SampleReportGenerator() {
    }

    public static SampleSet generate(SampleSpec spec, Path dir) throws IOException {
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
        Expected expected = ExpectedBuilder.build(spec, employees, car, receipts);
        if (spec.wording() != SampleWording.STANDARD) {
            Files.writeString(dir.resolve(CAR_PROFILE_FILE), spec.wording().carProfile());
            Files.writeString(dir.resolve(RECEIPTS_PROFILE_FILE), spec.wording().receiptProfile());
        }
        return new SampleSet(spec, carFile, receiptsFile, expected, employees);
    }

    /**
     * Writes {@code receipts-v2.pdf}, the late receipt report of the same month, into {@code dir}
     * and returns the truth after merging it with the first one by Receipt ID.
     */
    public static LateReceiptSet generateLateReceipts(SampleSet base, Path dir) throws IOException {
        Files.createDirectories(dir);
        LateReceiptPlanner.Plan plan = new LateReceiptPlanner(base).plan();
        Path file = dir.resolve(LATE_RECEIPTS_FILE);
        Expected expected = writeReceiptReport(base, plan.employees(), file);
        return new LateReceiptSet(file, expected, plan.changes(), plan.employees());
    }

    /**
     * Writes a receipt report of the base set's month, printed a week later, that holds exactly
     * {@code employees} with their receipts (e.g. only some receipts listed again); returns what
     * reading it gives.
     */
    public static Expected writeReceiptReport(SampleSet base, List<GeneratedEmployee> employees, Path file)
            throws IOException {
        SampleSpec spec = base.spec();
        ReportStyle style = ReportStyle.of(spec.layout());
        Composed car = new CarComposer(style, spec.wording()).compose(employees);
        Composed receipts = new ReceiptComposer(style, spec.wording(), ScanImages.VARIANTS).compose(employees);
        new PdfPainter(style, receiptRunning(spec).printedLater(7), spec.seed() + 1).write(receipts.pages(), file);
        return ExpectedBuilder.build(spec, employees, car, receipts);
    }

    /**
     * {@code SampleReportGenerator <dir> [employees] [seed] [STANDARD|ALT] [late]}: the two PDFs and
     * expected.json; with {@code late} also receipts-v2.pdf and expected-delta.json.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SampleReportGenerator <dir> [employees] [seed] [STANDARD|ALT] [late]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int employees = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        Layout layout = args.length > 3 ? Layout.valueOf(args[3].toUpperCase(Locale.ROOT)) : Layout.STANDARD;
        long start = System.nanoTime();
        SampleSet set = generate(SampleSpec.of(seed, employees, layout), dir);
        writeJson(set.expected(), dir.resolve("expected.json"));
        if (args.length > 4 && args[4].equalsIgnoreCase("late")) {
            LateReceiptSet late = generateLateReceipts(set, dir);
            writeDeltaJson(late, dir.resolve("expected-delta.json"));
        }
        Expected e = set.expected();
        System.out.printf(Locale.ROOT, "%s: %d cardholders, %d transactions, %d receipts; CAR %d pages (%,d bytes),"
                + " receipts %d pages (%,d bytes) in %d ms%n", dir, e.cardholders(), e.transactions(), e.receipts(),
                e.carPageCount(), Files.size(set.car()), e.receiptPageCount(), Files.size(set.receipts()),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** expected.json as in shared/samples: amounts as strings with two decimals. */
    public static void writeJson(Expected expected, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), expected);
    }

    /** expected-delta.json as in shared/samples (merge mode), with {@code changedReceiptIds} added. */
    public static void writeDeltaJson(LateReceiptSet late, Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", late.expected().period());
        root.put("company", late.expected().company());
        root.put("mode", "MERGE");
        root.put("carFile", CAR_FILE);
        root.put("previousReceiptFile", RECEIPTS_FILE);
        root.put("newReceiptFile", LATE_RECEIPTS_FILE);
        root.put("newReceiptPageCount", late.expected().receiptPageCount());
        root.put("newReceipts", late.newReceipts());
        root.put("summary", late.summary());
        List<Map<String, Object>> employees = new ArrayList<>();
        for (LateReceiptSet.Change change : late.changes()) {
            Map<String, Object> row = new LinkedHashMap<>(MAPPER.convertValue(change, MAP));
            Expected.Employee employee = late.expected().employee(change.employeeId()).orElseThrow();
            row.putAll(MAPPER.convertValue(employee, MAP));
            employees.add(row);
        }
        root.put("employees", employees);
        MAPPER.writeValue(file.toFile(), root);
    }

    private static PdfPainter.Running carRunning(SampleSpec spec) {
        SampleWording w = spec.wording();
        return new PdfPainter.Running(w.car().title(), spec.company(), spec.period(),
                w.carPeriod(spec.period().atDay(1), spec.period().atEndOfMonth()), stamp(spec, 2, 7),
                "Cardholder Activity Report " + spec.period(), w.car().page(), w.car().pageFirst(), w.printing());
    }

    private static PdfPainter.Running receiptRunning(SampleSpec spec) {
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

    static String periodText(YearMonth period) {
        return EmployeeDraft.US_DATE.format(period.atDay(1)) + " - "
                + EmployeeDraft.US_DATE.format(period.atEndOfMonth());
    }

    private static LocalDateTime stamp(SampleSpec spec, int daysAfter, int hour) {
        Random random = new Random(spec.seed() * 31 + hour);
        return spec.period().atEndOfMonth().plusDays(daysAfter).atTime(hour + random.nextInt(3), random.nextInt(60));
    }
}
