package com.ccp.base.db;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The longest text the schema takes in a column, for a message that names the limit of what was too long. */
@Component
public class ColumnLimits {

    private final JdbcClient jdbc;

    ColumnLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The characters a column of this name holds at most (the largest where tables differ). */
    public Optional<Integer> of(String column) {
        return jdbc.sql("SELECT MAX(CHARACTER_MAXIMUM_LENGTH) FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND COLUMN_NAME = ?").param(column).query(Integer.class)
                .optional();
    }
}
