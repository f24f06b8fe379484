package com.ccp.export;

import java.util.List;

/**
 * What an export would send, before anything is written (api.md "export-preview"): ready
 * employees split into new, changed and already exported, the not-ready ones, how many go out in
 * this mode, and the transactions already exported from another session. The counts add up to the
 * session's employees: {@code noDocuments} counts those with nothing left to send (a receipt-only
 * employee whose receipts a replacement removed), and in a session imported from the old tool
 * ({@code sentByOldTool} true) its ready employees count as already exported — the old tool sent them,
 * and there are no report files to cut documents from.
 */
public record ExportPreview(ExportMode mode, int newEmployees, int changedEmployees, int alreadyExported,
        int notReady, int willExport, List<DuplicateTransaction> duplicates, int noDocuments, boolean sentByOldTool) {

    public ExportPreview {
        duplicates = List.copyOf(duplicates);
    }
}
