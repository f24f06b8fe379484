package com.ccp.employee;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of a session's unresolved issues, in the order an exceptions report lists them. */
@Repository
public class OpenIssues {

    private final JdbcClient jdbc;

    OpenIssues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By Employee ID, flag, transaction date and detail; a transaction's finding carries the transaction. */
    public List<ListedIssue> of(String sessionId) {
        // a transaction's finding is keyed <FLAG>:<reference>[#n] (EmployeeValidator)
        return jdbc.sql("""
                SELECT i.employee_ref, e.employee_id, COALESCE(e.car_name, e.receipt_name, e.employee_id), i.flag,
                       i.finding_key, i.detail, i.amount_impact, t.trans_date, t.reference, t.merchant
                FROM issue i JOIN employee e ON e.id = i.employee_ref
                LEFT JOIN card_transaction t ON i.flag IN ('MISSING_RECEIPT', 'MISSING_CODING') AND t.id = (
                    SELECT t2.id FROM card_transaction t2 WHERE t2.employee_ref = i.employee_ref
                      AND t2.reference = SUBSTRING_INDEX(SUBSTRING(i.finding_key, LOCATE(':', i.finding_key) + 1), '#', 1)
                    ORDER BY t2.seq LIMIT 1)
                WHERE i.session_id = ? AND NOT i.resolved
                ORDER BY e.employee_id, i.flag, t.trans_date, i.detail""")
                .param(sessionId)
                .query((rs, n) -> {
                    Date date = rs.getDate(8);
                    return new ListedIssue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                            date == null ? null : date.toLocalDate(), rs.getString(9), rs.getString(10));
                })
                .list();
    }
}
