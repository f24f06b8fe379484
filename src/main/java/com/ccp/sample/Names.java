package com.ccp.sample;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** Name forms of the two reports: CAR {@code LAST, FIRST M}, receipts {@code First M Last}. */
final class Names {

    private Names() {
    }

    static String carName(String last, String first, String middle) {
        return last + ", " + first + (middle.isEmpty() ? "" : " " + middle);
    }

    static String receiptName(String last, String first, String middle) {
        return titleCase(first) + (middle.isEmpty() ? "" : " " + titleCase(middle)) + " " + titleCase(last);
    }

    /** {@code O'BRIEN} gives O'Brien, {@code MARTINEZ-RUIZ} Martinez-Ruiz, {@code NUÑEZ} Nuñez. */
    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'' || c == '.';
        }
        return sb.toString();
    }

    /**
     * A key coarser than any name folding formats.md §2 allows (case, accents, punctuation, word
     * order): the sorted letters. Names with different keys can never be taken for each other.
     */
    static String key(String name) {
        char[] letters = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "").toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }
}
