package io.planex.ingest;

import io.planex.ingest.pdf.table.RuledTable;
import io.planex.ingest.pdf.table.TableTrigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The grid of a task table a scan shows without rules (a word processor's table with its borders hidden), found
 * from the words Tesseract read with their boxes, so that {@link OcrTableText} can put each word in its cell as for
 * a ruled one. Read line by line, a row whose cells wrap interleaves them ("1 Tuyên truyền công tác cải Phòng Nội
 * vụ Tháng 02/2026" / "cách hành chính ...").
 *
 * <ul>
 *   <li>The table opens at a line that opens with a row-number header ("TT", "STT": {@link TableTrigger}); each row
 *       at a line whose first word is a row number ("1", "2.") standing under that header. Cells are taken to be
 *       aligned to their top, as a word processor sets them by default: a row whose number is centred down a tall
 *       row gives the lines above its number to the row before.</li>
 *   <li>The columns are cut where no word of the header's and the rows' lines lies: gaps running down the whole
 *       table at least as wide as a word is high. Three columns at least, else no table.</li>
 *   <li>The last row ends at the first line after it that opens under the row-number header (prose at the page's
 *       margin; a cell's wrapped line opens further right) or lies across a column's edge (prose indented), or
 *       after a gap of three lines. A table running to the page's end is left as lines: it may go on over the next
 *       page, whose rows come without their header.</li>
 * </ul>
 * Pure. Coordinates are the image's pixels.
 */
final class UnruledTable {
    /**
     * A row's number: Arabic only. A Roman one ("II", "III.") opens a group row as often as it opens the plan's next
     * section after the table ("III. TỔ CHỨC THỰC HIỆN"); a group row is then read as the row above going on.
     */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}\\.?");
    /** Lines a header's cells may wrap over before the first row. */
    private static final int MAX_HEADER_LINES = 4;
    /** A gap this many lines high after a row ends the table (rows and a header row have padding, not more). */
    private static final int MAX_GAP_LINES = 3;

    private UnruledTable() {}

    /** A line of words as Tesseract read it, left to right. */
    private record Line(List<OcrWord> words, int top, int bottom) {
        int left() {
            return words.get(0).left();
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (OcrWord w : words) b.append(b.length() == 0 ? "" : " ").append(w.text());
            return b.toString();
        }
    }

    /** The table's grid, or null when the words show none. */
    static RuledTable find(List<OcrWord> words) {
        List<Line> lines = lines(words);
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            if (TableTrigger.opensWithNumberHeader(lines.get(i).text())) header = i;
        }
        if (header < 0) return null;
        OcrWord numberHeader = lines.get(header).words().get(0);
        int lineHeight = Math.max(1, medianHeight(words));
        // the row-number column: a row's number stands under the header's first word, centred as it is or nearly;
        // a line opening left of the header word's end is prose at the margin (a wrapped cell opens further right)
        int numbersFrom = numberHeader.left() - lineHeight;
        int numbersTo = numberHeader.left() + numberHeader.width() + lineHeight;
        int margin = numberHeader.left() + numberHeader.width();
        List<Integer> rowStarts = new ArrayList<>();
        int end = -1;
        boolean ended = false;
        for (int i = header + 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            Line previous = lines.get(i - 1);
            if (!rowStarts.isEmpty() && l.top() - previous.bottom() > MAX_GAP_LINES * lineHeight) {
                ended = true;
                break;
            }
            OcrWord first = l.words().get(0);
            boolean number = ROW_NUMBER.matcher(first.text()).matches() && first.centreX() >= numbersFrom
                    && first.centreX() <= numbersTo;
            if (number) {
                rowStarts.add(i);
            } else if (rowStarts.isEmpty() && i - header > MAX_HEADER_LINES) {
                return null; // no row under the header
            } else if (!rowStarts.isEmpty() && l.left() < margin) {
                ended = true; // prose at the margin: the table is over
                break;
            }
            if (!rowStarts.isEmpty()) end = i;
        }
        if (rowStarts.isEmpty()) return null;
        // the columns from the header and the rows down to the last row's first line; the lines after that are the
        // last row's wrapped cells only while no word of theirs crosses a column's edge (prose runs across them)
        int lastRow = rowStarts.get(rowStarts.size() - 1);
        float[] xs = columns(lines.subList(header, lastRow + 1), lineHeight);
        if (xs == null) return null;
        for (int i = lastRow + 1; i <= end; i++) {
            if (crossesAnEdge(lines.get(i), xs)) {
                end = i - 1;
                ended = true;
                break;
            }
        }
        // a table running to the page's end may go on over the next page, whose rows come without the header and
        // so are read as lines: this page's rows are left as lines too, so that the table's rows read alike
        if (!ended) return null;
        float[] ys = new float[rowStarts.size() + 2];
        ys[0] = lines.get(header).top() - 1;
        for (int r = 0; r < rowStarts.size(); r++) ys[r + 1] = lines.get(rowStarts.get(r)).top() - 1;
        ys[ys.length - 1] = lines.get(end).bottom() + 1;
        int[] cell = new int[(ys.length - 1) * (xs.length - 1)];
        for (int i = 0; i < cell.length; i++) cell[i] = i;
        return new RuledTable(ys, xs, cell);
    }

    /**
     * Where the columns of the table's lines meet: the middle of each gap no word covers, as wide as a word is high
     * at least, with the table's left and right edges; null for fewer than three columns.
     */
    private static float[] columns(List<Line> table, int lineHeight) {
        int left = Integer.MAX_VALUE;
        int right = 0;
        for (Line l : table) {
            for (OcrWord w : l.words()) {
                left = Math.min(left, w.left());
                right = Math.max(right, w.left() + w.width());
            }
        }
        if (right <= left) return null;
        boolean[] covered = new boolean[right - left];
        for (Line l : table) {
            for (OcrWord w : l.words()) Arrays.fill(covered, w.left() - left, w.left() - left + w.width(), true);
        }
        List<Float> edges = new ArrayList<>();
        edges.add(left - 1f);
        int x = 0;
        while (x < covered.length) {
            if (covered[x]) {
                x++;
                continue;
            }
            int from = x;
            while (x < covered.length && !covered[x]) x++;
            if (x - from >= lineHeight) edges.add(left + (from + x) / 2f);
        }
        edges.add(right + 1f);
        if (edges.size() < 4) return null;
        float[] out = new float[edges.size()];
        for (int i = 0; i < out.length; i++) out[i] = edges.get(i);
        return out;
    }

    /** Whether a word of the line lies across one of the inner edges {@code xs} puts between columns. */
    private static boolean crossesAnEdge(Line line, float[] xs) {
        for (OcrWord w : line.words()) {
            for (int k = 1; k < xs.length - 1; k++) if (w.left() < xs[k] && w.left() + w.width() > xs[k]) return true;
        }
        return false;
    }

    /** The words by the line Tesseract read them on, each line left to right. */
    private static List<Line> lines(List<OcrWord> words) {
        List<Line> out = new ArrayList<>();
        for (List<OcrWord> line : OcrWord.byLine(words)) out.add(line(line));
        return out;
    }

    private static Line line(List<OcrWord> words) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Integer.compare(a.left(), b.left()));
        int top = Integer.MAX_VALUE;
        int bottom = 0;
        for (OcrWord w : sorted) {
            top = Math.min(top, w.top());
            bottom = Math.max(bottom, w.top() + w.height());
        }
        return new Line(List.copyOf(sorted), top, bottom);
    }

    private static int medianHeight(List<OcrWord> words) {
        if (words.isEmpty()) return 0;
        int[] h = new int[words.size()];
        for (int i = 0; i < h.length; i++) h[i] = words.get(i).height();
        Arrays.sort(h);
        return h[h.length / 2];
    }
}
