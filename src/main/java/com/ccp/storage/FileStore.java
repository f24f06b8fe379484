package com.ccp.storage;

import com.ccp.base.AppProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Uploaded PDFs stored by content (SHA-256), never by the client's file name: the same file
 * uploaded twice is stored once. Sessions share a stored file, so whether it may be deleted is
 * decided under the lock of its hash, which an upload holds from storing the file until its
 * reference is committed: a delete never sees "no reference" between the two. (The app is one
 * process per data directory, so a lock in memory is enough.)
 */
@Component
public class FileStore {

    private static final int STRIPES = 64;

    /** A stored file and whether this call created it (so a rolled-back upload can remove it again). */
    public record Stored(String sha256, Path path, boolean created) {
    }

    private final Path root;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    FileStore(AppProperties properties) throws IOException {
        this.root = properties.uploadPath().toAbsolutePath().normalize();
        Files.createDirectories(root);
        Arrays.setAll(locks, i -> new ReentrantLock());
    }

    /** The SHA-256 of a file, as {@link #store} will name it. */
    public String hash(Path source) {
        try {
            return sha256(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} holding the locks of these hashes: store the files and commit their
     * references inside it, and no delete of the same content can come in between.
     */
    public <T> T holding(Collection<String> hashes, Supplier<T> work) {
        int[] stripes = hashes.stream().mapToInt(FileStore::stripe).distinct().sorted().toArray();
        int locked = 0;
        try {
            for (int stripe : stripes) {
                locks[stripe].lock();
                locked++;
            }
            return work.get();
        } finally {
            for (int i = locked - 1; i >= 0; i--) {
                locks[stripes[i]].unlock();
            }
        }
    }

    /** Deletes the stored file unless {@code referenced} (asked under the hash's lock) says a record still names it. */
    public boolean deleteUnlessReferenced(String sha256, Predicate<String> referenced) {
        return holding(List.of(sha256), () -> {
            if (referenced.test(sha256)) {
                return false;
            }
            delete(sha256);
            return true;
        });
    }

    /** Stores the file under its hash (see {@link #holding} for keeping it until its reference commits). */
    public Stored store(Path source) {
        String sha = hash(source);
        return holding(List.of(sha), () -> store(source, sha));
    }

    /** Stores the file under the hash {@link #hash} gave for it. */
    public Stored store(Path source, String sha) {
        try {
            Path target = path(sha);
            if (Files.exists(target)) {
                // the orphan scan leaves young files alone: a reused file is young again
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
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

    private static int stripe(String sha256) {
        return Math.floorMod(sha256.hashCode(), STRIPES);
    }

    /** Deletes the stored file whatever references it; see {@link #deleteUnlessReferenced}. */
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
