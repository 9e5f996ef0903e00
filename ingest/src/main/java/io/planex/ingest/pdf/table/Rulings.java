package io.planex.ingest.pdf.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines a page draws, as horizontal and vertical segments in display coordinates (origin at the top left
 * of the crop box, y down: the coordinates of a glyph's {@code getXDirAdj}/{@code getYDirAdj}). Collected from the
 * page's path operators as a content stream is processed ({@link RulingOperators}): a stroked line or rectangle
 * edge, and a thin filled rectangle or polygon (many producers draw a cell border as a filled bar). Filled areas
 * that are not thin (cell shading) and clipping paths are no rules. Curves end a path's straight run.
 * Not thread-safe: one instance per page being read.
 */
public final class Rulings {
    /** A filled shape this thin (pt) or thinner is a rule, drawn as a bar. */
    static final float THIN = 2.5f;
    /** A segment shorter than this (pt) is a tick or a glyph's part, no rule. */
    static final float MIN_LENGTH = 4f;
    /** How far off the axis (pt) a stroked segment may lean and still count as horizontal or vertical. */
    static final float AXIS_TOLERANCE = 1f;

    /** A horizontal ({@code y0 == y1}) or vertical ({@code x0 == x1}) segment, {@code x0 <= x1}, {@code y0 <= y1}. */
    public record Segment(float x0, float y0, float x1, float y1) {
        public boolean horizontal() {
            return y0 == y1;
        }

        public float length() {
            return horizontal() ? x1 - x0 : y1 - y0;
        }
    }

    private final List<Segment> segments = new ArrayList<>();
    /** The current path: its subpaths, each a list of points (x, y pairs) and whether it was closed. */
    private final List<Subpath> path = new ArrayList<>();
    private Subpath current;

    private static final class Subpath {
        final List<float[]> points = new ArrayList<>();
        boolean closed;
        boolean curved;
    }

    public List<Segment> segments() {
        return segments;
    }

    public void clear() {
        segments.clear();
        path.clear();
        current = null;
    }

    void moveTo(float x, float y) {
        current = new Subpath();
        current.points.add(new float[] {x, y});
        path.add(current);
    }

    void lineTo(float x, float y) {
        if (current == null) moveTo(x, y);
        else current.points.add(new float[] {x, y});
    }

    /** A curve's end point: the path goes on from there, but the subpath is no longer straight lines only. */
    void curveTo(float x, float y) {
        lineTo(x, y);
        current.curved = true;
    }

    void closePath() {
        if (current != null) {
            current.closed = true;
            float[] first = current.points.get(0);
            current = new Subpath();
            current.points.add(first);
            path.add(current);
        }
    }

    /** A rectangle by its four corners, already transformed (a rotated or skewed matrix gives any quadrilateral). */
    void rectangle(float[] p0, float[] p1, float[] p2, float[] p3) {
        Subpath s = new Subpath();
        s.points.add(p0);
        s.points.add(p1);
        s.points.add(p2);
        s.points.add(p3);
        s.closed = true;
        path.add(s);
        current = null;
    }

    /** The path is stroked (and perhaps filled): every straight edge along an axis is a rule. */
    void stroke() {
        for (Subpath s : path) {
            if (s.curved) continue;
            List<float[]> p = s.points;
            for (int i = 1; i < p.size(); i++) addEdge(p.get(i - 1), p.get(i));
            if (s.closed && p.size() > 2) addEdge(p.get(p.size() - 1), p.get(0));
        }
        path.clear();
        current = null;
    }

    /** The path is filled only: a thin shape is a rule along its long side; anything else is shading. */
    void fill() {
        for (Subpath s : path) {
            if (s.curved || s.points.size() < 2) continue;
            float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (float[] q : s.points) {
                minX = Math.min(minX, q[0]);
                maxX = Math.max(maxX, q[0]);
                minY = Math.min(minY, q[1]);
                maxY = Math.max(maxY, q[1]);
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= THIN && w >= MIN_LENGTH) {
                add(new Segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2));
            } else if (w <= THIN && h >= MIN_LENGTH) {
                add(new Segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY));
            }
        }
        path.clear();
        current = null;
    }

    /** Stroked and filled ("B"): its edges are rules (a thin shape's two long edges snap into one rule). */
    void fillAndStroke() {
        stroke();
    }

    /** The path ends unpainted ("n", after a clip): nothing is drawn. */
    void discard() {
        path.clear();
        current = null;
    }

    private void addEdge(float[] a, float[] b) {
        float dx = Math.abs(a[0] - b[0]);
        float dy = Math.abs(a[1] - b[1]);
        if (dy <= AXIS_TOLERANCE && dx >= MIN_LENGTH) {
            float y = (a[1] + b[1]) / 2;
            add(new Segment(Math.min(a[0], b[0]), y, Math.max(a[0], b[0]), y));
        } else if (dx <= AXIS_TOLERANCE && dy >= MIN_LENGTH) {
            float x = (a[0] + b[0]) / 2;
            add(new Segment(x, Math.min(a[1], b[1]), x, Math.max(a[1], b[1])));
        }
    }

    private void add(Segment s) {
        segments.add(s);
    }
}
