package com.ccp.pdf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Recognises a page that cannot show any text — a scanned attachment: no font, no form XObject
 * (which could carry its own text), and no text object ({@code BT}) in its content stream. Such
 * pages are most of a receipt report, and running the text engine over them costs as much as over
 * a page of text.
 */
final class TextlessPages {

    private TextlessPages() {
    }

    static boolean isTextless(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources != null) {
            if (resources.getFontNames().iterator().hasNext()) {
                return false;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    continue;
                }
                return false;
            }
        }
        try (InputStream content = new BufferedInputStream(page.getContents())) {
            return !containsTextObject(content);
        }
    }

    /** Whether the content holds the operator {@code BT} as a token (a false alarm only costs the fast path). */
    static boolean containsTextObject(InputStream content) throws IOException {
        int before = ' ';
        int current = content.read();
        while (current != -1) {
            int next = content.read();
            if (current == 'B' && next == 'T' && delimiter(before)) {
                int after = content.read();
                if (after == -1 || delimiter(after)) {
                    return true;
                }
                before = next;
                current = after;
                continue;
            }
            before = current;
            current = next;
        }
        return false;
    }

    private static boolean delimiter(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
                || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }
}
