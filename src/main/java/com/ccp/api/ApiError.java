package com.ccp.api;

import java.util.Map;

/** The error body of api.md: a stable code, a human message and details. */
record ApiError(String code, String message, Map<String, Object> details) {
}
