package com.ccp.admin;

import com.ccp.admin.OrphanReport.Area;
import com.ccp.admin.OrphanReport.Kind;
import com.ccp.admin.OrphanReport.MissingFile;
import com.ccp.admin.OrphanReport.StrayFile;
import com.ccp.base.AppProperties;
import com.ccp.base.TemporaryFiles;
import com.ccp.export.BatchRecords;
import com.ccp.storage.FileStore;
import com.ccp.storage.SessionFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compares the upload store and the export directory with the records that name their files. Files
 * younger than {@link #GRACE} are left out: an upload is stored before its record commits.
 */
@Component
class OrphanScan {

    static final Duration GRACE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(OrphanScan.class);
    /** The upload store's layout is root/xx/&lt;sha&gt;.pdf and export batches root/&lt;session&gt;/&lt;file&gt;. */
    private static final int DEPTH = 2;
    private static final String STAGING = ".staging";

    private final SessionFiles sessionFiles;
    private final BatchRecords batchFiles;
    private final FileStore fileStore;
    private final Path uploads;
    private final Path exports;
    private final Path dataDir;
    private final Clock clock;

    OrphanScan(SessionFiles sessionFiles, BatchRecords batchFiles, FileStore fileStore, AppProperties properties,
            Clock clock) {
        this.sessionFiles = sessionFiles;
        this.batchFiles = batchFiles;
        this.fileStore = fileStore;
        this.uploads = properties.uploadPath().toAbsolutePath().normalize();
        this.exports = properties.exportPath().toAbsolutePath().normalize();
        this.dataDir = properties.dataDir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    OrphanReport scan() {
        List<MissingFile> missing = new ArrayList<>();
        Set<Path> known = new HashSet<>();
        for (SessionFiles.Stored row : sessionFiles.all()) {
            Path path = fileStore.path(row.sha256()).toAbsolutePath().normalize();
            known.add(path);
            if (!Files.isRegularFile(path)) {
                missing.add(new MissingFile(Kind.SESSION_FILE, row.sessionId(), null, row.kind(), row.version(),
                        row.sha256() + ".pdf", path.toString(), true));
            }
        }
        for (BatchRecords.File row : batchFiles.all()) {
            Path path = exports.resolve(row.sessionId()).resolve(row.fileName()).normalize();
            known.add(path);
            if (!Files.isRegularFile(path)) {
                missing.add(new MissingFile(Kind.EXPORT_FILE, row.sessionId(), row.batchId(), null, null,
                        row.fileName(), path.toString(), false));
            }
        }
        List<StrayFile> stray = new ArrayList<>();
        stray.addAll(strayFiles(Area.UPLOADS, uploads, known));
        stray.addAll(strayFiles(Area.EXPORTS, exports, known));
        stray.addAll(leftoverTemporaryFiles());
        stray.sort(Comparator.comparing(StrayFile::path));
        missing.sort(Comparator.comparing(MissingFile::path));
        return new OrphanReport(stray, missing);
    }

    /** Whether a record still names this file (checked again right before a stray file is deleted). */
    boolean named(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        if (fileName.endsWith(".pdf") && fileName.length() == 68) {
            String sha = fileName.substring(0, 64);
            if (sessionFiles.referenced(sha)) {
                return true;
            }
        }
        return batchFiles.names(fileName);
    }

    private List<StrayFile> strayFiles(Area area, Path root, Set<Path> known) {
        if (!Files.isDirectory(root) || dataDir.startsWith(root)) {
            // a store configured at or above the data directory would list the database's own files
            if (Files.isDirectory(root)) {
                log.warn("Not looking for orphans in {}: it holds the data directory {}", root, dataDir);
            }
            return List.of();
        }
        Instant youngest = clock.instant().minus(GRACE);
        List<StrayFile> stray = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, DEPTH)) {
            for (Path path : walk.toList()) {
                Path relative = root.relativize(path);
                if (relative.getNameCount() > 0 && relative.getName(0).toString().equals(STAGING)
                        || !Files.isRegularFile(path) || known.contains(path.normalize())) {
                    continue;
                }
                Instant modified = Files.getLastModifiedTime(path).toInstant();
                if (modified.isAfter(youngest) || ownedByOtherStore(area, path)) {
                    continue;
                }
                stray.add(new StrayFile(area, path.toString(), relative.toString(), Files.size(path), modified));
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not look for orphaned files in {}: {}", root, e.getMessage());
        }
        return stray;
    }

    /** Temporary upload files older than the grace period: an upload in flight is younger. */
    private List<StrayFile> leftoverTemporaryFiles() {
        Instant youngest = clock.instant().minus(GRACE);
        Path root = TemporaryFiles.root(dataDir);
        List<StrayFile> stray = new ArrayList<>();
        for (Path path : TemporaryFiles.list(dataDir)) {
            try {
                Instant modified = Files.getLastModifiedTime(path).toInstant();
                if (modified.isBefore(youngest)) {
                    stray.add(new StrayFile(Area.TEMPORARY, path.toString(), root.relativize(path).toString(),
                            Files.size(path), modified));
                }
            } catch (IOException e) {
                // gone meanwhile: an upload finished
            }
        }
        return stray;
    }

    /** When one directory holds the other (e.g. EXPORT_PATH inside UPLOAD_PATH), each area keeps to its own. */
    private boolean ownedByOtherStore(Area area, Path path) {
        return area == Area.UPLOADS ? !uploads.equals(exports) && path.startsWith(exports)
                : !uploads.equals(exports) && path.startsWith(uploads);
    }
}
