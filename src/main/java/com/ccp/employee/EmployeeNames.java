package com.ccp.employee;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read model of whom an entry concerns: "004512 SMITH, JOHN" by Employee ID or by issue. */
@Repository
public class EmployeeNames {

    private final JdbcClient jdbc;

    EmployeeNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "session id/Employee ID" → "Employee ID NAME", for the employees of those sessions. */
    public Map<String, String> ofEmployees(Collection<String> sessionIds, Collection<String> employeeIds) {
        Map<String, String> names = new HashMap<>();
        if (!sessionIds.isEmpty() && !employeeIds.isEmpty()) {
            jdbc.sql("""
                    SELECT session_id, employee_id, COALESCE(car_name, receipt_name, employee_id) FROM employee
                    WHERE session_id IN (:ids) AND employee_id IN (:employees)""")
                    .param("ids", sessionIds).param("employees", employeeIds)
                    .query(rs -> {
                        names.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(2) + " " + rs.getString(3));
                    });
        }
        return names;
    }

    /** Issue id → "Employee ID NAME" of the employee the issue is about. */
    public Map<String, String> ofIssues(Collection<String> issueIds) {
        Map<String, String> names = new HashMap<>();
        if (!issueIds.isEmpty()) {
            jdbc.sql("""
                    SELECT i.id, e.employee_id, COALESCE(e.car_name, e.receipt_name, e.employee_id)
                    FROM issue i JOIN employee e ON e.id = i.employee_ref WHERE i.id IN (:ids)""")
                    .param("ids", issueIds)
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3));
                    });
        }
        return names;
    }
}
