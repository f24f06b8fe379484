package com.ccp.sample;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A few fake scanned receipts (grey scanner bed, tilted paper slip, printed lines, barcode) that
 * every image page of a report reuses, so thousands of image pages cost only a few JPEGs.
 */
final class ScanImages {

    static final int VARIANTS = 6;
    private static final int WIDTH = 612;
    private static final int HEIGHT = 792;

    private ScanImages() {
    }

    static List<PDImageXObject> create(PDDocument document, long seed, YearMonth period) throws IOException {
        Random random = new Random(seed);
        List<PDImageXObject> images = new ArrayList<>(VARIANTS);
        for (int i = 0; i < VARIANTS; i++) {
            images.add(JPEGFactory.createFromImage(document, draw(random, period), 0.6f));
        }
        return images;
    }

    static BufferedImage draw(Random random, YearMonth period) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int bed = 205 + random.nextInt(20);
        g.setColor(new Color(bed, bed, bed));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 2500; i++) {
            int shade = bed + random.nextInt(60) - 40;
            g.setColor(new Color(clamp(shade), clamp(shade), clamp(shade)));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1, 1);
        }
        List<String[]> items = items(random);
        double scale = 1.5;
        double lineHeight = 11 * scale;
        double paperWidth = 34 * 6 * scale + 30;
        double paperHeight = (items.size() + 17) * lineHeight + 80;
        double x = (WIDTH - paperWidth) / 2 + random.nextInt(60) - 30;
        double y = 80 + random.nextInt(Math.max(1, (int) (HEIGHT - paperHeight - 160)));
        g.rotate(Math.toRadians(random.nextDouble() * 6 - 3), x + paperWidth / 2, y + paperHeight / 2);
        g.setColor(new Color(150, 150, 150));
        g.fill(new Rectangle2D.Double(x + 4, y + 5, paperWidth, paperHeight));
        g.setColor(new Color(246, 246, 246));
        g.fill(new Rectangle2D.Double(x, y, paperWidth, paperHeight));
        int ink = 30 + random.nextInt(50);
        g.setColor(new Color(ink, ink, ink));
        double left = x + 15;
        double lineY = y + 20;
        String merchant = Catalog.pick(random, Catalog.pick(random, Catalog.CATEGORIES).merchants()).receipt()
                .replace("{n}", Catalog.digits(random, 3)).toUpperCase(Locale.ROOT);
        ScanFont.draw(g, merchant, x + (paperWidth - ScanFont.width(merchant, 2.2)) / 2, lineY, 2.2);
        lineY += 30;
        Catalog.City city = Catalog.pick(random, Catalog.CITIES);
        String[] header = {(100 + random.nextInt(9000)) + " " + Catalog.pick(random, Catalog.STREETS),
            city.name() + ", TX " + city.zip() + Catalog.digits(random, 2),
            "(512) 555-" + Catalog.digits(random, 4), "",
            String.format("%s %02d:%02d  ST#%s TR#%s",
                    EmployeeDraft.US_DATE.format(period.atDay(1 + random.nextInt(period.lengthOfMonth()))),
                    6 + random.nextInt(14), random.nextInt(60), Catalog.digits(random, 4), Catalog.digits(random, 4)),
            "-".repeat(34)};
        for (String line : header) {
            ScanFont.draw(g, line, left, lineY, scale);
            lineY += lineHeight;
        }
        BigDecimal subtotal = Money.ZERO;
        for (String[] item : items) {
            row(g, item[0], item[1], left, lineY, scale);
            subtotal = subtotal.add(new BigDecimal(item[1]));
            lineY += lineHeight;
        }
        BigDecimal tax = subtotal.multiply(new BigDecimal("0.0825")).setScale(2, java.math.RoundingMode.HALF_UP);
        ScanFont.draw(g, "-".repeat(34), left, lineY, scale);
        lineY += lineHeight;
        row(g, "SUBTOTAL", subtotal.toPlainString(), left, lineY, scale);
        row(g, "SALES TAX 8.25%", tax.toPlainString(), left, lineY + lineHeight, scale);
        row(g, "TOTAL", "$" + subtotal.add(tax).toPlainString(), left, lineY + 2 * lineHeight, scale);
        lineY += 4 * lineHeight;
        ScanFont.draw(g, "VISA      ************" + Catalog.digits(random, 4), left, lineY, scale);
        ScanFont.draw(g, "AUTH CODE " + Catalog.digits(random, 6), left, lineY + lineHeight, scale);
        ScanFont.draw(g, "THANK YOU FOR SHOPPING!", left + 40, lineY + 3 * lineHeight, scale);
        lineY += 5 * lineHeight;
        for (double bar = left + 10; bar < x + paperWidth - 25; bar += 2 + random.nextInt(3)) {
            g.fill(new Rectangle2D.Double(bar, lineY, 1 + random.nextInt(2), 32));
        }
        g.dispose();
        return image;
    }

    private static List<String[]> items(Random random) {
        List<String> names = List.of("WD-40 12OZ", "HEX BOLT 1/2X4", "WASHER 1/2 25PK", "MARKING PAINT ORG",
                "2X4X8 STUD", "DRILL BIT SET", "ZIP TIES 100PK", "DUCT TAPE", "GLOVES L", "SAFETY GLASSES",
                "COFFEE LG", "BREAKFAST TACO", "DIESEL #2", "UNLEADED", "PVC ELBOW 2IN", "PRIMER 8OZ");
        List<String[]> items = new ArrayList<>();
        int count = 3 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String price = Money.cents(99 + random.nextInt(4900)).toPlainString();
            items.add(new String[] {Catalog.pick(random, names), price});
        }
        return items;
    }

    private static void row(Graphics2D g, String label, String amount, double left, double y, double scale) {
        ScanFont.draw(g, label, left, y, scale);
        ScanFont.draw(g, amount, left + ScanFont.width("-".repeat(34), scale) - ScanFont.width(amount, scale), y,
                scale);
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
