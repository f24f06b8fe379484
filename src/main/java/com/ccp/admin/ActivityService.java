package com.ccp.admin;

import com.ccp.audit.ActivityEntry;
import com.ccp.audit.ActivityQuery;
import com.ccp.audit.ActivitySearch;
import com.ccp.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity log for admins: searched page by page, or written whole as CSV. Nothing here changes it. */
@Service
public class ActivityService {

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = List.of("id", "at", "actor", "acting_as", "action", "session_id",
            "outcome", "details", "client_address");

    private final ActivitySearch log;

    ActivityService(ActivitySearch log) {
        this.log = log;
    }

    /** One page of matching entries, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> search(Actor actor, ActivityQuery query, int offset, int limit) {
        Admins.require(actor);
        return log.page(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(Actor actor, ActivityQuery query) {
        Admins.require(actor);
        return log.count(query);
    }

    /** Every matching entry, newest first, as RFC 4180 CSV with a header row, streamed from the database. */
    @Transactional(readOnly = true)
    public void writeCsv(Actor actor, ActivityQuery query, Writer out) {
        Admins.require(actor);
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(CSV_HEADER.toArray(String[]::new)).get());
            log.forEach(query, entry -> {
                try {
                    csv.printRecord(entry.id(), entry.at(), entry.actor(), entry.actingAs(), entry.action(),
                            entry.sessionId(), entry.outcome(), entry.details(), entry.clientAddress());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct actions in the log, for a filter's choices. */
    @Transactional(readOnly = true)
    public List<String> actions(Actor actor) {
        Admins.require(actor);
        return log.actions();
    }
}
