package com.ccp.pdf;

import com.ccp.pdf.PositionedLines.TextLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A page cut into horizontal bands, one per text line, each kept or not: every point of the page
 * belongs to the band of the nearest line, so nothing drawn falls between two bands. Coordinates
 * are display coordinates (y grows downwards).
 */
final class Bands {

    /** How far (points) a drawing of a kept line may reach into a removed band, e.g. a row's shading. */
    static final float TOLERANCE = 2f;

    /** {@code cuts[i]} separates band {@code i} from band {@code i + 1}. */
    private final float[] cuts;
    private final boolean[] kept;
    /** The placed lines top to bottom: their extents and whether each stays. */
    private final float[] lineTops;
    private final float[] lineBottoms;
    private final boolean[] lineKept;

    private Bands(float[] cuts, boolean[] kept, float[] lineTops, float[] lineBottoms, boolean[] lineKept) {
        this.cuts = cuts;
        this.kept = kept;
        this.lineTops = lineTops;
        this.lineBottoms = lineBottoms;
        this.lineKept = lineKept;
    }

    /** Bands of the placed lines; {@code keep} holds the indices of the lines to keep. */
    static Bands of(List<TextLine> lines, BitSet keep) {
        record Placed(TextLine line, boolean kept) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).placed()) {
                placed.add(new Placed(lines.get(i), keep.get(i)));
            }
        }
        placed.sort(Comparator.comparingDouble(p -> p.line().baseline()));
        List<Float> cuts = new ArrayList<>();
        List<Boolean> kept = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            boolean keepThis = placed.get(i).kept();
            if (i > 0 && kept.get(kept.size() - 1) == keepThis) {
                continue;
            }
            if (i > 0) {
                cuts.add(cut(placed.get(i - 1).line(), placed.get(i).line()));
            }
            kept.add(keepThis);
        }
        if (kept.isEmpty()) {
            kept.add(true);
        }
        float[] cutArray = new float[cuts.size()];
        boolean[] keptArray = new boolean[kept.size()];
        for (int i = 0; i < cutArray.length; i++) {
            cutArray[i] = cuts.get(i);
        }
        for (int i = 0; i < keptArray.length; i++) {
            keptArray[i] = kept.get(i);
        }
        float[] tops = new float[placed.size()];
        float[] bottoms = new float[placed.size()];
        boolean[] linesKept = new boolean[placed.size()];
        for (int i = 0; i < placed.size(); i++) {
            tops[i] = placed.get(i).line().top();
            bottoms[i] = placed.get(i).line().bottom();
            linesKept[i] = placed.get(i).kept();
        }
        return new Bands(cutArray, keptArray, tops, bottoms, linesKept);
    }

    /** Between a line and the one below it: mid-gap, or between the baselines when they overlap. */
    private static float cut(TextLine above, TextLine below) {
        if (above.bottom() <= below.top()) {
            return (above.bottom() + below.top()) / 2;
        }
        return (above.baseline() + below.baseline()) / 2;
    }

    boolean keepsEverything() {
        for (boolean k : kept) {
            if (!k) {
                return false;
            }
        }
        return true;
    }

    /** Whether the point at height {@code y} lies in a kept band (used for a glyph's baseline). */
    boolean keptAt(float y) {
        int band = 0;
        while (band < cuts.length && y > cuts[band]) {
            band++;
        }
        return kept[band];
    }

    /**
     * Whether a drawing spanning {@code top..bottom} stays. One that touches no line's text sits in
     * a gap (a rule under the page header, a separator): it stays when a line next to it stays.
     * Otherwise a thin one goes by where its middle lies, a taller one stays if it reaches at most
     * {@link #TOLERANCE} into removed bands.
     */
    boolean keeps(float top, float bottom) {
        int above = -1;
        int below = lineTops.length;
        boolean touches = false;
        for (int i = 0; i < lineTops.length; i++) {
            if (lineBottoms[i] < top) {
                above = i;
            } else if (lineTops[i] > bottom) {
                below = Math.min(below, i);
            } else {
                touches = true;
            }
        }
        if (!touches && lineTops.length > 0) {
            return (above >= 0 && lineKept[above]) || (below < lineTops.length && lineKept[below]);
        }
        if (bottom - top < 2 * TOLERANCE) {
            return keptAt((top + bottom) / 2);
        }
        return removedOverlap(top, bottom) <= TOLERANCE;
    }

    private float removedOverlap(float top, float bottom) {
        float overlap = 0;
        for (int band = 0; band < kept.length; band++) {
            if (kept[band]) {
                continue;
            }
            float from = band == 0 ? Float.NEGATIVE_INFINITY : cuts[band - 1];
            float to = band == cuts.length ? Float.POSITIVE_INFINITY : cuts[band];
            overlap += Math.max(0, Math.min(to, bottom) - Math.max(from, top));
        }
        return overlap;
    }
}
