package io.planex.ingest.pdf.table;

import io.planex.ingest.pdf.table.Rulings.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table drawn with ruling lines: the y of its horizontal rules ({@code rows + 1} of them, top down) and the x of its
 * vertical rules ({@code columns + 1}, left to right), which cut it into a grid, and the grid's cells, where a rule
 * missing between two grid cells merges them (a cell spanning columns or rows). Coordinates are display ones
 * (y down), as {@link Rulings} gives them.
 *
 * @param ys the horizontal rules' y, ascending
 * @param xs the vertical rules' x, ascending
 * @param cell each grid cell's cell: the index {@code row * columns + column} of the top-left grid cell of the
 *     (merged) cell it belongs to
 */
public record RuledTable(float[] ys, float[] xs, int[] cell) {
    /** Rules this close (pt) are one: double rules, a stroke's two edges, rounding. */
    static final float SNAP = 2f;
    /**
     * More axis-aligned segments than this on a page is a drawing (a map, a chart, hatching), not a table's rules:
     * no table is looked for (the search pairs every horizontal rule with every vertical one).
     */
    static final int MAX_SEGMENTS = 5000;

    public int rows() {
        return ys.length - 1;
    }

    public int columns() {
        return xs.length - 1;
    }

    public float top() {
        return ys[0];
    }

    public float bottom() {
        return ys[ys.length - 1];
    }

    /** The cell (index of its top-left grid cell) holding a point, or -1 outside the table. */
    public int cellAt(float x, float y) {
        int r = band(ys, y);
        int c = band(xs, x);
        return r < 0 || c < 0 ? -1 : cell[r * columns() + c];
    }

    /** The grid cell's cell. */
    public int cellOf(int row, int column) {
        return cell[row * columns() + column];
    }

    private static int band(float[] edges, float v) {
        if (v < edges[0] || v > edges[edges.length - 1]) return -1;
        int i = Arrays.binarySearch(edges, v);
        if (i < 0) i = -i - 2;
        return Math.min(Math.max(i, 0), edges.length - 2);
    }

