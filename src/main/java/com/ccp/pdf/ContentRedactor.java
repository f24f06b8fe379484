package com.ccp.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites a page's content stream without what lies in removed {@link Bands}: it runs the page
 * through PDFBox's graphics engine to know where every glyph, path, image and shading lands, and
 * writes the operators back without those that paint in a removed band. A removed glyph becomes a
 * {@code TJ} displacement of its exact advance, so the text after it on the same line stays in
 * place; a removed path keeps its clipping effect ({@code n} instead of painting); a form XObject
 * is rewritten the same way into a new form of the target document. Nothing of the removed content
 * stays in the stream, and the source document is never modified.
 */
final class ContentRedactor extends PDFGraphicsStreamEngine {

    private static final Set<String> PATH_CONSTRUCTION = Set.of("m", "l", "c", "v", "y", "re", "h");
    private static final Set<String> PATH_PAINTING = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");
    private static final Set<String> TEXT_SHOWING = Set.of("Tj", "TJ", "'", "\"");
    private static final Set<COSName> REPLACEMENT_TEXT = Set.of(COSName.getPDFName("ActualText"),
            COSName.getPDFName("Alt"), COSName.getPDFName("E"));

    /** The output of one content stream (the page's or a form's). */
    private static final class Frame {
        final List<Object> out = new ArrayList<>();
        final List<Subpath> path = new ArrayList<>();
        final List<Object> clip = new ArrayList<>();
        final Map<COSName, COSStream> newForms = new LinkedHashMap<>();
        /** The XObjects the rewritten stream still draws: the others leave its resources. */
        final Set<COSName> drawn = new HashSet<>();
        PDResources resources;
        /** How deep inside an operator of this stream the engine is. */
        int depth;
        boolean changed;
        boolean paints;
    }

    private static final class Subpath {
        final List<Object> tokens = new ArrayList<>();
        float top = Float.POSITIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;

        void include(float y) {
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
    }

    /** A glyph shown by the current operator: where it falls, and what its advance is made of. */
    private record Glyph(boolean kept, int code, float width, float size, float charSpacing, float wordSpacing) {

        /** The TJ adjustment that moves the text position as far as showing the glyph did. */
        float advance(int codeLength) {
            float spacing = charSpacing + (codeLength == 1 && code == 32 ? wordSpacing : 0);
            return size == 0 ? 0 : -(width * 1000 + spacing * 1000 / size);
        }
    }

    /** What became of the form XObject of the last {@code Do}: null = untouched. */
    private sealed interface FormResult {
    }

    private record Dropped() implements FormResult {
    }

    private record Rewritten(COSStream stream) implements FormResult {
    }

    private final PDDocument target;
    private final Bands bands;
    private final PDRectangle crop;
    private final int rotation;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Point2D> points = new ArrayList<>();
    private @Nullable Rectangle2D painted;
    private @Nullable FormResult formResult;
    private Point2D current = new Point2D.Float();
    private int formNames;

