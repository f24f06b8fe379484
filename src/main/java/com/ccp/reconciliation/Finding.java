package com.ccp.reconciliation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One issue of one employee. {@code key} identifies the finding across re-validations (for example
 * {@code MISSING_RECEIPT:<reference>}); {@code detail} is a sentence for an AP clerk.
 */
public record Finding(Flag flag, String key, String detail, @Nullable BigDecimal amountImpact) {
}
