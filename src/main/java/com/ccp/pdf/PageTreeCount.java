package com.ccp.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageTree;

/**
 * The pages a page tree really holds, counted up to a bound: the {@code /Count} a file states can be
 * anything (one real file claims 1.4 billion pages), and only the leaves tell.
 */
final class PageTreeCount {

    private PageTreeCount() {
    }

    /** The number of page leaves, or {@code bound} once that many were found; a node met twice counts once. */
    static int countUpTo(PDPageTree pages, int bound, PdfBudget budget) {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> open = new ArrayDeque<>();
        open.push(pages.getCOSObject());
        int leaves = 0;
        while (!open.isEmpty() && leaves < bound) {
            COSDictionary node = open.pop();
            budget.spend();
            if (!seen.add(node)) {
                continue;
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            if (kids == null) {
                leaves++;
                continue;
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    open.push(kid);
                }
            }
        }
        return leaves;
    }
}
