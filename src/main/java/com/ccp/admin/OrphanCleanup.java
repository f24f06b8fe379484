package com.ccp.admin;

/**
 * What an orphan cleanup removed: stray files and their bytes, upload records without a file, and the
 * records without a file it kept on purpose (export batches).
 */
public record OrphanCleanup(int filesDeleted, long bytesFreed, int recordsDeleted, int recordsKept) {
}
