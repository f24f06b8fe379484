package com.ccp.export;

import com.ccp.employee.ExportView.SharedReference;
import com.ccp.employee.ExportView;
import com.ccp.processing.SessionService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the transactions of an export whose Reference Number already went to pVault from another session. */
@Component
class DuplicateSearch {

    private final ExportView employees;
    private final ExportQueries queries;
    private final SessionService sessions;

    DuplicateSearch(ExportView employees, ExportQueries queries, SessionService sessions) {
        this.employees = employees;
        this.queries = queries;
        this.sessions = sessions;
    }

    /** One per Reference Number, in Employee ID and CAR order, naming the oldest live batch that sent it. */
    List<DuplicateTransaction> of(String sessionId, Set<String> employeeRefs) {
        if (employeeRefs.isEmpty()) {
            return List.of();
        }
        List<SharedReference> shared = employees.referencesInOtherSessions(sessionId).stream()
                .filter(s -> employeeRefs.contains(s.employeeRef())).toList();
        Map<String, List<ExportQueries.SentIn>> sent = queries.liveBatchesOf(shared.stream()
                .map(SharedReference::otherEmployeeRef).collect(Collectors.toSet()));
        // per transaction, the other session's employee whose batch went out first
        Map<String, SharedReference> holder = new LinkedHashMap<>();
        Map<String, ExportQueries.SentIn> oldest = new HashMap<>();
        for (SharedReference s : shared) {
            String transaction = s.employeeRef() + '\n' + s.reference();
            for (ExportQueries.SentIn batch : sent.getOrDefault(s.otherEmployeeRef(), List.of())) {
                if (oldest.merge(transaction, batch, DuplicateSearch::older) == batch) {
                    holder.put(transaction, s);
                }
            }
        }
        Map<String, String> names = sessions.names(holder.values().stream().map(SharedReference::otherSessionId)
                .distinct().toList());
        Map<String, DuplicateTransaction> byReference = new LinkedHashMap<>();
        holder.forEach((transaction, s) -> byReference.putIfAbsent(s.reference(), new DuplicateTransaction(
                s.reference(), s.employeeId(), s.name(), s.transDate(), s.amount(), s.merchant(), s.otherSessionId(),
                names.get(s.otherSessionId()), oldest.get(transaction).batchId())));
        return List.copyOf(byReference.values());
    }

    private static ExportQueries.SentIn older(ExportQueries.SentIn a, ExportQueries.SentIn b) {
        return b.createdAt().isBefore(a.createdAt()) ? b : a;
    }
}
