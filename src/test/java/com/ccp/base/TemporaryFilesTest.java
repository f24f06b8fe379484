package com.ccp.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void onlyTheAppsOwnTemporaryUploadFilesAreLeftovers() throws Exception {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp").resolve("uploads")).getParent();
        Path part = Files.writeString(tmp.resolve("upload_3f2a_00000001.tmp"), "x");
        Path scratch = Files.writeString(tmp.resolve("PDFBox123.tmp"), "x");
        Path receiving = Files.writeString(tmp.resolve("uploads").resolve("upload-42.part"), "x");
        Files.writeString(tmp.resolve("notes.txt"), "not ours");
        Files.createDirectories(tmp.resolve("tomcat.8080.123"));
        Files.writeString(Files.createDirectories(dataDir.resolve("uploads")).resolve("upload_1.tmp"), "elsewhere");

        assertThat(TemporaryFiles.list(dataDir)).containsExactlyInAnyOrder(part.toAbsolutePath(), scratch.toAbsolutePath(),
                receiving.toAbsolutePath());
    }
}