    /**
     * The ruled tables among a page's segments: sets of horizontal and vertical rules that cross one another, with
     * at least two columns and two rows, or three columns and one row (the last row of a table that went on over
     * the page). Rules of one table that touch (within {@link #SNAP}) are joined; a rule
     * alone (an underline beneath a heading) or a frame of one cell (a boxed note) is no table. Top down.
     */
    public static List<RuledTable> find(List<Segment> segments) {
        if (segments.size() > MAX_SEGMENTS) return List.of();
        List<Segment> h = merged(segments, true);
        List<Segment> v = merged(segments, false);
        if (h.size() < 2 || v.size() < 3) return List.of();
        int n = h.size() + v.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < h.size(); i++) {
            Segment a = h.get(i);
            for (int j = 0; j < v.size(); j++) {
                Segment b = v.get(j);
                if (b.x0() >= a.x0() - SNAP && b.x0() <= a.x1() + SNAP && a.y0() >= b.y0() - SNAP
                        && a.y0() <= b.y1() + SNAP) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        List<RuledTable> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (done[root]) continue;
            done[root] = true;
            List<Segment> hs = new ArrayList<>();
            List<Segment> vs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (find(parent, k) != root) continue;
                if (k < h.size()) hs.add(h.get(k));
                else vs.add(v.get(k - h.size()));
            }
            RuledTable t = of(hs, vs);
            if (t != null) out.add(t);
        }
        out.sort(Comparator.comparingDouble(RuledTable::top));
        return out;
    }

    private static RuledTable of(List<Segment> hs, List<Segment> vs) {
        float[] ys = positions(hs, true);
        float[] xs = positions(vs, false);
        if (ys.length < 2 || xs.length < 3 || ys.length == 2 && xs.length < 4) return null;
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        int[] parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int r = 0; r < rows; r++) {
            float mid = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c + 1 < columns; c++) {
                if (!covered(vs, xs[c + 1], mid, false)) union(parent, r * columns + c, r * columns + c + 1);
            }
        }
        for (int c = 0; c < columns; c++) {
            float mid = (xs[c] + xs[c + 1]) / 2;
            for (int r = 0; r + 1 < rows; r++) {
                if (!covered(hs, ys[r + 1], mid, true)) union(parent, r * columns + c, (r + 1) * columns + c);
            }
        }
        // each cell named by its top-left grid cell: the smallest index of its set
        int[] first = new int[parent.length];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            first[root] = Math.min(first[root], i);
        }
        int[] cell = new int[parent.length];
        for (int i = 0; i < parent.length; i++) cell[i] = first[find(parent, i)];
        boolean oneCell = true;
        for (int i : cell) oneCell &= i == cell[0];
        return oneCell ? null : new RuledTable(ys, xs, cell);
    }

    /** Whether a rule at {@code at} (y of a horizontal, x of a vertical) passes through {@code along}. */
    private static boolean covered(List<Segment> rules, float at, float along, boolean horizontal) {
        for (Segment s : rules) {
            float pos = horizontal ? s.y0() : s.x0();
            if (Math.abs(pos - at) > SNAP) continue;
            float from = horizontal ? s.x0() : s.y0();
            float to = horizontal ? s.x1() : s.y1();
            if (along >= from - SNAP && along <= to + SNAP) return true;
        }
        return false;
    }

    /** The distinct positions of rules (within {@link #SNAP}), ascending. */
    private static float[] positions(List<Segment> rules, boolean horizontal) {
        float[] p = new float[rules.size()];
        for (int i = 0; i < p.length; i++) p[i] = horizontal ? rules.get(i).y0() : rules.get(i).x0();
        Arrays.sort(p);
        float[] out = new float[p.length];
        int n = 0;
        for (float f : p) {
            if (n > 0 && f - out[n - 1] <= SNAP) continue;
            out[n++] = f;
        }
        return Arrays.copyOf(out, n);
    }

    /** The segments of one direction, those on one line (within SNAP) that touch or overlap joined into one. */
    static List<Segment> merged(List<Segment> segments, boolean horizontal) {
        List<Segment> list = new ArrayList<>();
        for (Segment s : segments) if (s.horizontal() == horizontal && !(s.x0() == s.x1() && s.y0() == s.y1())) list.add(s);
        Comparator<Segment> byLine = horizontal
                ? Comparator.comparingDouble(Segment::y0).thenComparingDouble(Segment::x0)
                : Comparator.comparingDouble(Segment::x0).thenComparingDouble(Segment::y0);
        list.sort(byLine);
        List<Segment> out = new ArrayList<>();
        // lines: runs of segments whose position is within SNAP of the run's first
        int i = 0;
        while (i < list.size()) {
            float pos = horizontal ? list.get(i).y0() : list.get(i).x0();
            int j = i;
            List<Segment> line = new ArrayList<>();
            while (j < list.size() && (horizontal ? list.get(j).y0() : list.get(j).x0()) - pos <= SNAP) {
                line.add(list.get(j));
                j++;
            }
            line.sort(horizontal ? Comparator.comparingDouble(Segment::x0) : Comparator.comparingDouble(Segment::y0));
            float from = Float.NaN;
            float to = Float.NaN;
            for (Segment s : line) {
                float a = horizontal ? s.x0() : s.y0();
                float b = horizontal ? s.x1() : s.y1();
                if (!Float.isNaN(from) && a <= to + SNAP) {
                    to = Math.max(to, b);
                } else {
                    if (!Float.isNaN(from)) out.add(segment(horizontal, pos, from, to));
                    from = a;
                    to = b;
                }
            }
            if (!Float.isNaN(from)) out.add(segment(horizontal, pos, from, to));
            i = j;
        }
        return out;
    }

    private static Segment segment(boolean horizontal, float pos, float from, float to) {
        return horizontal ? new Segment(from, pos, to, pos) : new Segment(pos, from, pos, to);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
