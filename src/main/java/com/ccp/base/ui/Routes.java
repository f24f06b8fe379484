package com.ccp.base.ui;

/**
 * The addresses of the screens. Screens of one feature lead to another's by these names, never by
 * its class, so no view depends on a view of another feature.
 */
public final class Routes {

    public static final String SESSIONS = "";
    public static final String NEW_SESSION = "sessions/new";
    public static final String SESSION = "sessions/:id";
    public static final String EMPLOYEE = "sessions/:id/employees/:employeeId";
    public static final String COMPARISON = "sessions/:id/comparison";
    public static final String ADMIN = "admin";
    public static final String VIEW_AS = "support/view-as";
    public static final String LOGIN = "login";

    private Routes() {
    }

    public static String session(String sessionId) {
        return "sessions/" + sessionId;
    }

    public static String employee(String sessionId, String employeeId) {
        return session(sessionId) + "/employees/" + employeeId;
    }

    public static String comparison(String sessionId) {
        return session(sessionId) + "/comparison";
    }
}
