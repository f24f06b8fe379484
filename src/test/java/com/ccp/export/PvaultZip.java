package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

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
     * Proves the document is exactly the source pages in order: same count, and page for page the
     * same text and the same drawing instructions.
     */
    static void assertPagesOf(String name, byte[] pdf, List<Source> sources) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int expectedPages = sources.stream().mapToInt(s -> s.last() - s.first() + 1).sum();
            assertThat(document.getNumberOfPages()).as(name + " page count").isEqualTo(expectedPages);
            int index = 0;
            for (Source source : sources) {
                try (PDDocument original = Loader.loadPDF(source.file().toFile())) {
                    for (int page = source.first(); page <= source.last(); page++) {
                        PDPage copy = document.getPage(index++);
                        PDPage expected = original.getPage(page - 1);
                        assertThat(pageText(document, index)).as(name + " page " + index + " text")
                                .isEqualTo(pageText(original, page));
                        assertThat(copy.getContents().readAllBytes()).as(name + " page " + index + " content")
                                .isEqualTo(expected.getContents().readAllBytes());
                    }
                }
            }
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
