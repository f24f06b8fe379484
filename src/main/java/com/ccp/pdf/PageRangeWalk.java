package com.ccp.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.jspecify.annotations.Nullable;

/**
 * Visits the pages {@code from..to} of a page tree, resolving only the tree nodes on the way to
 * them: subtrees outside the range are skipped by their {@code /Count}, and a node whose kids are
 * all pages is indexed directly. Pages share the document's resource cache, as PDFBox's own do.
 */
final class PageRangeWalk {

    @FunctionalInterface
    interface Visitor {
        void page(int number, PDPage page) throws IOException;
    }

    private PageRangeWalk() {
    }

    static void forEach(PDPageTree pages, int from, int to, @Nullable ResourceCache cache, Visitor visitor)
            throws IOException {
        walk(pages.getCOSObject(), 0, from, to, cache, visitor);
    }

    /** Visits the range within {@code node}, whose first page is number {@code before + 1}; returns its page count. */
    private static int walk(COSDictionary node, int before, int from, int to, @Nullable ResourceCache cache,
            Visitor visitor) throws IOException {
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids == null) {
            if (before + 1 >= from && before + 1 <= to) {
                visitor.page(before + 1, page(node, cache));
            }
            return 1;
        }
        int count = node.getInt(COSName.COUNT, -1);
        if (count >= 0 && (before + count < from || before >= to)) {
            return count;
        }
        if (count == kids.size()) {
            for (int i = Math.max(0, from - before - 1); i < Math.min(count, to - before); i++) {
                if (kids.getObject(i) instanceof COSDictionary leaf) {
                    visitor.page(before + i + 1, page(leaf, cache));
                }
            }
            return count;
        }
        int seen = before;
        for (int i = 0; i < kids.size() && seen < to; i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
                seen += walk(kid, seen, from, to, cache, visitor);
            }
        }
        return count >= 0 ? count : seen - before;
    }

    private static PDPage page(COSDictionary dictionary, @Nullable ResourceCache cache) {
        PDPage page = new PDPage(dictionary);
        COSBase resources = PDPageTree.getInheritableAttribute(dictionary, COSName.RESOURCES);
        if (resources instanceof COSDictionary shared) {
            page.setResources(new PDResources(shared, cache));
        }
        return page;
    }
}
