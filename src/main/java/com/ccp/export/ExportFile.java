package com.ccp.export;

import java.nio.file.Path;

/** A batch file on disk, with the name a download gives it. */
public record ExportFile(Path path, String fileName, String contentType) {
}
