package com.ccp.pdf;

import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * How much a document being read may buffer: decoded streams stay in memory up to 32 MB (a
 * temp-file-only cache writes every content stream to disk and makes reading 4x slower), then spill
 * to a temp file, capped so a hostile file cannot fill the disk.
 */
final class ReadCache {

    private static final long IN_MEMORY = 32L * 1024 * 1024;
    private static final long TOTAL = 512L * 1024 * 1024;

    private ReadCache() {
    }

    static RandomAccessStreamCache.StreamCacheCreateFunction create() {
        return MemoryUsageSetting.setupMixed(IN_MEMORY, TOTAL).streamCache;
    }
}