    private ContentRedactor(PDDocument target, PDPage page, Bands bands) {
        super(page);
        this.target = target;
        this.bands = bands;
        this.crop = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    /** The page's new content, and its resources with the rewritten forms added. */
    record Result(byte[] content, PDResources resources) {
    }

    static Result redact(PDDocument target, PDPage page, Bands bands) throws IOException {
        ContentRedactor redactor = new ContentRedactor(target, page, bands);
        Frame frame = new Frame();
        frame.resources = page.getResources() == null ? new PDResources() : page.getResources();
        redactor.frames.push(frame);
        redactor.processPage(page);
        redactor.frames.pop();
        return new Result(write(frame.out), resources(frame));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        Frame frame = frames.peek();
        if (frame.depth > 0) {
            // an operator carried out through others (T* through Td, ' through T* and Tj): only
            // the operator of the stream itself is written back
            super.processOperator(operator, operands);
            return;
        }
        frame.depth++;
        try {
            rewrite(frame, operator, operands);
        } finally {
            frame.depth--;
        }
    }

    private void rewrite(Frame frame, Operator operator, List<COSBase> operands) throws IOException {
        if (frame.resources == null) {
            frame.resources = getResources() == null ? new PDResources() : getResources();
        }
        List<COSBase> args = new ArrayList<>(operands);
        String name = operator.getName();
        glyphs.clear();
        points.clear();
        painted = null;
        formResult = null;
        Matrix before = TEXT_SHOWING.contains(name) ? getTextMatrix().clone() : null;
        super.processOperator(operator, operands);
        if (PATH_CONSTRUCTION.contains(name)) {
            construct(frame, name, args, operator);
        } else if (name.equals("W") || name.equals("W*")) {
            frame.clip.add(operator);
        } else if (PATH_PAINTING.contains(name)) {
            paintPath(frame, name, operator);
        } else if (TEXT_SHOWING.contains(name)) {
            showText(frame, name, args, operator, before);
        } else if (name.equals("Do")) {
            drawObject(frame, args, operator);
        } else if (name.equals("BI") || name.equals("sh")) {
            keepIf(frame, painted == null || keeps(painted), args, operator);
        } else if (name.equals("BDC") && args.size() == 2 && args.get(1) instanceof COSDictionary properties) {
            emit(frame, List.of(args.get(0), withoutReplacementText(properties)), operator);
        } else {
            emit(frame, args, operator);
        }
    }

    private void construct(Frame frame, String name, List<COSBase> args, Operator operator) {
        Subpath subpath;
        if (name.equals("m") || name.equals("re") || frame.path.isEmpty()) {
            subpath = new Subpath();
            frame.path.add(subpath);
        } else {
            subpath = frame.path.get(frame.path.size() - 1);
        }
        for (Point2D point : points) {
            subpath.include(displayY(point));
        }
        subpath.tokens.addAll(args);
        subpath.tokens.add(operator);
    }

    private void paintPath(Frame frame, String name, Operator operator) {
        List<Subpath> kept = new ArrayList<>();
        for (Subpath subpath : frame.path) {
            if (subpath.top == Float.POSITIVE_INFINITY || bands.keeps(subpath.top, subpath.bottom)) {
                kept.add(subpath);
            }
        }
        boolean painting = !name.equals("n");
        if (!painting || kept.size() == frame.path.size()) {
            frame.path.forEach(subpath -> frame.out.addAll(subpath.tokens));
            frame.out.addAll(frame.clip);
            frame.out.add(operator);
            frame.paints |= painting;
        } else if (!frame.clip.isEmpty()) {
            // the clip needs the whole path; what it would have painted goes
            frame.path.forEach(subpath -> frame.out.addAll(subpath.tokens));
            frame.out.addAll(frame.clip);
            frame.out.add(Operator.getOperator("n"));
            frame.changed = true;
        } else {
            kept.forEach(subpath -> frame.out.addAll(subpath.tokens));
            if (!kept.isEmpty()) {
                frame.out.add(operator);
                frame.paints = true;
            }
            frame.changed = true;
        }
        frame.path.clear();
        frame.clip.clear();
    }

    private void showText(Frame frame, String name, List<COSBase> args, Operator operator, Matrix before)
            throws IOException {
        boolean all = glyphs.stream().allMatch(Glyph::kept);
        if (all) {
            emit(frame, args, operator);
            frame.paints |= !glyphs.isEmpty();
            return;
        }
        frame.changed = true;
        switch (name) {
            case "'" -> frame.out.add(Operator.getOperator("T*"));
            case "\"" -> {
                frame.out.add(args.get(0));
                frame.out.add(Operator.getOperator("Tw"));
                frame.out.add(args.get(1));
                frame.out.add(Operator.getOperator("Tc"));
                frame.out.add(Operator.getOperator("T*"));
            }
            default -> {
            }
        }
        COSBase shown = args.isEmpty() ? null : args.get(args.size() - 1);
        COSArray rewritten = shown == null ? null : rewrite(shown);
        if (rewritten == null) {
            rewritten = new COSArray();
            rewritten.add(new COSFloat(tenths(-displacement(before, getTextMatrix()))));
        } else {
            frame.paints |= glyphs.stream().anyMatch(Glyph::kept);
        }
        frame.out.add(rewritten);
        frame.out.add(Operator.getOperator("TJ"));
    }

    /** The shown strings with every removed glyph replaced by its advance; null if the glyphs cannot be told apart. */
    private @Nullable COSArray rewrite(COSBase shown) throws IOException {
        PDFont font = getGraphicsState().getTextState().getFont();
        if (font == null || getGraphicsState().getTextState().getFontSize() == 0) {
            return null;
        }
        List<COSBase> elements = new ArrayList<>();
        if (shown instanceof COSArray array) {
            array.forEach(elements::add);
        } else {
            elements.add(shown);
        }
        COSArray out = new COSArray();
        int next = 0;
        for (COSBase element : elements) {
            if (element instanceof COSNumber) {
                out.add(element);
                continue;
            }
            if (!(element instanceof COSString string)) {
                continue;
            }
            byte[] bytes = string.getBytes();
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            ByteArrayOutputStream keptBytes = new ByteArrayOutputStream();
            while (in.available() > 0) {
                int offset = bytes.length - in.available();
                int code = font.readCode(in);
                int length = bytes.length - in.available() - offset;
                if (next >= glyphs.size() || glyphs.get(next).code() != code) {
                    return null;
                }
                Glyph glyph = glyphs.get(next++);
                if (glyph.kept()) {
                    keptBytes.write(bytes, offset, length);
                } else {
                    if (keptBytes.size() > 0) {
                        out.add(new COSString(keptBytes.toByteArray()));
                        keptBytes.reset();
                    }
                    out.add(new COSFloat(tenths(glyph.advance(length))));
                }
            }
            if (keptBytes.size() > 0) {
                out.add(new COSString(keptBytes.toByteArray()));
            }
        }
        return next == glyphs.size() ? out : null;
    }

    /** The TJ adjustment equal to the text matrix moving from {@code from} to {@code to}. */
    private float displacement(Matrix from, Matrix to) {
        PDTextState state = getGraphicsState().getTextState();
        float a = from.getValue(0, 0);
        float b = from.getValue(0, 1);
        float c = from.getValue(1, 0);
        float d = from.getValue(1, 1);
        float dx = to.getTranslateX() - from.getTranslateX();
        float dy = to.getTranslateY() - from.getTranslateY();
        float det = a * d - b * c;
        float size = state.getFontSize();
        if (det == 0 || size == 0) {
            return 0;
        }
        float tx = (dx * d - dy * c) / det;
        float ty = (a * dy - b * dx) / det;
        PDFont font = state.getFont();
        if (font != null && font.isVertical()) {
            return ty * 1000 / size;
        }
        float scaling = state.getHorizontalScaling() / 100f;
        return scaling == 0 ? 0 : tx * 1000 / (size * scaling);
    }

    /**
     * Rounded to a tenth: exact enough (a ten-thousandth of the font size) and never printed with
     * two decimals, so a displacement cannot read like an amount in the stream.
     */
    private static float tenths(float value) {
        return Math.round(value * 10) / 10f;
    }

    private void drawObject(Frame frame, List<COSBase> args, Operator operator) {
        if (formResult == null) {
            boolean keep = painted == null || keeps(painted);
            keepIf(frame, keep, args, operator);
            if (keep && !args.isEmpty() && args.get(0) instanceof COSName name) {
                frame.drawn.add(name);
            }
            return;
        }
        frame.changed = true;
        if (formResult instanceof Rewritten rewritten) {
            COSName name = newFormName(frame);
            frame.newForms.put(name, rewritten.stream());
            frame.drawn.add(name);
            frame.out.add(name);
            frame.out.add(operator);
            frame.paints = true;
        }
    }

    private COSName newFormName(Frame frame) {
        COSDictionary existing = frame.resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
        while (true) {
            COSName name = COSName.getPDFName("Redacted" + ++formNames);
            if ((existing == null || !existing.containsKey(name)) && !frame.newForms.containsKey(name)) {
                return name;
            }
        }
    }

    private void keepIf(Frame frame, boolean keep, List<COSBase> args, Operator operator) {
        if (keep) {
            emit(frame, args, operator);
            frame.paints = true;
        } else {
            frame.changed = true;
        }
    }

    private static void emit(Frame frame, List<COSBase> args, Operator operator) {
        frame.out.addAll(args);
        frame.out.add(operator);
    }

    private static COSDictionary withoutReplacementText(COSDictionary properties) {
        COSDictionary copy = new COSDictionary(properties);
        REPLACEMENT_TEXT.forEach(copy::removeItem);
        return copy;
    }

    private boolean keeps(Rectangle2D box) {
        float[] ys = new float[4];
        ys[0] = displayY(new Point2D.Double(box.getMinX(), box.getMinY()));
        ys[1] = displayY(new Point2D.Double(box.getMaxX(), box.getMinY()));
        ys[2] = displayY(new Point2D.Double(box.getMinX(), box.getMaxY()));
        ys[3] = displayY(new Point2D.Double(box.getMaxX(), box.getMaxY()));
        float top = Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
        float bottom = Math.max(Math.max(ys[0], ys[1]), Math.max(ys[2], ys[3]));
        return bands.keeps(top, bottom);
    }

    /** The display y of a point in device space, as {@link org.apache.pdfbox.text.TextPosition#getY()} computes it. */
    private float displayY(Point2D point) {
        float x = (float) point.getX() - crop.getLowerLeftX();
        float y = (float) point.getY() - crop.getLowerLeftY();
        return switch (rotation) {
            case 90 -> x;
            case 180 -> y;
            case 270 -> crop.getWidth() - x;
            default -> crop.getHeight() - y;
        };
    }

    // --- the engine's callbacks: record where things land ---

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        PDTextState state = getGraphicsState().getTextState();
        float width = font.isVertical() ? displacement.getY() : displacement.getX();
        Point2D origin = new Point2D.Float(textRenderingMatrix.getTranslateX(), textRenderingMatrix.getTranslateY());
        glyphs.add(new Glyph(bands.keptAt(displayY(origin)), code, width, state.getFontSize(),
                state.getCharacterSpacing(), state.getWordSpacing()));
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        showChild(form, () -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        showChild(form, () -> super.showTransparencyGroup(form));
    }

    private interface Processing {
        void run() throws IOException;
    }

    private void showChild(PDFormXObject form, Processing processing) throws IOException {
        Frame child = new Frame();
        frames.push(child);
        try {
            processing.run();
        } finally {
            frames.pop();
        }
        if (!child.changed) {
            formResult = null;
        } else if (!child.paints) {
            formResult = new Dropped();
        } else {
            formResult = new Rewritten(copy(form, child));
        }
    }

    private COSStream copy(PDFormXObject form, Frame child) throws IOException {
        COSStream copy = target.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> entry : form.getCOSObject().entrySet()) {
            COSName key = entry.getKey();
            if (!key.equals(COSName.LENGTH) && !key.equals(COSName.FILTER) && !key.equals(COSName.DECODE_PARMS)) {
                copy.setItem(key, entry.getValue());
            }
        }
        copy.setItem(COSName.RESOURCES, resources(child).getCOSObject());
        try (OutputStream out = copy.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(write(child.out));
        }
        return copy;
    }

