package com.ccp.base;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's own temporary files under {@code DATA_DIR/tmp} that a crash can leave behind: the
 * servlet container's multipart parts ({@code upload_*.tmp}), uploads being received
 * ({@code uploads/upload-*.part}) and PDFBox's scratch files ({@code PDFBox*.tmp}, there when the
 * data directory lies under the system's temporary directory). Anything else there is not ours to judge.
 */
public final class TemporaryFiles {

    private TemporaryFiles() {
    }

    /** The directory of the multipart parts, and of the app's temporary files generally. */
    public static Path root(Path dataDir) {
        return dataDir.resolve("tmp");
    }

    /** Every such file now on disk, oldest name first. */
    public static List<Path> list(Path dataDir) {
        Path root = root(dataDir).toAbsolutePath().normalize();
        List<Path> found = new ArrayList<>();
        collect(root, "{upload_*.tmp,PDFBox*.tmp}", found);
        collect(root.resolve("uploads"), "upload-*.part", found);
        found.sort(null);
        return found;
    }

    private static void collect(Path directory, String glob, List<Path> found) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            // an unreadable directory holds nothing we can remove either
        }
    }
}
