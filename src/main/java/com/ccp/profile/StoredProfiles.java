package com.ccp.profile;

import com.ccp.report.ProfileKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The admin-written profiles, one row each with the whole document. */
@Repository
class StoredProfiles {

    record Row(String id, ProfileKind kind, String titleKey, String document, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    StoredProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.sql("SELECT id, kind, title_key, document, updated_by, updated_at FROM report_profile ORDER BY id")
                .query(Row.class).list();
    }

    Optional<Row> find(String id) {
        return jdbc.sql("SELECT id, kind, title_key, document, updated_by, updated_at FROM report_profile WHERE id = ?")
                .param(id).query(Row.class).optional();
    }

    /** The profile of the kind that already uses the title, other than {@code id}. */
    Optional<String> titleUsedBy(ProfileKind kind, String titleKey, String id) {
        return jdbc.sql("SELECT id FROM report_profile WHERE kind = ? AND title_key = ? AND id <> ? FOR UPDATE")
                .params(kind.name(), titleKey, id).query(String.class).optional();
    }

    /** Creates or replaces; true when it was created. */
    boolean save(String id, ProfileKind kind, String titleKey, String document, String by, Instant at) {
        int updated = jdbc.sql("""
                UPDATE report_profile SET kind = ?, title_key = ?, document = ?, updated_by = ?, updated_at = ?
                WHERE id = ?""")
                .params(kind.name(), titleKey, document, by, Timestamp.from(at), id).update();
        if (updated > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO report_profile (id, kind, title_key, document, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, kind.name(), titleKey, document, by, Timestamp.from(at)).update();
        return true;
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM report_profile WHERE id = ?").param(id).update() > 0;
    }
}
