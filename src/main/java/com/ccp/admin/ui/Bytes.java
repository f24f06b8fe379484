package com.ccp.admin.ui;

import java.util.Locale;

/** Byte counts for people: 1.5 MB, 230 KB. */
final class Bytes {

    private Bytes() {
    }

    static String format(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.US, "%.1f %s", value, units[unit]);
    }
}
