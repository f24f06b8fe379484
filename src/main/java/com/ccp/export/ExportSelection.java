package com.ccp.export;

import com.ccp.employee.ExportCandidate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who goes out (api.md "Export"), pure rules: ready employees split into never exported (new),
 * exported in an earlier revision (changed) and current revision exported (already); not-ready
 * employees never go out. DELTA sends new + changed, ALL every ready employee; only revisions never
 * exported are marked.
 */
record ExportSelection(ExportMode mode, int newEmployees, int changedEmployees, int alreadyExported, int notReady,
        int noDocuments, List<ExportCandidate> toSend) {

    ExportSelection {
        toSend = List.copyOf(toSend);
    }

    static ExportSelection of(List<ExportCandidate> candidates, ExportMode mode) {
        int fresh = 0;
        int changed = 0;
        int already = 0;
        int notReady = 0;
        int noDocuments = 0;
        List<ExportCandidate> toSend = new ArrayList<>();
        for (ExportCandidate candidate : candidates) {
            if (!candidate.hasDocuments()) {
                noDocuments++;
                continue;
            }
            if (!candidate.ready()) {
                notReady++;
                continue;
            }
            if (candidate.currentExported()) {
                already++;
            } else if (candidate.everExported()) {
                changed++;
            } else {
                fresh++;
            }
            if (mode == ExportMode.ALL || !candidate.currentExported()) {
                toSend.add(candidate);
            }
        }
        return new ExportSelection(mode, fresh, changed, already, notReady, noDocuments, toSend);
    }

    /**
     * A session imported from the old tool: the old tool sent its ready employees, and without
     * report files there is nothing to cut their documents from, so nothing goes out.
     */
    ExportSelection sentByOldTool() {
        return new ExportSelection(mode, 0, 0, newEmployees + changedEmployees + alreadyExported, notReady, noDocuments,
                List.of());
    }

    int willExport() {
        return toSend.size();
    }

    /** The employees whose current revision this export marks: those never exported in it. */
    List<ExportCandidate> toMark() {
        return toSend.stream().filter(candidate -> !candidate.currentExported()).toList();
    }
}
