package com.ccp.processing;

import java.util.Map;

/** Sessions by status (every status present) and created per month ("2026-12" → 4). */
public record SessionCounts(Map<SessionStatus, Integer> byStatus, Map<String, Integer> perMonth) {
}
