package com.ccp.ingestion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An upload streamed to a temporary file, already within the size limit. The client's file name is
 * kept for messages only, never for storage. Closing deletes the temporary file.
 */
public record UploadedFile(Path path, @Nullable String originalName, long size) implements AutoCloseable {

    public String displayName() {
        return originalName == null || originalName.isBlank() ? "the uploaded file" : "'" + originalName + "'";
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temp file that cannot be deleted now is swept at the next start
        }
    }
}
