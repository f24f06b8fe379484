package com.ccp.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.PositionedLines.TextLine;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandsTest {

    /** Lines 12 points apart (display y grows downwards); the middle one is removed. */
    private static final Bands BANDS = Bands.of(List.of(new TextLine("keep", 100, 108, 110),
            new TextLine("remove", 112, 120, 122), new TextLine("keep too", 124, 132, 134)), keep(0, 2));

    private static BitSet keep(int... lines) {
        BitSet keep = new BitSet();
        for (int line : lines) {
            keep.set(line);
        }
        return keep;
    }

    @Test
    void aGlyphGoesWithTheBandItsBaselineIsIn() {
        assertThat(BANDS.keptAt(108)).isTrue();
        assertThat(BANDS.keptAt(120)).isFalse();
        assertThat(BANDS.keptAt(132)).isTrue();
        assertThat(BANDS.keptAt(500)).isTrue();
    }

    @Test
    void aShadedRowGoesWithItsLineAndMayReachSlightlyIntoTheNext() {
        assertThat(BANDS.keeps(111, 122)).as("band behind the removed line").isFalse();
        assertThat(BANDS.keeps(122.5f, 134)).as("band behind a kept line, touching the removed one").isTrue();
        assertThat(BANDS.keeps(90, 140)).as("a frame over all three lines").isFalse();
    }

    @Test
    void aRuleInAGapStaysWhenALineNextToItStays() {
        assertThat(BANDS.keeps(110.8f, 111.2f)).as("between kept and removed").isTrue();
        Bands removedOnBothSides = Bands.of(List.of(new TextLine("a", 100, 108, 110), new TextLine("b", 112, 120, 122)),
                new BitSet());
        assertThat(removedOnBothSides.keeps(110.8f, 111.2f)).isFalse();
    }
}
