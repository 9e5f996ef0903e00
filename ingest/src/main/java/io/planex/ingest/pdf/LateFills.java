package io.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds the number and the day an e-office system stamps into a signed document's blanks as page text drawn after
 * the rest ("Số:          /QĐ-UBND" drawn with the page, "2417" drawn last over its gap). Read in drawing order,
 * as the stripper reads, the digits come after the page's footer and the header keeps its blanks. A fill is a run
 * of glyphs, consecutive in drawing order and on one line, that holds only digits (at most eight), lies in a blank
 * gap of a line drawn earlier (a glyph of that line to its left and one to its right, none over it), and was drawn
 * apart from that line's glyphs. Why digits only: the systems fill a number and a day; a late word elsewhere (a
 * stamp's caption, a column drawn after another) keeps its place.
 */
final class LateFills {
    private LateFills() {}

    private static final int MAX_DIGITS = 8;

    /** The fills of one article (its glyphs in drawing order), as {from, to} index ranges, in order. */
    static List<int[]> find(List<TextPosition> glyphs) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = glyphs.size();
        while (i < n) {
            // a run of glyphs on one line, consecutive in drawing order and side by side (the number and the day,
            // drawn one after the other, may share the header's line: "Số: 2417" left, "ngày 18" right)
            int j = i + 1;
            while (j < n && PdfPageReader.sameLine(glyphs.get(i), glyphs.get(j)) && besideEachOther(glyphs.get(j - 1), glyphs.get(j))) {
                j++;
            }
            if (isDigits(glyphs, i, j) && fillsAGap(glyphs, i, j)) out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** Whether {@code b} follows {@code a} on its line within two ems: the next letter or word of one run. */
    private static boolean besideEachOther(TextPosition a, TextPosition b) {
        float em = Math.max(a.getFontSizeInPt(), 1f);
        float gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
        return gap > -0.5f * em && gap < 2f * em;
    }

    private static boolean isDigits(List<TextPosition> glyphs, int from, int to) {
        int digits = 0;
        for (int k = from; k < to; k++) {
            String u = glyphs.get(k).getUnicode();
            if (u == null || u.isBlank()) continue;
            for (int c = 0; c < u.length(); c++) {
                if (!Character.isDigit(u.charAt(c))) return false;
                digits++;
            }
        }
        return digits > 0 && digits <= MAX_DIGITS;
    }

    /**
     * Whether the glyphs nearest the run on its line, to its left and to its right, were drawn before it and apart
     * from it (glyphs of other lines drawn between), with no glyph of that line under it.
     */
    private static boolean fillsAGap(List<TextPosition> glyphs, int from, int to) {
        TextPosition first = glyphs.get(from);
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (int k = from; k < to; k++) {
            TextPosition g = glyphs.get(k);
            if (g.getUnicode() == null || g.getUnicode().isBlank()) continue;
            x0 = Math.min(x0, g.getXDirAdj());
            x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
        }
        int left = -1;
        int right = -1;
        for (int k = 0; k < from; k++) {
            TextPosition g = glyphs.get(k);
            if (g.getUnicode() == null || g.getUnicode().isBlank() || !PdfPageReader.sameLine(g, first)) continue;
            float gx0 = g.getXDirAdj();
            float gx1 = gx0 + g.getWidthDirAdj();
            if (gx1 > x0 + 0.5f && gx0 < x1 - 0.5f) return false; // stamped over text, not into a blank
            if (gx1 <= x0 + 0.5f && (left < 0 || gx1 > end(glyphs.get(left)))) left = k;
            if (gx0 >= x1 - 0.5f && (right < 0 || gx0 < glyphs.get(right).getXDirAdj())) right = k;
        }
        if (left < 0 || right < 0) return false;
        int bound = Math.max(left, right);
        return bound < from - 1 && !onLineUpTo(glyphs, bound + 1, from, first);
    }

    private static float end(TextPosition g) {
        return g.getXDirAdj() + g.getWidthDirAdj();
    }

    /** Whether every glyph in [from, to) is on the run's line (the run then continues the line as drawn). */
    private static boolean onLineUpTo(List<TextPosition> glyphs, int from, int to, TextPosition line) {
        for (int k = from; k < to; k++) if (!PdfPageReader.sameLine(glyphs.get(k), line)) return false;
        return true;
    }
}
