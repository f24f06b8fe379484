package com.ccp.export;

import java.util.List;

/**
 * What an export would send, before anything is written (api.md "export-preview"): ready
 * employees split into new, changed and already exported, the not-ready ones, how many go out in
 * this mode, and the transactions already exported from another session.
 */
public record ExportPreview(ExportMode mode, int newEmployees, int changedEmployees, int alreadyExported,
        int notReady, int willExport, List<DuplicateTransaction> duplicates) {

    public ExportPreview {
        duplicates = List.copyOf(duplicates);
    }
}
