package io.planex.ingest;

import io.planex.ingest.pdf.table.RuledTable;
import io.planex.ingest.pdf.table.TableText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scanned page's text with its ruled tables written as rows of cells, as a text layer's ruled table is
 * ({@link TableText}: {@code "| 1 | Tuyên truyền ... | Phòng Nội vụ | Tháng 02/2026 |"}), from the words Tesseract
 * read with their boxes and the tables the page's rules draw ({@link RulingLines.Erased#tables}).
 *
 * <p>Why: read line by line across the page, a row whose cells wrap comes out as the first line of every cell, then
 * the wrapped rest of each ("1 Tuyên truyền công tác cải Phòng Nội vụ Các cơ quan Tháng 02/2026" / "cách hành chính
 * trên địa bàn huyện"): no reader can tell afterwards which words were whose, and every lead but the first was lost.
 * A word's box says which cell it is in.
 *
 * <ul>
 *   <li>A word belongs to the cell its box's centre is in; a cell's words are put in lines by their height on the
 *       page (a word whose centre is within half a word's height of a line's is on it), left to right in a line,
 *       and the lines joined with a space.</li>
 *   <li>In a cell, what Tesseract is unsure of and is no word is left out: a speck (no letter or digit) read with
 *       less than {@link #SURE} confidence, and a line of nothing but such specks and words read with less than
 *       that (a seal stamped over the table). Tesseract's text output keeps them, where a line of specks is a line
 *       of its own that the cleaning drops; in a cell they would sit between a symbol and its wrapped end
 *       ("105/2025/NĐ- , ; . xeÉ CP").</li>
 *   <li>Words outside every table keep Tesseract's lines, and its paragraphs end with a blank line, as its text
 *       output has them.</li>
 *   <li>A table is written, a paragraph of its own, before the first line outside it that starts below its top.</li>
 * </ul>
 * Pure.
 */
final class OcrTableText {
    /** Tesseract's confidence (0 to 100) below which a word in a cell may be a seal's or the paper's specks. */
    static final int SURE = 50;

    private OcrTableText() {}

    /**
     * The page's text; {@code tables} in points, each point {@code pixelsPerPoint} of the image's pixels, in which
     * the words' boxes are.
     */
    static String text(List<OcrWord> words, List<RuledTable> tables, float pixelsPerPoint) {
        List<Map<Integer, List<OcrWord>>> cells = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) cells.add(new HashMap<>());
        List<OcrWord> outside = new ArrayList<>();
        for (OcrWord w : words) if (!inCell(w, tables, cells, pixelsPerPoint)) outside.add(w);
        List<List<OcrWord>> lines = OcrWord.byLine(outside);
        StringBuilder out = new StringBuilder();
        boolean[] written = new boolean[tables.size()];
        List<OcrWord> previous = null;
        for (List<OcrWord> l : lines) {
            int top = Integer.MAX_VALUE;
            for (OcrWord w : l) top = Math.min(top, w.top());
            boolean tableWritten = false;
            for (int t = 0; t < tables.size(); t++) {
                if (written[t] || tables.get(t).top() * pixelsPerPoint > top) continue;
                writeTable(out, tables.get(t), cells.get(t));
                written[t] = true;
                tableWritten = true;
            }
            if (previous != null && !tableWritten && !l.get(0).sameParagraph(previous.get(0))) out.append('\n');
            for (int i = 0; i < l.size(); i++) out.append(i == 0 ? "" : " ").append(l.get(i).text());
            out.append('\n');
            previous = l;
        }
        for (int t = 0; t < tables.size(); t++) if (!written[t]) writeTable(out, tables.get(t), cells.get(t));
        return out.toString();
    }

    /** Puts {@code w} in the cell of a table its centre is in; false when it is in none. */
    private static boolean inCell(OcrWord w, List<RuledTable> tables, List<Map<Integer, List<OcrWord>>> cells,
            float pixelsPerPoint) {
        float x = w.centreX() / pixelsPerPoint;
        float y = w.centreY() / pixelsPerPoint;
        for (int t = 0; t < tables.size(); t++) {
            int cell = tables.get(t).cellAt(x, y);
            if (cell < 0) continue;
            cells.get(t).computeIfAbsent(cell, k -> new ArrayList<>()).add(w);
            return true;
        }
        return false;
    }

    /** The table's rows, a paragraph of their own: a blank line before (unless the text starts here) and after. */
    private static void writeTable(StringBuilder out, RuledTable table, Map<Integer, List<OcrWord>> cells) {
        Map<Integer, String> cellText = new HashMap<>();
        cells.forEach((cell, words) -> cellText.put(cell, cellText(words)));
        List<String> rows = TableText.lines(table, cellText);
        if (rows.isEmpty()) return;
        if (out.length() > 0 && !endsWithBlankLine(out)) out.append('\n');
        for (String row : rows) out.append(row).append('\n');
        out.append('\n');
    }

    private static boolean endsWithBlankLine(StringBuilder out) {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }

    /** A cell's words as its text: lines top down, words left to right, lines joined by a space. */
    static String cellText(List<OcrWord> words) {
        List<OcrWord> byHeight = new ArrayList<>(words);
        byHeight.sort(Comparator.comparingDouble(OcrWord::centreY));
        List<List<OcrWord>> lines = new ArrayList<>();
        List<OcrWord> line = null;
        float lineY = 0;
        float lineHeight = 0;
        for (OcrWord w : byHeight) {
            if (line == null || w.centreY() - lineY > 0.5f * Math.max(w.height(), lineHeight)) {
                line = new ArrayList<>();
                lines.add(line);
                lineY = w.centreY();
                lineHeight = w.height();
            }
            line.add(w);
        }
        StringBuilder out = new StringBuilder();
        for (List<OcrWord> l : lines) {
            boolean sure = false;
            for (OcrWord w : l) sure |= w.confidence() >= SURE && w.hasLetterOrDigit();
            if (!sure) continue;
            l.sort(Comparator.comparingInt(OcrWord::left));
            for (OcrWord w : l) {
                if (w.confidence() < SURE && !w.hasLetterOrDigit()) continue;
                out.append(out.length() == 0 ? "" : " ").append(w.text());
            }
        }
        return out.toString().replace('|', '/');
    }
}
