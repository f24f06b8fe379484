package com.ccp.ingestion;

import com.ccp.base.AppException;
import com.ccp.base.AppProperties;
import com.ccp.base.ErrorCode;
import com.ccp.base.TemporaryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Streams an upload to a temporary file under the data directory through a byte counter, and
 * gives up as soon as the size limit is passed: neither Vaadin nor a raw stream enforce one.
 */
@Component
public class UploadReceiver {

    static final int MAX_NAME = 255;

    private final Path directory;
    private final long maxBytes;
    private final int maxMb;

    UploadReceiver(AppProperties properties) throws IOException {
        this.directory = properties.dataDir().resolve("tmp").resolve("uploads");
        this.maxBytes = properties.maxFileSizeBytes();
        this.maxMb = properties.maxFileSizeMb();
        Files.createDirectories(directory);
        sweepLeftovers(properties.dataDir());
    }

    public UploadedFile receive(InputStream in, @Nullable String originalName, String part) {
        Path file = null;
        try {
            file = Files.createTempFile(directory, "upload-", ".part");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    size += read;
                    if (size > maxBytes) {
                        throw tooLarge(originalName, part);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return new UploadedFile(file, cleanName(originalName), size);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("Could not receive the upload: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /**
     * The client's file name as kept and shown: control characters (a NUL) dropped, and at most
     * {@value #MAX_NAME} characters (the column's limit), cut in the middle so the extension stays.
     */
    static @Nullable String cleanName(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String printable = name.replaceAll("\\p{Cntrl}", "").strip();
        if (printable.length() <= MAX_NAME) {
            return printable;
        }
        return printable.substring(0, MAX_NAME - 9) + "…" + printable.substring(printable.length() - 8);
    }

    public AppException tooLarge(@Nullable String originalName, String part) {
        String name = originalName == null ? "The file" : "The file '" + originalName + "'";
        return new AppException(ErrorCode.TOO_LARGE, name + " is larger than the limit of " + maxMb
                + " MB; split the report or ask an admin to raise MAX_FILE_SIZE_MB.", Map.of("file", part));
    }

    /** Runs before the server takes requests: every temporary upload file on disk is a crash's leftover. */
    private void sweepLeftovers(Path dataDir) {
        TemporaryFiles.list(dataDir).forEach(UploadReceiver::deleteQuietly);
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // swept at the next start
            }
        }
    }
}
