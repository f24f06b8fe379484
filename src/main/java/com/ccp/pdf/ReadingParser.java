package com.ccp.pdf;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDFBox's parser with one change: the objects of a compressed object stream are keyed through one
 * index of the cross-reference table per document. PDFBox 3.0.8 rebuilds that index from the whole
 * table for every object stream it opens — on a 10,000-page report, hundreds of streams times tens
 * of thousands of entries, about a tenth of all reading time. Everything else is PDFBox's own code.
 */
final class ReadingParser extends PDFParser {

    private static final Logger log = LoggerFactory.getLogger(ReadingParser.class);

    private final Map<Long, Map<COSObjectKey, COSBase>> decompressed = new HashMap<>();
    private final XrefKeys keys = new XrefKeys();

    private ReadingParser(RandomAccessRead source) throws IOException {
        super(source, "", null, null, ReadCache.create());
    }

    /** Opens a file for reading, as {@code Loader.loadPDF} would. */
    static PDDocument open(File file) throws IOException {
        RandomAccessRead source = new RandomAccessReadBufferedFile(file);
        try {
            return new ReadingParser(source).parse();
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(source);
            throw e;
        }
    }

    @Override
    protected COSObjectKey getObjectKey(long num, int gen) {
        return document == null ? new COSObjectKey(num, gen) : keys.key(document, num, gen);
    }

    /** Same as PDFBox's, with the shared key index. */
    @Override
    protected COSBase parseObjectStreamObject(long objstmObjNr, COSObjectKey key) throws IOException {
        Map<COSObjectKey, COSBase> streamObjects = decompressed.computeIfAbsent(objstmObjNr, n -> new HashMap<>());
        COSBase found = streamObjects.remove(key);
        if (found != null) {
            return found;
        }
        COSBase objectStream = document.getObjectFromPool(keys.key(document, objstmObjNr, 0)).getObject();
        if (!(objectStream instanceof COSStream stream)) {
            return null;
        }
        try {
            Map<COSObjectKey, COSBase> all = new ObjectStreamParser(stream, document, keys).parseAllObjects();
            found = all.remove(key);
            all.forEach(streamObjects::putIfAbsent);
        } catch (IOException e) {
            if (!isLenient()) {
                throw e;
            }
            log.warn("Object stream {} could not be parsed: {}", objstmObjNr, e.getMessage());
        }
        return found;
    }

    /** The keys of the document's cross-reference table by object number and generation. */
    private static final class XrefKeys {
        private final Map<Long, COSObjectKey> byHash = new HashMap<>();

        COSObjectKey key(COSDocument document, long number, int generation) {
            Map<COSObjectKey, Long> xref = document.getXrefTable();
            if (xref.isEmpty()) {
                return new COSObjectKey(number, generation);
            }
            // the table only grows (a lenient repair adds entries), so a size check finds every change
            if (xref.size() > byHash.size()) {
                xref.keySet().forEach(k -> byHash.putIfAbsent(k.getInternalHash(), k));
            }
            COSObjectKey known = byHash.get(COSObjectKey.computeInternalHash(number, generation));
            return known != null ? known : new COSObjectKey(number, generation);
        }
    }

    private static final class ObjectStreamParser extends PDFObjectStreamParser {
        private final XrefKeys keys;

        ObjectStreamParser(COSStream stream, COSDocument document, XrefKeys keys) throws IOException {
            super(stream, document);
            this.keys = keys;
        }

        @Override
        protected COSObjectKey getObjectKey(long num, int gen) {
            return document == null ? new COSObjectKey(num, gen) : keys.key(document, num, gen);
        }
    }
}
