package com.ccp.export;

import com.ccp.base.AppProperties;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where batch files live: {@code EXPORT_PATH/<sessionId>/<file>}. A batch is written under
 * {@code EXPORT_PATH/.staging/<batchId>/} and moved in place only when its transaction commits; a
 * rollback deletes it, so a failed export leaves no stray file.
 */
@Component
class ExportFiles {

    /** A written file: its name, SHA-256 and size. */
    record Written(String name, String sha256, long bytes) {
    }

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

    private final Path root;
    private final Path staging;

    ExportFiles(AppProperties properties) throws IOException {
        this.root = properties.exportPath().toAbsolutePath().normalize();
        this.staging = root.resolve(".staging");
        Files.createDirectories(staging);
    }

    Path path(String sessionId, String fileName) {
        return root.resolve(sessionId).resolve(fileName);
    }

    /** A staging directory for one batch, tied to the current transaction's outcome. */
    Path stage(String sessionId, String batchId) {
        Path dir = staging.resolve(batchId);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                moveInPlace(sessionId, dir);
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(dir);
                }
            }
        });
        return dir;
    }

    /** Writes a file and returns its SHA-256 and size. */
    static Written write(Path file, Writer writer) throws IOException {
        try (Sha256Out out = new Sha256Out(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            writer.write(out);
            out.flush();
            return new Written(file.getFileName().toString(), out.hex(), out.bytes());
        }
    }

    /** The batch directories a crash left in staging; committed batches are moved in place, others deleted. */
    void recover(java.util.function.Function<String, String> sessionOfBatch) {
        try (Stream<Path> dirs = Files.list(staging)) {
            for (Path dir : dirs.toList()) {
                String sessionId = sessionOfBatch.apply(dir.getFileName().toString());
                if (sessionId != null) {
                    log.info("Export batch {} was committed before a restart; moving its files in place", dir.getFileName());
                    moveInPlace(sessionId, dir);
                } else {
                    delete(dir);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look through {}: {}", staging, e.getMessage());
        }
    }

    private void moveInPlace(String sessionId, Path dir) {
        try {
            Path target = Files.createDirectories(root.resolve(sessionId));
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.toList();
            }
            for (Path file : files) {
                move(file, target.resolve(file.getFileName()));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // the batch is committed: the next start moves what is left (see recover)
            log.error("Could not move export files from {} into place: {}", dir, e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete the staging directory {}: {}", dir, e.getMessage());
        }
    }
}
