package com.ccp.delta;

import com.ccp.employee.Outcome;
import com.ccp.employee.StoredEmployee;
import com.ccp.employee.VersionedReceipt;
import com.ccp.reconciliation.EmployeeValidator;
import com.ccp.reconciliation.Finding;
import com.ccp.reconciliation.Money;
import com.ccp.reconciliation.ReconciledEmployee;
import com.ccp.reconciliation.Reconciliation;
import com.ccp.reconciliation.TransactionMatch;
import com.ccp.report.CarTransaction;
import com.ccp.report.ParseWarning;
import com.ccp.report.Receipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares a late receipt report with what a session holds (product.md step 4). Pure: the CAR and
 * the new file come read and reconciled as if the new file were the only receipt report; the
 * session's receipts come from the database. Receipts are merged by Receipt ID across the whole
 * session (a receipt may move to another employee), then each employee is validated again.
 */
public final class ReceiptMerge {

    private static final String CAR_INTEGRITY = "FILE_INTEGRITY:CAR";
    private static final String RECEIPT_INTEGRITY = "FILE_INTEGRITY:RECEIPT";

    /** Every employee of the session or of the new file, sorted by Employee ID, and what to warn about. */
    public record Comparison(List<EmployeeChange> changes, List<ParseWarning> warnings) {

        public int newReceipts() {
            return changes.stream().mapToInt(c -> c.addedReceiptIds().size()).sum();
        }
    }

    private record Placed(String employeeId, VersionedReceipt receipt) {
    }

    private ReceiptMerge() {
    }

    public static Comparison compare(Reconciliation fresh, Map<String, StoredEmployee> stored, int version,
            MergeMode mode) {
        Map<String, ReconciledEmployee> freshById = new LinkedHashMap<>();
        fresh.employees().forEach(e -> freshById.put(e.employeeId(), e));
        Map<String, Placed> before = placed(stored);
        List<ParseWarning> warnings = new ArrayList<>();
        Map<String, Placed> after = merged(before, freshById, version, mode, warnings);
        Map<String, List<VersionedReceipt>> receiptsById = new LinkedHashMap<>();
        after.values().forEach(p -> receiptsById.computeIfAbsent(p.employeeId(), k -> new ArrayList<>())
                .add(p.receipt()));
        TreeSet<String> ids = new TreeSet<>(stored.keySet());
        ids.addAll(freshById.keySet());
        List<EmployeeChange> changes = ids.stream().map(id -> change(id, stored.get(id), freshById.get(id),
                receiptsById.getOrDefault(id, List.of()), before, mode)).toList();
        return new Comparison(changes, warnings);
    }

    private static Map<String, Placed> placed(Map<String, StoredEmployee> stored) {
        Map<String, Placed> byReceiptId = new LinkedHashMap<>();
        stored.values().forEach(e -> e.receipts().forEach(r -> byReceiptId.put(r.receiptId(),
                new Placed(e.employeeId(), r))));
        return byReceiptId;
    }

    /** The new file's receipts in its reading order, then (merge only) the earlier ones it does not hold. */
    private static Map<String, Placed> merged(Map<String, Placed> before, Map<String, ReconciledEmployee> freshById,
            int version, MergeMode mode, List<ParseWarning> warnings) {
        Map<String, Placed> after = new LinkedHashMap<>();
        for (ReconciledEmployee employee : freshById.values()) {
            for (Receipt receipt : employee.receipts()) {
                Placed now = new Placed(employee.employeeId(), new VersionedReceipt(receipt, version));
                Placed earlier = before.get(receipt.receiptId());
                if (earlier != null && mode == MergeMode.MERGE) {
                    warnIfChanged(earlier, now, version, warnings);
                }
                after.put(receipt.receiptId(), now);
            }
        }
        if (mode == MergeMode.MERGE) {
            before.forEach(after::putIfAbsent);
        }
        return after;
    }

    private static void warnIfChanged(Placed earlier, Placed now, int version, List<ParseWarning> warnings) {
        Receipt old = earlier.receipt().receipt();
        Receipt receipt = now.receipt().receipt();
        int page = receipt.page();
        if (!earlier.employeeId().equals(now.employeeId())) {
            warnings.add(new ParseWarning(page, "Receipt " + receipt.receiptId() + " was listed for employee "
                    + earlier.employeeId() + " and is now listed for " + now.employeeId()
                    + "; the receipt report version " + version + " is taken as the newer one."));
        } else if (!earlier.receipt().sameContent(now.receipt())) {
            String amounts = old.amount().compareTo(receipt.amount()) == 0 ? ""
                    : " (" + Money.format(old.amount()) + " → " + Money.format(receipt.amount()) + ")";
            warnings.add(new ParseWarning(page, "Receipt " + receipt.receiptId() + " differs from the one read"
                    + " earlier" + amounts + "; the receipt report version " + version
                    + " is taken as its newer version."));
        }
    }