    /**
     * The stream's resources with its rewritten forms added and every XObject it no longer draws
     * left out: a removed image or the original of a rewritten form must not stay in the file.
     */
    private static PDResources resources(Frame frame) {
        COSDictionary dictionary = new COSDictionary(frame.resources.getCOSObject());
        COSBase existing = dictionary.getDictionaryObject(COSName.XOBJECT);
        COSDictionary xobjects = new COSDictionary();
        if (existing instanceof COSDictionary d) {
            for (COSName name : d.keySet()) {
                if (frame.drawn.contains(name)) {
                    xobjects.setItem(name, d.getItem(name));
                }
            }
        }
        frame.newForms.forEach(xobjects::setItem);
        dictionary.setItem(COSName.XOBJECT, xobjects);
        return new PDResources(dictionary);
    }

    private static byte[] write(List<Object> tokens) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ContentStreamWriter(bytes).writeTokens(tokens);
        return bytes.toByteArray();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        points.add(p0);
        points.add(p1);
        points.add(p2);
        points.add(p3);
        current = p0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        painted = new Path2D.Double(new Rectangle2D.Double(0, 0, 1, 1), ctm.createAffineTransform())
                .getBounds2D();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        painted = getGraphicsState().getCurrentClippingPath().getBounds2D();
    }

    @Override
    public void clip(int windingRule) {
        // the clip is written back with its path
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        points.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
        points.add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        points.add(new Point2D.Float(x1, y1));
        points.add(new Point2D.Float(x2, y2));
        current = new Point2D.Float(x3, y3);
        points.add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // a closed subpath ends where it started: nothing new is reached
    }

    @Override
    public void endPath() {
        // written back by processOperator
    }

    @Override
    public void strokePath() {
        // written back by processOperator
    }

    @Override
    public void fillPath(int windingRule) {
        // written back by processOperator
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        // written back by processOperator
    }
}
