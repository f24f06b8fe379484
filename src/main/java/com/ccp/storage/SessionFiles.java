package com.ccp.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Which stored file a session uses for its CAR and for each receipt version. */
@Repository
public class SessionFiles {

    /** {@code profileDocument} null: read before report profiles existed, with the built-in of its kind. */
    public record SessionFile(String sessionId, ReportKind kind, int version, String sha256, long sizeBytes,
            int pageCount, @Nullable String originalName, boolean replaceAll, @Nullable String profileId,
            @Nullable String profileDocument) {
    }

    /** The report profile a file was read with: its id and the document as it was then. */
    public record Profile(String id, String document) {
    }

    private final JdbcClient jdbc;

    SessionFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String sessionId, ReportKind kind, int version, String sha256, long size, int pages,
            @Nullable String originalName, boolean replaceAll, Profile profile, String uploadedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO session_file (session_id, kind, version, sha256, size_bytes, page_count, original_name,
                                          replace_all, profile_id, profile_document, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, kind.name(), version, sha256, size, pages, originalName, replaceAll, profile.id(),
                        profile.document(), uploadedBy, Timestamp.from(at))
                .update();
    }

    public Optional<SessionFile> find(String sessionId, ReportKind kind, int version) {
        return jdbc.sql("""
                SELECT session_id, kind, version, sha256, size_bytes, page_count, original_name, replace_all,
                       profile_id, profile_document
                FROM session_file WHERE session_id = ? AND kind = ? AND version = ?""")
                .params(sessionId, kind.name(), version)
                .query(SessionFile.class)
                .optional();
    }

    public Optional<SessionFile> latest(String sessionId, ReportKind kind) {
        return jdbc.sql("""
                SELECT session_id, kind, version, sha256, size_bytes, page_count, original_name, replace_all,
                       profile_id, profile_document
                FROM session_file WHERE session_id = ? AND kind = ? ORDER BY version DESC LIMIT 1""")
                .params(sessionId, kind.name())
                .query(SessionFile.class)
                .optional();
    }

    /** The profile id each file of a kind was read with, by version (null: the built-in, read before profiles). */
    public List<VersionProfile> profiles(String sessionId, ReportKind kind) {
        return jdbc.sql("SELECT version, profile_id FROM session_file WHERE session_id = ? AND kind = ? ORDER BY version")
                .params(sessionId, kind.name()).query(VersionProfile.class).list();
    }

    public record VersionProfile(int version, @Nullable String profileId) {
    }

    /** The stored files (SHA-256) a session uses. */
    public List<String> hashesOf(String sessionId) {
        return jdbc.sql("SELECT DISTINCT sha256 FROM session_file WHERE session_id = ?").param(sessionId)
                .query(String.class).list();
    }

    /**
     * Whether a record names the stored file, as committed right now: in a transaction of its own,
     * never in the snapshot of a caller's (a delete asks after its commit, where a repeatable-read
     * snapshot taken for an earlier file would miss an upload committed since).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED, readOnly = true)
    public boolean referenced(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM session_file WHERE sha256 = ?").param(sha256)
                .query(Integer.class).single() > 0;
    }

    /** A file record as the orphan scan checks it. */
    public record Stored(String sessionId, String kind, int version, String sha256) {
    }

    /** Every file record, by session, kind and version. */
    public List<Stored> all() {
        return jdbc.sql("SELECT session_id, kind, version, sha256 FROM session_file ORDER BY session_id, kind, version")
                .query(Stored.class).list();
    }

    /** Forgets a record whose file is gone; true when it was there. */
    public boolean remove(Stored record) {
        return jdbc.sql("DELETE FROM session_file WHERE session_id = ? AND kind = ? AND version = ? AND sha256 = ?")
                .params(record.sessionId(), record.kind(), record.version(), record.sha256()).update() > 0;
    }
}
