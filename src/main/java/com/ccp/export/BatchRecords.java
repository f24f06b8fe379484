package com.ccp.export;

import com.ccp.base.db.MonthCounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of the export batches for the admin: the files they name, and how many there are. */
@Repository
public class BatchRecords {

    /** One file a batch wrote, under the export directory's folder of its session. */
    public record File(String sessionId, String batchId, String fileName) {
    }

    private final JdbcClient jdbc;

    BatchRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<File> all() {
        return jdbc.sql("""
                SELECT session_id, id AS batch_id, pvault_file AS file_name FROM export_batch
                UNION ALL SELECT session_id, id, exceptions_csv_file FROM export_batch
                UNION ALL SELECT session_id, id, exceptions_pdf_file FROM export_batch""")
                .query(File.class).list();
    }

    /** Whether a batch names a file of this name. */
    public boolean names(String fileName) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM export_batch
                WHERE ? IN (pvault_file, exceptions_csv_file, exceptions_pdf_file)""")
                .param(fileName).query(Integer.class).single() > 0;
    }

    /** Batches of one session, voided ones included. */
    public int countOf(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM export_batch WHERE session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    /** Batches of all sessions. */
    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM export_batch").query(Integer.class).single();
    }

    /** Batches created per month since the given moment. */
    public Map<String, Integer> createdPerMonth(Instant since) {
        return MonthCounts.of(jdbc, "export_batch", since);
    }
}
