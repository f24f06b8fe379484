package com.ccp.pdf.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The report's two fonts: DejaVu Sans (or Liberation Sans) embedded as a subset, so names like
 * "NUÑEZ, JOSÉ" print and extract exactly; Helvetica only where neither is installed. A character
 * a font cannot show is printed as '?' rather than failing the whole export.
 */
final class ReportFonts {

    private static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts/truetype"),
            Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of("/Library/Fonts"),
            Path.of("C:/Windows/Fonts"));
    private static final List<String[]> FAMILIES = List.of(
            new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
            new String[] {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"});
    private static final Optional<Path[]> FILES = locate();

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    private ReportFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static ReportFonts load(PDDocument document) throws IOException {
        if (FILES.isPresent()) {
            return new ReportFonts(PDType0Font.load(document, FILES.get()[0].toFile()),
                    PDType0Font.load(document, FILES.get()[1].toFile()));
        }
        return new ReportFonts(new PDType1Font(FontName.HELVETICA), new PDType1Font(FontName.HELVETICA_BOLD));
    }

    /** The text with every character this font cannot show replaced, and control characters as spaces. */
    String printable(PDFont font, String text) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canShow(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Path[]> locate() {
        for (String[] family : FAMILIES) {
            Optional<Path> regular = find(family[0]);
            Optional<Path> bold = find(family[1]);
            if (regular.isPresent() && bold.isPresent()) {
                return Optional.of(new Path[] {regular.get(), bold.get()});
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> find(String fileName) {
        for (Path dir : FONT_DIRS) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.find(dir, 4, (path, attributes) -> path.getFileName().toString().equals(fileName))) {
                Optional<Path> found = files.findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable font directory is not a reason to fail: try the next one
            }
        }
        return Optional.empty();
    }
}
