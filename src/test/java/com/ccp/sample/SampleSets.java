package com.ccp.sample;

import com.ccp.report.Receipt;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Generated months with their truth, taken from the generator's own intent: what the tests compare
 * the app against. The generator writes the PDFs; this adds what reading them must give.
 */
public final class SampleSets {

    public static final String LATE_RECEIPTS_FILE = "receipts-v2.pdf";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance))
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private SampleSets() {
    }

    /** Writes {@code car.pdf} and {@code receipts.pdf} into {@code dir}; returns them with their truth. */
    public static SampleSet generate(SampleSpec spec, Path dir) throws IOException {
        SampleReports reports = SampleReportGenerator.generate(spec, dir);
        Expected expected = ExpectedBuilder.build(spec, reports.employees(), reports.carLayout(),
                reports.receiptLayout());
        return new SampleSet(spec, reports.car(), reports.receipts(), expected, reports.employees());
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
        new PdfPainter(style, SampleReportGenerator.receiptRunning(spec).printedLater(7), spec.seed() + 1)
                .write(receipts.pages(), file);
        return ExpectedBuilder.build(spec, employees, car, receipts);
    }

    /**
     * {@code SampleSets <dir> [employees] [seed] [STANDARD|ALT] [late]}: the two PDFs and
     * expected.json; with {@code late} also receipts-v2.pdf and expected-delta.json. Runs on the test
     * classpath: {@code bench/run-benchmark.sh com.ccp.sample.SampleSets out/ 60 7 ALT late}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SampleSets <dir> [employees] [seed] [STANDARD|ALT] [late]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int employees = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        Layout layout = args.length > 3 ? Layout.valueOf(args[3].toUpperCase(Locale.ROOT)) : Layout.STANDARD;
        SampleSet set = generate(SampleSpec.of(seed, employees, layout), dir);
        writeJson(set.expected(), dir.resolve("expected.json"));
        if (args.length > 4 && args[4].equalsIgnoreCase("late")) {
            LateReceiptSet late = generateLateReceipts(set, dir);
            writeDeltaJson(late, dir.resolve("expected-delta.json"));
        }
        Expected e = set.expected();
        System.out.printf(Locale.ROOT, "%s: %d cardholders, %d transactions, %d receipts; CAR %d pages (%,d bytes),"
                + " receipts %d pages (%,d bytes)%n", dir, e.cardholders(), e.transactions(), e.receipts(),
                e.carPageCount(), Files.size(set.car()), e.receiptPageCount(), Files.size(set.receipts()));
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
        root.put("carFile", SampleReportGenerator.CAR_FILE);
        root.put("previousReceiptFile", SampleReportGenerator.RECEIPTS_FILE);
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
}