    private static EmployeeChange change(String id, @Nullable StoredEmployee stored,
            @Nullable ReconciledEmployee fresh, List<VersionedReceipt> receipts, Map<String, Placed> before,
            MergeMode mode) {
        List<VersionedReceipt> old = stored == null ? List.of() : stored.receipts();
        boolean freshSection = fresh != null && fresh.receiptName() != null;
        boolean inCar = stored != null ? stored.inCar() : fresh != null && fresh.carName() != null;
        String receiptName = freshSection ? fresh.receiptName()
                : mode == MergeMode.MERGE && stored != null ? stored.receiptName() : null;
        List<Finding> integrity = new ArrayList<>(findings(fresh, CAR_INTEGRITY));
        integrity.addAll(freshSection ? findings(fresh, RECEIPT_INTEGRITY)
                : mode == MergeMode.MERGE && stored != null ? stored.receiptIntegrity() : List.of());
        List<CarTransaction> transactions = fresh == null ? List.of()
                : fresh.transactions().stream().map(TransactionMatch::transaction).toList();
        Set<String> linkedReferences = new HashSet<>();
        Set<String> linkedReceiptIds = new HashSet<>();
        for (StoredEmployee.LinkedItems link : surviving(stored, transactions, receipts)) {
            linkedReferences.addAll(link.transactions());
            linkedReceiptIds.addAll(link.receipts());
        }
        EmployeeValidator.Result result = EmployeeValidator.validate(new EmployeeValidator.Input(transactions,
                receipts.stream().map(VersionedReceipt::receipt).toList(), inCar,
                !receipts.isEmpty() || receiptName != null, integrity, linkedReferences, linkedReceiptIds));
        Outcome outcome = new Outcome(receiptName, freshSection ? fresh.receiptPages() : null, receipts,
                result.transactions().stream().map(m -> m.receipt() == null ? null : m.receipt().receiptId())
                        .toList(), result.findings());

        List<String> added = receipts.stream().map(VersionedReceipt::receiptId)
                .filter(r -> !before.containsKey(r)).toList();
        List<String> changed = receipts.stream().filter(r -> {
            Placed earlier = before.get(r.receiptId());
            return earlier != null && (!earlier.employeeId().equals(id) || !earlier.receipt().sameContent(r));
        }).map(VersionedReceipt::receiptId).toList();
        boolean removedAny = old.stream().anyMatch(r -> receipts.stream()
                .noneMatch(n -> n.receiptId().equals(r.receiptId())));
        BigDecimal oldTotal = VersionedReceipt.total(old);
        BigDecimal newTotal = outcome.receiptTotal();
        ChangeType type = type(inCar, old, receipts, oldTotal, newTotal, mode);
        return new EmployeeChange(id, name(stored, fresh, id), type, oldTotal, newTotal, old.size(), receipts.size(),
                added, changed, !added.isEmpty() || !changed.isEmpty() || removedAny, outcome);
    }

    /** The links whose transactions and receipts all still exist: the rules match only what these leave. */
    private static List<StoredEmployee.LinkedItems> surviving(@Nullable StoredEmployee stored,
            List<CarTransaction> transactions, List<VersionedReceipt> receipts) {
        if (stored == null) {
            return List.of();
        }
        Set<String> references = new HashSet<>();
        transactions.forEach(t -> references.add(t.reference()));
        Set<String> receiptIds = new HashSet<>();
        receipts.forEach(r -> receiptIds.add(r.receiptId()));
        return stored.links().stream()
                .filter(l -> references.containsAll(l.transactions()) && receiptIds.containsAll(l.receipts())).toList();
    }

    static ChangeType type(boolean inCar, List<VersionedReceipt> old, List<VersionedReceipt> now, BigDecimal oldTotal,
            BigDecimal newTotal, MergeMode mode) {
        if (!inCar && old.isEmpty() && !now.isEmpty()) {
            return ChangeType.NEW_EMPLOYEE;
        }
        if (mode == MergeMode.REPLACE && !old.isEmpty() && now.isEmpty()) {
            return ChangeType.REMOVED;
        }
        if (inCar && old.isEmpty() && now.isEmpty()) {
            return ChangeType.STILL_MISSING;
        }
        return oldTotal.compareTo(newTotal) != 0 ? ChangeType.AMOUNT_CHANGED : ChangeType.NO_CHANGE;
    }

    private static List<Finding> findings(@Nullable ReconciledEmployee fresh, String keyPrefix) {
        return fresh == null ? List.of()
                : fresh.findings().stream().filter(f -> f.key().startsWith(keyPrefix)).toList();
    }

    private static String name(@Nullable StoredEmployee stored, @Nullable ReconciledEmployee fresh, String id) {
        if (stored != null) {
            return stored.name();
        }
        return Objects.requireNonNull(fresh).displayName();
    }
}
