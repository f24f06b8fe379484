package com.ccp.export;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test database under target/it-data outlives a test run: export batches a previous run made
 * of the same generated sets would show up as duplicates. Forgetting them keeps every run alike.
 */
final class EarlierRuns {

    private EarlierRuns() {
    }

    static void forgetExports(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM export_batch WHERE created_at < ?")
                .param(new Timestamp(ManagementFactory.getRuntimeMXBean().getStartTime())).update();
    }
}
