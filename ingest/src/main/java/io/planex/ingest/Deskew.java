package io.planex.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Turns a scanned page straight: a sheet fed at a slant gives lines of text and a table's rules that climb or fall
 * across the page. Tesseract copes with that in its own reading, but the ruling lines are looked for as long runs of
 * ink along one row of pixels ({@link RulingLines}): at 0.3° a rule across an A4 page at 300 dpi steps a pixel every
 * 190 pixels, shorter than the run a rule must be, so the grid of a task table was neither erased nor found.
 *
 * <p>The slant is the angle at which the page's ink, projected along it, falls into the fewest and fullest rows
 * (lines of text and rules are then each in one row, and the gaps between them are empty): tried over
 * ±{@link #MAX_DEGREES} in steps of {@link #STEP_DEGREES}, then a fifth of that around the best, on a sample of
 * ink pixels. A page is turned only when it slants by {@link #MIN_DEGREES} or more: below that, every rule is a run
 * long enough, and the page Tesseract reads is the scan itself.
 */
final class Deskew {
    /** The largest slant looked for: a page photographed by hand lies a few degrees askew; further is a scan to make again. */
    static final double MAX_DEGREES = 5;
    static final double STEP_DEGREES = 0.1;
    /** A page slanting less than this is left as it is. */
    static final double MIN_DEGREES = 0.2;
    /** Ink pixels sampled: enough for a page of text and cheap beside OCR (a few milliseconds per angle tried). */
    private static final int MAX_SAMPLES = 60_000;

    private Deskew() {}

    /** Pixels of ink sampled from a page (at most {@link #MAX_SAMPLES}), by their coordinates. */
    record InkSample(int[] xs, int[] ys, int n, int width, int height) {
        /** How many of the samples fall in each row of pixels ({@code across}) or in each column. */
        int[] profile(boolean across) {
            int[] bins = new int[across ? height : width];
            for (int i = 0; i < n; i++) bins[across ? ys[i] : xs[i]]++;
            return bins;
        }
    }

    /** Every so many of the page's ink pixels, in memory order; null when the page holds under 100 of them. */
    static InkSample sample(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int ink = Math.min(RulingLines.INK, RulingLines.paperLevel(px) * 5 / 8);
        // a photographed page lies on a desk whose dark edges around it would count as ink and lean the rows their
        // way: then the middle of the image only, which the lines of text cross on any page (a scan's margins are
        // paper, and its whole page is sampled as before)
        boolean onDesk = darkMargins(px, w, h, ink);
        int x0 = onDesk ? w / 6 : 0;
        int x1 = onDesk ? w - w / 6 : w;
        int y0 = onDesk ? h / 8 : 0;
        int y1 = onDesk ? h - h / 8 : h;
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int i = y * w + x0, end = y * w + x1; i < end; i++) if ((px[i] & 0xFF) < ink) count++;
        }
        if (count < 100) return null;
        int every = Math.max(1, count / MAX_SAMPLES);
        int[] xs = new int[count / every + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        int seen = 0;
        for (int y = y0; y < y1 && n < xs.length; y++) {
            for (int x = x0; x < x1 && n < xs.length; x++) {
                if ((px[y * w + x] & 0xFF) >= ink || seen++ % every != 0) continue;
                xs[n] = x;
                ys[n] = y;
                n++;
            }
        }
        return new InkSample(xs, ys, n, w, h);
    }

    /** Whether a quarter or more of the pixels of the image's outer twentieth, all round, are as dark as ink. */
    static boolean darkMargins(byte[] px, int w, int h, int ink) {
        int mx = Math.max(1, w / 20);
        int my = Math.max(1, h / 20);
        long[] dark = new long[1];
        long all = 0;
        for (int y = 0; y < h; y += 2) {
            if (y < my || y >= h - my) {
                all += countDark(px, y * w, 0, w, ink, dark); // a top or bottom row: all of it
            } else {
                all += countDark(px, y * w, 0, mx, ink, dark) + countDark(px, y * w, w - mx, w, ink, dark);
            }
        }
        return all > 0 && dark[0] * 4 >= all;
    }

    /** Every other pixel of the row at {@code row} from {@code x0} to {@code x1}: how many, those of ink added to dark[0]. */
    private static int countDark(byte[] px, int row, int x0, int x1, int ink, long[] dark) {
        int n = 0;
        for (int x = x0; x < x1; x += 2, n++) if ((px[row + x] & 0xFF) < ink) dark[0]++;
        return n;
    }

    /** The page's slant in degrees (positive: lines fall to the right, in image coordinates y down), or 0. */
    static double slant(BufferedImage grey) {
        return slant(sample(grey));
    }

    /** The slant of the page {@code sample} was taken from (null: a page with next to no ink), or 0. */
    static double slant(InkSample sample) {
        if (sample == null) return 0;
        int[] xs = sample.xs();
        int[] ys = sample.ys();
        int n = sample.n();
        int w = sample.width();
        int h = sample.height();
        double best = 0;
        double bestScore = score(xs, ys, n, w, h, 0);
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += STEP_DEGREES) {
            double s = score(xs, ys, n, w, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - STEP_DEGREES; a <= coarse + STEP_DEGREES + 1e-9; a += STEP_DEGREES / 5) {
            double s = score(xs, ys, n, w, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    /**
     * How sharply the ink falls into rows when projected along {@code degrees}: the sum of the squares of the rows'
     * counts (ink spread evenly scores least; ink in few full rows most).
     */
    private static double score(int[] xs, int[] ys, int n, int w, int h, double degrees) {
        double tan = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(tan) * w) + 1;
        int[] rows = new int[h + 2 * pad];
        for (int i = 0; i < n; i++) {
            int r = (int) Math.round(ys[i] - xs[i] * tan) + pad;
            if (r >= 0 && r < rows.length) rows[r]++;
        }
        return sumOfSquares(rows);
    }

    /** The sum of the squares of the counts: how sharply samples fall into few bins (an even spread scores least). */
    static double sumOfSquares(int[] bins) {
        double sum = 0;
        for (int c : bins) sum += (double) c * c;
        return sum;
    }

    /** The page turned straight when it slants by {@link #MIN_DEGREES} or more, else the page itself. */
    static BufferedImage straightened(BufferedImage grey) {
        return straightened(grey, sample(grey));
    }

    /** {@link #straightened(BufferedImage)}, given the page's ink as {@link #sample} takes it. */
    static BufferedImage straightened(BufferedImage grey, InkSample sample) {
        double slant = slant(sample);
        if (Math.abs(slant) < MIN_DEGREES) return grey;
        return rotated(grey, -slant);
    }

    /**
     * The grey page turned by {@code degrees} about its centre (clockwise on screen for positive degrees), the
     * corners it uncovers paper. Each pixel is interpolated from the four around the point it comes from, read
     * straight from the image's bytes (Java 2D's own rotation costs three times as much on a grey page).
     */
    static BufferedImage rotated(BufferedImage grey, double degrees) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] src = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int paper = RulingLines.paperLevel(src);
        double theta = Math.toRadians(degrees);
        // the point each output pixel comes from: the output turned back by theta about the centre, in fixed point
        // (16 bits of fraction; integer arithmetic is what C1, the workers' compiler, makes fast)
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double cx = (w - 1) / 2.0;
        double cy = (h - 1) / 2.0;
        long stepX = Math.round(cos * 65536);
        long stepY = Math.round(-sin * 65536);
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            long sx = Math.round((cx - cx * cos + dy * sin) * 65536);
            long sy = Math.round((cy + cx * sin + dy * cos) * 65536);
            int row = y * w;
            for (int x = 0; x < w; x++, sx += stepX, sy += stepY) {
                int x0 = (int) (sx >> 16);
                int y0 = (int) (sy >> 16);
                if (sx < 0 || sy < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    dst[row + x] = (byte) paper;
                    continue;
                }
                int fx = (int) (sx >> 8) & 0xFF;
                int fy = (int) (sy >> 8) & 0xFF;
                int i = y0 * w + x0;
                int top = (src[i] & 0xFF) * (256 - fx) + (src[i + 1] & 0xFF) * fx;
                int bottom = (src[i + w] & 0xFF) * (256 - fx) + (src[i + w + 1] & 0xFF) * fx;
                dst[row + x] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
            }
        }
        return out;
    }
}
