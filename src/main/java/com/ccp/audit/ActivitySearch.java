package com.ccp.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of the activity log: entries a query matches, newest first. The caller checks who may read it. */
@Repository
public class ActivitySearch {

    private static final String COLUMNS = "id, at, actor, acting_as, action, session_id, outcome, details, client_address";

    private final JdbcClient jdbc;

    ActivitySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of matching entries. */
    public List<ActivityEntry> page(ActivityQuery query, int offset, int limit) {
        Where where = where(query);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM activity_log" + where.sql() + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(params).query(ActivityEntry.class).list();
    }

    public int count(ActivityQuery query) {
        Where where = where(query);
        return jdbc.sql("SELECT COUNT(*) FROM activity_log" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    /** Every matching entry, streamed from the database without holding them all. */
    public void forEach(ActivityQuery query, Consumer<ActivityEntry> consumer) {
        Where where = where(query);
        jdbc.sql("SELECT " + COLUMNS + " FROM activity_log" + where.sql() + " ORDER BY at DESC, id DESC")
                .params(where.params()).query(ActivityEntry.class).stream().forEach(consumer);
    }

    /** The distinct actions in the log. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM activity_log ORDER BY action").query(String.class).list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(ActivityQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.user() != null) {
            conditions.add("(actor = ? OR acting_as = ?)");
            params.add(query.user());
            params.add(query.user());
        }
        if (query.action() != null) {
            conditions.add("action = ?");
            params.add(query.action());
        }
        if (query.session() != null) {
            conditions.add("session_id = ?");
            params.add(query.session());
        }
        if (query.from() != null) {
            conditions.add("at >= ?");
            params.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("at < ?");
            params.add(Timestamp.from(query.to()));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }
}
