package com.ccp.storage;

import com.ccp.base.AppProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Uploaded PDFs stored by content (SHA-256), never by the client's file name: the same file
 * uploaded twice is stored once.
 */
@Component
public class FileStore {

    /** A stored file and whether this call created it (so a rolled-back upload can remove it again). */
    public record Stored(String sha256, Path path, boolean created) {
    }

    private final Path root;

    FileStore(AppProperties properties) throws IOException {
        this.root = properties.uploadPath().toAbsolutePath().normalize();
        Files.createDirectories(root);
    }

    public Stored store(Path source) {
        try {
            String sha = sha256(source);
            Path target = path(sha);
            if (Files.exists(target)) {
                return new Stored(sha, target, false);
            }
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(sha + ".tmp-" + Thread.currentThread().threadId());
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Stored(sha, target, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload: " + e.getMessage(), e);
        }
    }

    public Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".pdf");
    }

    public void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
