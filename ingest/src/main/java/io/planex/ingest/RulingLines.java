package io.planex.ingest;

import io.planex.ingest.pdf.table.RuledTable;
import io.planex.ingest.pdf.table.Rulings.Segment;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * Erases a page image's ruling lines (the grid of a table, a rule under a heading) before OCR.
 *
 * <p>Why: Tesseract's layout analysis takes the cells of a ruled table for a picture and reads nothing inside it. A
 * scanned plan's task table, every unit and deadline of it, came out as no text at all, while the same table
 * without its grid came out row by row. A ruling line is a run of dark pixels far longer than any stroke of a
 * letter: at least {@link #MIN_HORIZONTAL_FRACTION} of the page's width across, or {@link #MIN_VERTICAL_FRACTION}
 * of its height down (a letter at 13 pt is a twentieth of that). Such runs become paper, with the lighter pixels
 * along their sides (a scan blurs a line's edges into grey). Letters crossed by a line lose only the pixels on it.
 *
 * <p>The image OCR reads is grey: Tesseract reduces colour to grey itself, and the grey TIFF is a third of the
 * colour one to write and read.
 *
 * <p>The rules erased are kept: where they cross into a grid, they are a ruled table ({@link Erased#tables}), whose
 * cells the words Tesseract reads are put back into ({@link OcrTableText}).
 */
final class RulingLines {
    /** A horizontal run this long, as a fraction of the page's width (1.75 cm on A4), is a rule. */
    static final int MIN_HORIZONTAL_FRACTION = 12;
    /** A vertical run this long, as a fraction of the page's height (1.2 cm on A4), is a rule. */
    static final int MIN_VERTICAL_FRACTION = 24;
    /** A vertical run this long (0.4 cm on A4) is a rule when it runs from one horizontal rule to another. */
    static final int MIN_BETWEEN_RULES_FRACTION = 72;
    /** Grey level (0 black, 255 white) below which a pixel is ink, on white paper (see {@link #paperLevel}). */
    static final int INK = 160;
    /** Grey level below which a pixel beside an erased rule is that rule's blurred edge. */
    static final int EDGE = 224;
    /** At most one pixel in this many of a page is taken for rules; a page with more is left as it is. */
    static final int MAX_RULE_SHARE = 12;

    private RulingLines() {}

    /**
     * A page with its ruling lines erased, and those lines: each run of ink long enough to be a rule, one pixel
     * thick (a rule three pixels thick is three runs), in the image's pixels.
     */
    record Erased(BufferedImage image, List<Segment> rules) {
        /**
         * The ruled tables the rules draw, in points as {@link RuledTable} measures them (the page taken for an A4
         * sheet or its like, its shorter side 595 pt): its rules' positions within a couple of points are one rule,
         * whatever the scan's resolution. Multiply by {@link #pixelsPerPoint} for pixels.
         */
        List<RuledTable> tables() {
            if (rules.isEmpty()) return List.of();
            float scale = 1f / pixelsPerPoint();
            List<Segment> points = new ArrayList<>(rules.size());
            for (Segment s : rules) points.add(new Segment(s.x0() * scale, s.y0() * scale, s.x1() * scale, s.y1() * scale));
            return RuledTable.find(points);
        }

        float pixelsPerPoint() {
            return Math.min(image.getWidth(), image.getHeight()) / 595f;
        }
    }

    /** A grey copy of {@code page} with its ruling lines erased. */
    static BufferedImage erased(BufferedImage page) {
        return eraseFrom(grey(page)).image();
    }

    /** Erases the ruling lines of {@code grey}, a page of {@link #grey}'s, in place; returns it with the lines. */
    static Erased eraseFrom(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        // ink is darker than this page's paper by a margin: a dim or tinted scan has paper darker than INK
        int paper = paperLevel(px);
        int ink = Math.min(INK, paper * 5 / 8);
        boolean[] rule = new boolean[px.length];
        List<Segment> rules = new ArrayList<>();
        int minRun = Math.max(w / MIN_HORIZONTAL_FRACTION, 8);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int x = 0;
            while (x < w) {
                if ((px[row + x] & 0xFF) >= ink) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && (px[row + x] & 0xFF) < ink) x++;
                if (x - start >= minRun) {
                    markRow(px, rule, w, h, y, start, x);
                    rules.add(new Segment(start, y, x - 1, y));
                }
            }
        }
        int minColumn = Math.max(h / MIN_VERTICAL_FRACTION, 8);
        // a shorter vertical run is a rule too when it runs from one horizontal rule to another: a table's rule
        // under a header cell that spans two columns ("Chủ trì" | "Phối hợp"), or broken by a group row that spans
        // the columns, is one row high; a letter's stroke does not reach from one rule to the next
        int minBetweenRules = Math.max(h / MIN_BETWEEN_RULES_FRACTION, 8);
        boolean[] horizontal = rules.isEmpty() ? null : rule.clone();
        // vertical runs counted row by row, one counter a column: the image is read in memory order
        int[] run = new int[w];
        for (int y = 0; y <= h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (y < h && (px[row + x] & 0xFF) < ink) {
                    run[x]++;
                    continue;
                }
                if (run[x] >= minColumn || run[x] >= minBetweenRules && horizontal != null
                        && endsOnRules(horizontal, w, h, x, y - run[x], y - 1)) {
                    markColumn(px, rule, w, x, y - run[x], y);
                    rules.add(new Segment(x, y - run[x], x, y - 1));
                }
                run[x] = 0;
            }
        }
        int erased = 0;
        for (boolean r : rule) if (r) erased++;
        // rules are a small part of any page; more is a page this reading misjudges (a photo, a dark scan): keep it
        if (erased > px.length / MAX_RULE_SHARE) return new Erased(grey, List.of());
        for (int i = 0; i < px.length; i++) if (rule[i]) px[i] = (byte) paper;
        return new Erased(grey, rules);
    }

    /** Whether both ends of the vertical run {@code [top, bottom]} in column {@code x} lie on a horizontal rule. */
    private static boolean endsOnRules(boolean[] horizontal, int w, int h, int x, int top, int bottom) {
        return onRule(horizontal, w, h, x, top) && onRule(horizontal, w, h, x, bottom);
    }

    /** A horizontal rule's pixel within two of {@code (x, y)}. */
    private static boolean onRule(boolean[] horizontal, int w, int h, int x, int y) {
        for (int dy = -2; dy <= 2; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= h) continue;
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < w && horizontal[yy * w + xx]) return true;
            }
        }
        return false;
    }

    /** The page's paper: the grey level three quarters of its pixels are at or below (most of a page is paper). */
    static int paperLevel(byte[] px) {
        int[] histogram = new int[256];
        // every 7th pixel is plenty for a level and keeps this a small part of the pass
        for (int i = 0; i < px.length; i += 7) histogram[px[i] & 0xFF]++;
        int total = (px.length + 6) / 7;
        int seen = 0;
        for (int level = 0; level < 256; level++) {
            seen += histogram[level];
            if (seen * 4L >= total * 3L) return level;
        }
        return 255;
    }

    /** The ARGB ints of an (A)RGB image whose raster is its own buffer, row after row; null for other images. */
    private static int[] directInts(BufferedImage page) {
        int type = page.getType();
        if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) return null;
        if (page.getRaster().getParent() != null || !(page.getRaster().getDataBuffer() instanceof DataBufferInt d)) {
            return null;
        }
        int[] ints = d.getData();
        return ints.length == page.getWidth() * page.getHeight() ? ints : null;
    }

    /** Marks row {@code y} from column {@code from} to {@code to} (exclusive) as a rule, with its blurred sides. */
    private static void markRow(byte[] px, boolean[] rule, int w, int h, int y, int from, int to) {
        int row = y * w;
        for (int k = from; k < to; k++) {
            rule[row + k] = true;
            if (y > 0 && (px[row - w + k] & 0xFF) < EDGE) rule[row - w + k] = true;
            if (y + 1 < h && (px[row + w + k] & 0xFF) < EDGE) rule[row + w + k] = true;
        }
    }

    /** Marks column {@code x} from row {@code from} to {@code to} (exclusive) as a rule, with its blurred sides. */
    private static void markColumn(byte[] px, boolean[] rule, int w, int x, int from, int to) {
        for (int k = from; k < to; k++) {
            int at = k * w + x;
            rule[at] = true;
            if (x > 0 && (px[at - 1] & 0xFF) < EDGE) rule[at - 1] = true;
            if (x + 1 < w && (px[at + 1] & 0xFF) < EDGE) rule[at + 1] = true;
        }
    }

    /** The page as 8-bit grey (luminance), in an image of its own that {@link #eraseFrom} may change. */
    static BufferedImage grey(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            grey.setData(page.getRaster());
            return grey;
        }
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        // a rendered page's own pixels read directly: getRGB converts each through the colour model (four times
        // the cost of the rest under C1)
        int[] ints = directInts(page);
        int[] line = ints == null ? new int[w] : null;
        for (int y = 0; y < h; y++) {
            if (ints == null) page.getRGB(0, y, w, 1, line, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = ints == null ? line[x] : page.getType() == BufferedImage.TYPE_INT_RGB ? ints[y * w + x] | 0xFF000000
                        : ints[y * w + x];
                int alpha = rgb >>> 24;
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                int lum = (r * 299 + g * 587 + b * 114) / 1000;
                // a transparent pixel is paper, as the TIFF's reader would show it on white
                if (alpha < 255) lum = (lum * alpha + 255 * (255 - alpha)) / 255;
                out[y * w + x] = (byte) lum;
            }
        }
        return grey;
    }
}
