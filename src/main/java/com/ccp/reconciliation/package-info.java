/**
 * Per-employee validation of a CAR against a receipt report (formats.md §3): receipt matching,
 * findings and the reconciliation of a whole session. Pure Java, re-runnable from stored data.
 */
@NullMarked
package com.ccp.reconciliation;

import org.jspecify.annotations.NullMarked;
