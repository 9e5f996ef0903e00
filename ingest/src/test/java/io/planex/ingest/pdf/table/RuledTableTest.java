package io.planex.ingest.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.ingest.pdf.table.Rulings.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Grids found from ruling segments: rows, columns and merged cells; rules that make no table. */
class RuledTableTest {
    /** Horizontal rules at ys from x0 to x1, vertical ones at xs from y0 to y1: a full grid. */
    private static List<Segment> grid(float[] xs, float[] ys) {
        List<Segment> out = new ArrayList<>();
        for (float y : ys) out.add(new Segment(xs[0], y, xs[xs.length - 1], y));
        for (float x : xs) out.add(new Segment(x, ys[0], x, ys[ys.length - 1]));
        return out;
    }

    private static List<Segment> plus(List<Segment> a, Segment... more) {
        List<Segment> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return out;
    }

    /** Each grid cell's cell index, row by row, as a string ("0 1 2 / 3 4 5"); "none" for no table. */
    private static String cells(List<Segment> segments) {
        List<RuledTable> found = RuledTable.find(segments);
        if (found.isEmpty()) return "none";
        RuledTable t = found.get(0);
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < t.rows(); r++) {
            if (r > 0) b.append(" / ");
            for (int c = 0; c < t.columns(); c++) b.append(c > 0 ? " " : "").append(t.cellOf(r, c));
        }
        return b.toString();
    }

    static Stream<Arguments> cases() {
        float[] xs = {10, 50, 90, 130};
        float[] ys = {100, 120, 140};
        List<Segment> full = grid(xs, ys);
        // the same grid with the middle vertical rule missing in the first row (a header spanning two columns)
        List<Segment> spanning = new ArrayList<>();
        for (float y : ys) spanning.add(new Segment(10, y, 130, y));
        for (float x : new float[] {10, 50, 130}) spanning.add(new Segment(x, 100, x, 140));
        spanning.add(new Segment(90, 120, 90, 140));
        // the middle horizontal rule missing under the first column (a cell spanning two rows)
        List<Segment> tall = new ArrayList<>();
        tall.add(new Segment(10, 100, 130, 100));
        tall.add(new Segment(50, 120, 130, 120));
        tall.add(new Segment(10, 140, 130, 140));
        for (float x : xs) tall.add(new Segment(x, 100, x, 140));
        // rules drawn cell by cell, touching: joined into one rule each
        List<Segment> pieces = new ArrayList<>();
        for (float y : ys) for (int c = 0; c < 3; c++) pieces.add(new Segment(xs[c], y, xs[c + 1], y));
        for (float x : xs) for (int r = 0; r < 2; r++) pieces.add(new Segment(x, ys[r], x, ys[r + 1]));
        return Stream.of(
                Arguments.of("a full grid", full, "0 1 2 / 3 4 5"),
                Arguments.of("rules drawn cell by cell", pieces, "0 1 2 / 3 4 5"),
                Arguments.of("double rules a point apart are one", plus(full, new Segment(10, 121, 130, 121)), "0 1 2 / 3 4 5"),
                Arguments.of("a cell spanning two columns", spanning, "0 1 1 / 3 4 5"),
                Arguments.of("a cell spanning two rows", tall, "0 1 2 / 0 4 5"),
                Arguments.of("one row of three columns", grid(xs, new float[] {100, 120}), "0 1 2"),
                Arguments.of("one row of two columns is no table", grid(new float[] {10, 50, 90}, new float[] {100, 120}), "none"),
                Arguments.of("a frame of one cell is no table", grid(new float[] {10, 130}, new float[] {100, 140}), "none"),
                Arguments.of("underlines alone are no table", List.of(new Segment(40, 80, 120, 80), new Segment(300, 80, 420, 80)), "none"),
                Arguments.of("a drawing of too many segments is no table", drawing(), "none"));
    }

    private static List<Segment> drawing() {
        List<Segment> out = new ArrayList<>(grid(new float[] {10, 50, 90, 130}, new float[] {100, 120, 140}));
        for (int i = 0; i < RuledTable.MAX_SEGMENTS; i++) out.add(new Segment(200, 200 + i * 0.1f, 210, 200 + i * 0.1f));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gridsAndMergedCells(String name, List<Segment> segments, String expected) {
        assertEquals(expected, cells(segments), name);
    }

    @org.junit.jupiter.api.Test
    void aPointFindsItsCellAndNothingOutside() {
        RuledTable t = RuledTable.find(grid(new float[] {10, 50, 90, 130}, new float[] {100, 120, 140})).get(0);
        assertEquals(Arrays.asList(0, 2, 4, -1, -1), Arrays.asList(t.cellAt(20, 110), t.cellAt(100, 110),
                t.cellAt(60, 130), t.cellAt(5, 110), t.cellAt(60, 150)));
    }
}
