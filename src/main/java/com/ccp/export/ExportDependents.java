package com.ccp.export;

import com.ccp.lifecycle.SessionDependents;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A session with an export batch may not be deleted by its owner; its batch files go with it. */
@Component
class ExportDependents implements SessionDependents {

    private final ExportQueries queries;
    private final ExportFiles files;

    ExportDependents(ExportQueries queries, ExportFiles files) {
        this.queries = queries;
        this.files = files;
    }

    @Override
    public @Nullable String ownerMayNotDelete(String sessionId) {
        int batches = queries.batches(sessionId).size();
        return batches == 0 ? null : "It has " + batches + (batches == 1 ? " export batch" : " export batches")
                + ", which must stay for audit; close it instead, or ask an admin.";
    }

    @Override
    public List<Path> filesOf(String sessionId) {
        return queries.batches(sessionId).stream()
                .flatMap(batch -> Stream.of(batch.pvaultFile(), batch.exceptionsCsvFile(), batch.exceptionsPdfFile()))
                .map(name -> files.path(sessionId, name)).toList();
    }
}
