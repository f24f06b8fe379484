package com.ccp.report;

/** How a report prints a person's name: {@code O'BRIEN, MARY K} or {@code Mary K O'Brien}. */
public enum NameOrder {
    LAST_FIRST,
    FIRST_LAST;

    /** The last name as this order prints it: the part before the comma, or the last word. */
    public String lastName(String name) {
        String trimmed = name.strip();
        if (this == LAST_FIRST) {
            int comma = trimmed.indexOf(',');
            return comma < 0 ? trimmed : trimmed.substring(0, comma).strip();
        }
        String[] words = trimmed.split("\\s+");
        return words[words.length - 1];
    }
}
