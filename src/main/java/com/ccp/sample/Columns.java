package com.ccp.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a transaction or receipt line in a wording's order: each field gets its width from
 * the layout, laid out from the left margin; amounts are right-aligned at their column's end.
 */
final class Columns {

    private final List<SampleWording.Field> order;
    private final Map<SampleWording.Field, Float> starts = new EnumMap<>(SampleWording.Field.class);
    private final Map<SampleWording.Field, Float> ends = new EnumMap<>(SampleWording.Field.class);

    /** Space after a right-aligned amount that another column follows. */
    private static final float GAP = 8;

    Columns(List<SampleWording.Field> order, float left, Map<SampleWording.Field, Float> widths) {
        this.order = List.copyOf(order);
        float x = left;
        for (int i = 0; i < order.size(); i++) {
            SampleWording.Field field = order.get(i);
            starts.put(field, x);
            x += widths.get(field);
            ends.put(field, x);
            if (field == SampleWording.Field.AMOUNT && i + 1 < order.size()) {
                x += GAP;
            }
        }
    }

    /** The width a date column needs: the layout's, or more for a longer date notation. */
    static float dateWidth(ReportStyle style, SampleWording wording, float layoutWidth) {
        return Math.max(layoutWidth, style.width(wording.date(java.time.LocalDate.of(2025, 9, 30)), false) + 6);
    }

    /** One line with a cell per field; {@code header} prints bold on a shaded band. */
    Page.Line line(Map<SampleWording.Field, String> texts, boolean header) {
        List<Cell> cells = new ArrayList<>();
        for (SampleWording.Field field : order) {
            String text = texts.get(field);
            if (field == SampleWording.Field.AMOUNT) {
                cells.add(new Cell(ends.get(field), text, header, true));
            } else {
                cells.add(new Cell(starts.get(field), text, header, false));
            }
        }
        return new Page.Line(cells, header);
    }
}
