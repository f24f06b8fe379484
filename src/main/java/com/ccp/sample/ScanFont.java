package com.ccp.sample;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * A 5x7 pixel font for the fake scanned receipts, so drawing them needs no system font and gives
 * the same pixels on every machine.
 */
final class ScanFont {

    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ.,:-/$#*&'%@()=";
    private static final String[] GLYPHS = {
        "0E1113151911" + "0E", "040C04040404" + "0E", "0E1101020408" + "1F", "1F0204020111" + "0E",
        "02060A121F02" + "02", "1F101E010111" + "0E", "0608101E1111" + "0E", "1F0102040808" + "08",
        "0E11110E1111" + "0E", "0E11110F0102" + "0C",
        "0E11111F1111" + "11", "1E11111E1111" + "1E", "0E1110101011" + "0E", "1C1211111112" + "1C",
        "1F10101E1010" + "1F", "1F10101E1010" + "10", "0E1110171111" + "0F", "1111111F1111" + "11",
        "0E0404040404" + "0E", "070202020212" + "0C", "111214181412" + "11", "101010101010" + "1F",
        "111B15151111" + "11", "111119151311" + "11", "0E1111111111" + "0E", "1E11111E1010" + "10",
        "0E1111111512" + "0D", "1E11111E1412" + "11", "0F10100E0101" + "1E", "1F0404040404" + "04",
        "111111111111" + "0E", "11111111110A" + "04", "111111151515" + "0A", "11110A040A11" + "11",
        "1111110A0404" + "04", "1F0102040810" + "1F",
        "00000000000C" + "0C", "000000000C04" + "08", "000C0C000C0C" + "00", "0000001F0000" + "00",
        "000102040810" + "00", "040F140E051E" + "04", "0A0A1F0A1F0A" + "0A", "0004150E1504" + "00",
        "0C1214081512" + "0D", "0C0408000000" + "00", "181902040813" + "03", "0E1117151710" + "0F",
        "020408080804" + "02", "080402020204" + "08", "00001F001F00" + "00",
    };

    private ScanFont() {
    }

    /** Draws {@code text} with its top-left at (x, y), each font pixel {@code scale} wide. */
    static void draw(Graphics2D g, String text, double x, double y, double scale) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            int index = CHARS.indexOf(upper.charAt(i));
            if (index < 0) {
                continue;
            }
            String glyph = GLYPHS[index];
            for (int row = 0; row < 7; row++) {
                int bits = Integer.parseInt(glyph.substring(row * 2, row * 2 + 2), 16);
                for (int column = 0; column < 5; column++) {
                    if ((bits & (0x10 >> column)) != 0) {
                        g.fill(new Rectangle2D.Double(x + (i * 6 + column) * scale, y + row * scale, scale, scale));
                    }
                }
            }
        }
    }

    static double width(String text, double scale) {
        return text.length() * 6 * scale;
    }
}
