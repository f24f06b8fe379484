/**
 * The append-only activity log, its search, the actions it names, and {@code ChangeGuard}: the check
 * every change makes first, which logs every refusal.
 */
@NullMarked
package com.ccp.audit;

import org.jspecify.annotations.NullMarked;
