package com.ccp.sample;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** formats.md §3 matching, only to check that the generator's intent is consistent with it. */
final class Matching {

    private Matching() {
    }

    static boolean matches(SampleReceipt r, SampleTransaction t) {
        return r.amount().compareTo(t.amount()) == 0
                && Math.abs(ChronoUnit.DAYS.between(t.transDate(), r.date())) <= 3;
    }

    /** Kuhn's augmenting paths: the size of a maximum one-to-one matching. */
    static int maximum(List<SampleTransaction> transactions, List<SampleReceipt> receipts) {
        int[] owner = new int[transactions.size()];
        Arrays.fill(owner, -1);
        int size = 0;
        for (int r = 0; r < receipts.size(); r++) {
            if (augment(r, transactions, receipts, owner, new boolean[transactions.size()])) {
                size++;
            }
        }
        return size;
    }

    private static boolean augment(int r, List<SampleTransaction> transactions, List<SampleReceipt> receipts,
            int[] owner, boolean[] seen) {
        for (int t = 0; t < transactions.size(); t++) {
            if (!seen[t] && matches(receipts.get(r), transactions.get(t))) {
                seen[t] = true;
                if (owner[t] < 0 || augment(owner[t], transactions, receipts, owner, seen)) {
                    owner[t] = r;
                    return true;
                }
            }
        }
        return false;
    }
}
