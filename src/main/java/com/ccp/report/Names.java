package com.ccp.report;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Name folding used to link a receipt section without Employee ID to its cardholder. */
public final class Names {

    private Names() {
    }

    /**
     * Folds case, accents, punctuation and word order: {@code "COLLINS, THOMAS"} and
     * {@code "Thomas Collins"} both give {@code COLLINS-THOMAS}; {@code "O'Brien"} gives {@code OBRIEN}.
     */
    public static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = ascii.toUpperCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^A-Z0-9]+", " ")
                .strip();
        if (words.isEmpty()) {
            return "";
        }
        return Arrays.stream(words.split(" ")).sorted().collect(Collectors.joining("-"));
    }
}
