package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.PageRedaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A downloaded pVault package, read back for checks. */
final class PvaultZip {

    /** Expected source pages of an employee document: pages first..last of a file. */
    record Source(Path file, int first, int last) {
    }

    final Map<String, byte[]> entries = new LinkedHashMap<>();

    PvaultZip(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                assertThat(entry.isDirectory()).as("no folders in the package").isFalse();
                assertThat(entry.getName()).doesNotContain("/");
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
    }

    List<String> documents() {
        return entries.keySet().stream().filter(name -> name.endsWith(".pdf")).toList();
    }

    List<CSVRecord> index() throws IOException {
        return csv(entries.get("index.csv"));
    }

    JsonNode manifest() {
        return JsonMapper.builder().build().readTree(entries.get("manifest.json"));
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    static List<String> header(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return List.of(text.substring(0, text.indexOf("\r\n")).split(","));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Proves the document is its cover pages, then exactly the source pages in order: same count;
     * a page kept whole has the same text and drawing instructions as its source, a page cut to the
     * employee's part holds only lines of its source, in their order, the header and footer among them.
     */
    static void assertPagesOf(String name, byte[] pdf, List<Source> sources) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int covers = coverPages(document);
            assertThat(covers).as(name + " cover pages").isPositive();
            int expectedPages = sources.stream().mapToInt(s -> s.last() - s.first() + 1).sum();
            assertThat(document.getNumberOfPages()).as(name + " page count").isEqualTo(covers + expectedPages);
            int index = covers;
            for (Source source : sources) {
                try (PDDocument original = Loader.loadPDF(source.file().toFile())) {
                    for (int page = source.first(); page <= source.last(); page++) {
                        PDPage copy = document.getPage(index++);
                        PDPage expected = original.getPage(page - 1);
                        String copied = pageText(document, index);
                        String sourceText = pageText(original, page);
                        if (copied.equals(sourceText)) {
                            assertThat(copy.getContents().readAllBytes()).as(name + " page " + index + " content")
                                    .isEqualTo(expected.getContents().readAllBytes());
                            continue;
                        }
                        List<String> kept = PageRedaction.lines(copied);
                        List<String> all = PageRedaction.lines(sourceText);
                        assertThat(kept).as(name + " page " + index + " keeps the header and footer")
                                .startsWith(all.subList(0, 3).toArray(String[]::new)).endsWith(all.getLast());
                        int at = 0;
                        for (String line : kept) {
                            while (at < all.size() && !all.get(at).equals(line)) {
                                at++;
                            }
                            assertThat(at).as(name + " page " + index + ": '" + line + "' is a line of its source,"
                                    + " in order").isLessThan(all.size());
                            at++;
                        }
                    }
                }
            }
        }
    }

    /** The cover pages, counted by their footer "Cover page n of N". */
    static int coverPages(PDDocument document) throws IOException {
        Matcher footer = Pattern.compile("Cover page 1 of (\\d+)")
                .matcher(pageText(document, 1));
        return footer.find() ? Integer.parseInt(footer.group(1)) : 0;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
