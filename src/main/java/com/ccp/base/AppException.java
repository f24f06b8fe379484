package com.ccp.base;

import java.util.Map;

/**
 * The one exception the services throw for anything a user can act on; mapped once to API error
 * JSON and once to UI notifications. The message says what happened and what to do.
 */
public class AppException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public AppException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public AppException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static AppException notFound(String what) {
        return new AppException(ErrorCode.NOT_FOUND, what + " was not found.");
    }
}
