package com.ccp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.reconciliation.EmployeeValidator;
import com.ccp.reconciliation.Hint;
import com.ccp.reconciliation.HintFinder;
import com.ccp.reconciliation.LinkSuggestions;
import com.ccp.reconciliation.Suggestion;
import com.ccp.reconciliation.TransactionMatch;
import com.ccp.report.CarTransaction;
import com.ccp.report.Receipt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planted near misses and duplicates of generated months against the app's own rules: each
 * near miss is suggested with its reason and difference, and the hints found are exactly the
 * planted duplicates — nothing else is hinted.
 */
class NearMissTest {

    @ParameterizedTest
    @CsvSource({"1, 10", "2, 24", "3, 60", "4, 120", "5, 500", "2025, 24"})
    void plantedNearMissesAreSuggestedAndOnlyPlantedDuplicatesAreHinted(long seed, int employees) {
        List<GeneratedEmployee> plan = new EmployeePlanner(SampleSpec.standard(seed, employees)).plan();
        List<NearMiss> planted = NearMiss.of(plan);
        if (employees >= 24) {
            assertThat(planted).extracting(NearMiss::kind).contains("TIP", "FX_FEE", "SPLIT_CHARGE",
                    "POSSIBLE_DUPLICATE_CHARGE", "RECEIPT_SUBMITTED_TWICE");
            assertThat(planted).anyMatch(m -> m.kind().equals("RECEIPT_SUBMITTED_TWICE") && m.employeeIds().size() == 2);
        }
        Set<String> suggested = new HashSet<>();
        List<Hint> hints = new ArrayList<>();
        List<HintFinder.OwnedReceipt> allReceipts = new ArrayList<>();
        for (GeneratedEmployee e : plan) {
            List<CarTransaction> transactions = e.inCar() ? e.transactions().stream().map(NearMissTest::car).toList()
                    : List.of();
            List<Receipt> receipts = e.receipts().stream().map(NearMissTest::receipt).toList();
            receipts.forEach(r -> allReceipts.add(new HintFinder.OwnedReceipt(e.employeeId(), r)));
            List<TransactionMatch> matches = EmployeeValidator.validate(new EmployeeValidator.Input(transactions,
                    receipts, e.inCar(), !receipts.isEmpty(), List.of())).transactions();
            Set<String> used = new HashSet<>();
            matches.stream().filter(TransactionMatch::matched).forEach(m -> used.add(m.receipt().receiptId()));
            List<CarTransaction> unmatched = matches.stream().filter(m -> !m.matched())
                    .map(TransactionMatch::transaction).toList();
            List<Receipt> free = receipts.stream().filter(r -> !used.contains(r.receiptId())).toList();
            for (Suggestion s : LinkSuggestions.suggest(unmatched, free)) {
                suggested.add(s.reason() + " " + s.transactions() + " " + s.receipts() + " " + s.difference());
            }
            hints.addAll(HintFinder.duplicateCharges(e.employeeId(), transactions));
        }
        hints.addAll(HintFinder.receiptsSubmittedTwice(allReceipts));

        for (NearMiss miss : planted.stream().filter(m -> !m.hint()).toList()) {
            assertThat(suggested).as("seed %d: %s", seed, miss)
                    .contains(miss.kind() + " " + miss.transactions() + " " + miss.receipts() + " " + miss.difference());
        }
        assertThat(hints).extracting(h -> h.type() + " " + sorted(h.transactions()) + " " + sorted(h.receipts()))
                .as("seed %d", seed)
                .containsExactlyInAnyOrderElementsOf(planted.stream().filter(NearMiss::hint)
                        .map(m -> m.kind() + " " + sorted(m.transactions()) + " " + sorted(m.receipts())).toList());
    }

    private static List<String> sorted(List<String> items) {
        return items.stream().sorted().toList();
    }

    private static CarTransaction car(SampleTransaction t) {
        return new CarTransaction(t.transDate(), t.postDate(), t.reference(), t.merchant(), t.amount(),
                t.coding().job(), t.coding().phase(), t.coding().costType(), t.coding().glAccount(), t.description(), 1);
    }

    private static Receipt receipt(SampleReceipt r) {
        return new Receipt(r.id(), r.date(), r.merchant(), r.amount(), r.address(), r.title(), r.purpose(),
                r.attachment(), r.attachmentPages(), 1);
    }
}
