/**
 * Export to pVault, exactly once: the selection of ready employees, the batch (pVault ZIP and the
 * exceptions report) written to disk and moved in place on commit, the marks on the exported
 * revisions, duplicate detection across sessions, voiding, history and downloads.
 */
@NullMarked
package com.ccp.export;

import org.jspecify.annotations.NullMarked;
