package com.ccp.api;

import com.ccp.base.AppException;
import com.ccp.base.ErrorCode;
import com.ccp.ingestion.UploadReceiver;
import com.ccp.ingestion.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** A multipart file part streamed to a size-limited temporary file; a missing part is BAD_INPUT naming it. */
@Component
class UploadParts {

    private final UploadReceiver uploads;

    UploadParts(UploadReceiver uploads) {
        this.uploads = uploads;
    }

    UploadedFile receive(@Nullable MultipartFile part, String name) {
        if (part == null) {
            throw new AppException(ErrorCode.BAD_INPUT, "The file part '" + name + "' is missing.", Map.of("file", name));
        }
        try {
            return uploads.receive(part.getInputStream(), part.getOriginalFilename(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
