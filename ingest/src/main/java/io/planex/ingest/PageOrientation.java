package io.planex.ingest;

import io.planex.ingest.layer.VietnameseSyllables;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Finds a page scanned a quarter turn off: a landscape appendix (a task table is often one) fed into the scanner
 * upright gives an image whose lines of text run down the page, and Tesseract's page segmentation 3 reads no line
 * of it (orientation detection, segmentation 1, costs 60-80 % more on every page).
 *
 * <p>Lines of text across a page put its ink into rows with empty rows between (the page's lines and their
 * spacing); down a page, into columns. {@link #sideways} compares how sharply the ink falls into rows with how
 * sharply it falls into columns, each as the sum of the squares of the counts against what an even spread gives.
 * On the scans here, upright pages have at most 0.72 times the sharpness by columns that they have by rows, the same
 * pages turned at least 1.42 (a real scan with a seal, handwriting and a slant of 0.7°, which blurs its rows);
 * clean pages 0.17-0.6 and 1.7-6.4.
 * Which way the page is to be turned is then told by reading it: the turn whose text is more Vietnamese
 * ({@link #readableShare}) wins. A page fed upside down has its lines across it like an upright one; only its
 * reading tells ({@link #looksUpsideDown}).
 */
final class PageOrientation {
    /** Ink this many times sharper by columns than by rows is a page turned a quarter. */
    static final double SIDEWAYS_RATIO = 1.25;

    private PageOrientation() {}

    /** Whether the page's lines run down it rather than across. */
    static boolean sideways(BufferedImage grey) {
        return sideways(Deskew.sample(grey));
    }

    /** Whether the lines of the page {@code sample} was taken from run down it (null: a page with next to no ink). */
    static boolean sideways(Deskew.InkSample sample) {
        if (sample == null) return false;
        double rows = sharpness(sample.profile(true), sample.n());
        double columns = sharpness(sample.profile(false), sample.n());
        return columns > SIDEWAYS_RATIO * rows;
    }

    /** Sum of squared bin counts over what an even spread of {@code n} over the bins gives (1: even). */
    private static double sharpness(int[] bins, int n) {
        return Deskew.sumOfSquares(bins) * bins.length / ((double) n * n);
    }

    /** The grey page turned a quarter, clockwise (on screen) or not. */
    static BufferedImage quarterTurn(BufferedImage grey, boolean clockwise) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] src = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        // output (x', y') of width h: clockwise, source (x, y) goes to (h - 1 - y, x); anticlockwise to (y, w - 1 - x)
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int to = clockwise ? x * h + (h - 1 - y) : (w - 1 - x) * h + y;
                dst[to] = src[row + x];
            }
        }
        return out;
    }

    /** The grey page turned half a turn (upside down), in an image of its own. */
    static BufferedImage halfTurn(BufferedImage grey) {
        byte[] src = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0, j = src.length - 1; i < src.length; i++, j--) dst[j] = src[i];
        return out;
    }

    /** A reading whose words are this much Vietnamese syllables is a page read the right way up. */
    static final double READABLE = 0.6;
    static final int MIN_WORDS = 20;
    static final double UPSIDE_DOWN_SHARE = 0.45;

    /**
     * Whether a page's reading looks like one of a page upside down: at least {@link #MIN_WORDS} words, and under
     * {@link #UPSIDE_DOWN_SHARE} of them Vietnamese syllables. Upright scans here read 0.93-0.96 (04.pdf, seal and
     * handwriting included); the same page upside down 0.23.
     */
    static boolean looksUpsideDown(String text) {
        Words w = words(text);
        return w.all() >= MIN_WORDS && w.share() < UPSIDE_DOWN_SHARE;
    }

    /**
     * The share of the text's words of two letters or more that are Vietnamese syllables: over 0.8 for a page read
     * right, under 0.3 for one read sideways (Tesseract then prints short runs of letters and marks).
     */
    static double readableShare(String text) {
        return words(text).share();
    }

    /** A text's words (runs of letters and their marks): how many, how many of two letters or more, and syllables. */
    private record Words(int all, int twoLettersOrMore, int syllables) {
        double share() {
            return twoLettersOrMore == 0 ? 0 : (double) syllables / twoLettersOrMore;
        }
    }

    private static Words words(String text) {
        int all = 0;
        int longWords = 0;
        int syllables = 0;
        for (int[] w : OcrVocabulary.words(text)) {
            all++;
            if (w[1] - w[0] < 2) continue;
            longWords++;
            if (VietnameseSyllables.isSyllable(text.substring(w[0], w[1]))) syllables++;
        }
        return new Words(all, longWords, syllables);
    }
}
