package com.ccp.ingestion;

/**
 * A session's stored file is not in the upload store: removed outside the app or lost with a disk.
 * The user's file was fine, so the reason must not call it damaged.
 */
final class StoredFileMissing extends RuntimeException {

    StoredFileMissing(String what, String sha256) {
        super("The stored file of " + what + " (" + sha256 + ".pdf) is missing from the upload store (UPLOAD_PATH);"
                + " it was removed outside the app or lost. Create the session again with the same files.", null,
                false, false);
    }
}
