package com.ccp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Settings that must be made before anything reads them. The embedded MariaDB's shutdown hook
 * deletes its data when it lies under {@code java.io.tmpdir}: a checkout under /tmp would lose its
 * database at every stop, so the app's temporary files move under DATA_DIR instead.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    static void prepareFor(String dataDir) {
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        try {
            if (data.startsWith(tmp)) {
                Path own = Files.createDirectories(data.resolve("tmp"));
                System.setProperty("java.io.tmpdir", own.toString());
            }
            // PDFBox scans the system fonts once and caches the result in the user's home otherwise
            if (System.getProperty("pdfbox.fontcache") == null) {
                System.setProperty("pdfbox.fontcache", Files.createDirectories(data.resolve("cache")).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare DATA_DIR " + data + ": " + e.getMessage(), e);
        }
    }
}
