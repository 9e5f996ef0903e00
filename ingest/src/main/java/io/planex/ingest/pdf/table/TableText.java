package io.planex.ingest.pdf.table;

import io.planex.extract.unit.UnitNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * Writes a ruled table's glyphs as text, one line a row, its cells kept apart as a DOCX table's are:
 * {@code "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |"}. A cell's lines (however its text
 * wrapped inside the cell) are joined with a space, in reading order: lines top down, glyphs left to right.
 *
 * <ul>
 *   <li>Header rows: when the first row is no body row (its first cell is no row number "1", "II") and rules are
 *       missing below it (a header cell spanning two rows over sub-headers "Chủ trì" / "Phối hợp"), the rows down to
 *       the first complete rule, three at most, are one header line: each column's cells top down, joined
 *       ("Cơ quan thực hiện Chủ trì", "Cơ quan thực hiện Phối hợp").</li>
 *   <li>Body rows: a cell that spans columns or rows is written once, in its top-left grid cell; the grid cells it
 *       covers are empty, so each column keeps its place under its header, except that a row under a cell spanning
 *       down holds the ditto mark {@link #DITTO} in its place (a lead unit or a time merged over three tasks is each
 *       task's, and the task table reader takes "〃" for the cell above).</li>
 *   <li>A row whose cells are all empty is left out. A '|' in a cell is written '/' (it would split the cell).</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class TableText {
    /** Rewrites a word's text from its glyphs (a TCVN3 capitals font's words: PdfPageReader), or leaves it. */
    public interface WordMapper {
        String map(String text, List<TextPosition> glyphs);
    }

    /** The ditto mark ("the same as above", U+3003) written in a row's place under a cell that spans down over it. */
    public static final String DITTO = "\u3003";

    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\d{1,3}|[IVXLC]{1,6})\\.?$");
    private static final int MAX_HEADER_ROWS = 3;
    private static final Pattern SPLIT_ROW_NUMBER = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđ])[.)]?$");

    private TableText() {}

    /** The table's lines, given the text of each cell (by its top-left grid cell index; absent: empty). */
    public static List<String> lines(RuledTable table, Map<Integer, String> cellText) {
        List<List<String>> rows = rows(table, cellText);
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) out.add(row(row));
        return out;
    }

    /** A row of cells as a line: "| 1 | Rà soát hồ sơ | Công an xã | | Quý I/2025 |" (an empty cell "| |"). */
    public static String row(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) b.append(' ').append(c).append(c.isEmpty() ? "" : " ").append('|');
        return b.toString();
    }

    /** The rows of cells (see the class comment), empty rows left out. */
    static List<List<String>> rows(RuledTable t, Map<Integer, String> cellText) {
        int columns = t.columns();
        List<List<String>> out = new ArrayList<>();
        int headerEnd = headerEnd(t, cellText);
        int from = 0;
        if (headerEnd > 0) {
            List<String> header = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                StringBuilder b = new StringBuilder();
                int last = -1;
                for (int r = 0; r <= headerEnd; r++) {
                    int cell = t.cellOf(r, c);
                    if (cell == last) continue;
                    last = cell;
                    String text = cellText.getOrDefault(cell, "");
                    if (text.isEmpty()) continue;
                    if (b.length() > 0) b.append(' ');
                    b.append(text);
                }
                header.add(b.toString());
            }
            addUnlessEmpty(out, header);
            from = headerEnd + 1;
        }
        for (int r = from; r < t.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int index = r * columns + c;
                int cell = t.cellOf(r, c);
                String text = cellText.getOrDefault(cell, "");
                if (cell == index) {
                    row.add(text);
                } else {
                    // under a cell spanning down from the row above, in its first column: "〃" when it holds text
                    boolean down = r > from && t.cellOf(r - 1, c) == cell && (c == 0 || t.cellOf(r, c - 1) != cell);
                    row.add(down && !text.isEmpty() ? DITTO : "");
                }
            }
            addUnlessEmpty(out, row);
        }
        return out;
    }

    /**
     * Joins a table row that a page break split: the page before ends in a table (its last row, then at most one
     * line: a page number) and the next page's table, going on without its header, opens with a row whose first
     * cell is empty, no row number of its own, holding the rest of that row's cells ("| | giáo viên vùng khó khăn |
     * | tạo | 12/2026 |" after "| 3 | Xây dựng cơ chế hỗ trợ | Sở Nội vụ | Sở Giáo dục và Đào | Tháng |"). Word
     * lets a row break across pages unless told not to. Returns {page before, next page} with the two rows made one
     * on the page before, or null when the pages do not end and open so or the rows differ in their cells.
     */
    public static String[] joinRowSplitByPage(String before, String next) {
        String[] b = before.split("\n", -1);
        int last = b.length - 1;
        int skipped = 0;
        while (last >= 0 && !isRow(b[last])) {
            if (!b[last].isBlank() && ++skipped > 1) return null;
            last--;
        }
        if (last < 0) return null;
        String[] n = next.split("\n", -1);
        int first = 0;
        // blank lines, and the page's number printed at its top ("6")
        while (first < n.length && (n[first].isBlank() || PAGE_NUMBER.matcher(n[first]).matches())) first++;
        if (first >= n.length || !isRow(n[first])) return null;
        // the table's header printed again at the top of the page ("Repeat as header row"): the split row's rest is
        // under it, and the repeated header goes
        int header = -1;
        int top = last;
        while (top > 0 && isRow(b[top - 1])) top--;
        if (top < last && cells(n[first]).equals(cells(b[top]))) {
            int after = first + 1;
            while (after < n.length && n[after].isBlank()) after++;
            if (after < n.length && isRow(n[after])) {
                header = first;
                first = after;
            }
        }
        List<String> upper = cells(b[last]);
        List<String> lower = cells(n[first]);
        // the row above is a numbered one ("3", "II", "1.2", "a)"), not the header
        if (upper.size() != lower.size() || upper.size() < 2 || !lower.get(0).isEmpty()
                || !SPLIT_ROW_NUMBER.matcher(upper.get(0)).matches()) {
            return null;
        }
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < upper.size(); c++) {
            String u = upper.get(c);
            String l = lower.get(c);
            joined.add(u.isEmpty() ? l : l.isEmpty() ? u : u + " " + l);
        }
        b[last] = row(joined);
        List<String> rest = new ArrayList<>(List.of(n));
        rest.remove(first);
        if (header >= 0) rest.remove(header);
        return new String[] {String.join("\n", b), String.join("\n", rest)};
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*-?\\s*\\d{1,3}\\s*-?\\s*");

    private static boolean isRow(String line) {
        String t = line.strip();
        return t.length() >= 3 && t.charAt(0) == '|' && t.charAt(t.length() - 1) == '|';
    }

    private static List<String> cells(String row) {
        String t = row.strip();
        List<String> out = new ArrayList<>();
        for (String c : t.substring(1, t.length() - 1).split("\\|", -1)) out.add(c.strip());
        return out;
    }

    private static void addUnlessEmpty(List<List<String>> out, List<String> row) {
        for (String c : row) {
            if (!c.isEmpty() && !c.equals(DITTO)) {
                out.add(row);
                return;
            }
        }
    }

    /**
     * The last row of a header of several grid rows (0 when the header is one row or there is none): the header
     * runs from the top to the first rule that crosses the whole table, when that is within three rows and the
     * first row is no body row.
     */
    private static int headerEnd(RuledTable t, Map<Integer, String> cellText) {
        if (ROW_NUMBER.matcher(cellText.getOrDefault(t.cellOf(0, 0), "")).matches()) return 0;
        for (int r = 0; r < Math.min(MAX_HEADER_ROWS, t.rows() - 1); r++) {
            boolean complete = true;
            for (int c = 0; c < t.columns() && complete; c++) complete = t.cellOf(r, c) != t.cellOf(r + 1, c);
            if (complete) return r;
        }
        return 0;
    }

    /**
     * The text of one cell from its glyphs in content-stream order: lines by baseline, top down; glyphs by x
     * within a line, a combining mark kept after the glyph it was drawn after; a space where the page has a space
     * glyph or a gap as wide as one, as PDFBox's text stripper decides (half a space, or 0.3 of the average glyph
     * width, whichever is less); lines joined by a space.
     */
    public static String cellText(List<TextPosition> glyphs, WordMapper mapper) {
        List<List<TextPosition>> lines = lines(glyphs);
        List<String> texts = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            String text = lineText(line, mapper);
            if (!text.isEmpty()) texts.add(text);
        }
        // "Phòng Nội vụ" / "Văn phòng HĐND và UBND huyện": a lead cell listing its bodies one a line (as the
        // paragraphs of a Word cell print) keeps them apart, as a DOCX's cell does (PageSplittingHandler)
        if (bodiesALine(texts)) return joinBodies(texts).replace('|', '/');
        // "Tổ Cảnh sát" / "khu vực" / "Tổ Cảnh sát" / "trật tự": a narrow lead cell wraps each of its bodies too
        List<String> bodies = wrappedBodies(texts);
        return (bodies != null ? joinBodies(bodies) : String.join(" ", texts)).replace('|', '/');
    }

    /**
     * A narrow cell's lines grouped into the bodies it lists, each wrapped over lines of its own: a body starts at a
     * line that opens with a unit in capitals, unless the body before is still its bare head ("Văn phòng" / "UBND
     * tỉnh") or its line ends on a joining word ("Sở Văn hóa, Thể thao" / "và Du lịch" is one). Two bodies or more,
     * each of which {@link #bodiesALine} would take on one line, else null.
     */
    static List<String> wrappedBodies(List<String> lines) {
        if (lines.size() < 3) return null;
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String current = body.toString();
            // "Sở Y tế" / "Bảo hiểm xã" / "hội tỉnh": the cell's width may wrap a body's head itself
            boolean unit = UnitNames.startsWithUnit(l, true)
                    || i + 1 < lines.size() && UnitNames.startsWithUnit(l.strip() + " " + lines.get(i + 1).strip(), true);
            boolean opens = !current.isEmpty() && unit
                    && UnitNames.headLength(current) < current.length() && !WRAPPED_END.matcher(current).find();
            if (opens) {
                bodies.add(current);
                body.setLength(0);
            }
            if (body.length() > 0) body.append(' ');
            body.append(l.strip());
        }
        bodies.add(body.toString());
        if (bodies.size() < 2 || bodies.size() == lines.size()) return null;
        for (String b : bodies) {
            // "Phòng Tham mưu Công an" / "tỉnh, Văn phòng" / "Sở Giáo dục và" / "Đào tạo": a list at commas wraps
            // its names anywhere (and a name with a comma is rare in a narrow cell); it stays as printed
            if (b.indexOf(',') >= 0) return null;
            if (b.split(" ").length > MAX_BODY_LINE_WORDS || !UnitNames.startsWithUnit(b, true)) return null;
            if (UnitNames.headLength(b) >= b.strip().length() || WRAPPED_END.matcher(b).find()) return null;
        }
        return bodies;
    }

    /** Bodies one a line joined as a list printed on one line: "Phòng Nội vụ; Văn phòng HĐND và UBND huyện". */
    public static String joinBodies(List<String> lines) {
        List<String> bodies = new ArrayList<>();
        for (String t : lines) bodies.add(LIST_END.matcher(t).replaceAll(""));
        return String.join("; ", bodies);
    }

    /**
     * Two lines or more, each a short one that opens with a unit in capitals, names which ("Phòng Nội vụ", not a bare
     * "Văn phòng" whose name the cell's width wrapped: "Văn phòng" / "UBND tỉnh") and ends there: bodies one a line.
     */
    public static boolean bodiesALine(List<String> lines) {
        if (lines.size() < 2) return false;
        for (String l : lines) {
            if (l.split(" ").length > MAX_BODY_LINE_WORDS || !UnitNames.startsWithUnit(l, true)) return false;
            if (UnitNames.headLength(l) >= l.strip().length()) return false;
            // "Văn phòng HĐND và" / "UBND xã": a line that ends on a joining word or mark goes on below
            if (WRAPPED_END.matcher(l).find()) return false;
        }
        return true;
    }

    private static final Pattern WRAPPED_END = Pattern.compile("(?:[,&\\-–]|(?<![\\p{L}])(?:và|của|các|thuộc|cấp))\\s*$");

    private static final int MAX_BODY_LINE_WORDS = 12;
    /** A list item's closing stop ("Phòng Nội vụ;", "Sở Y tế,"), dropped where the items are joined with "; ". */
    private static final Pattern LIST_END = Pattern.compile("[;,.]+$");

    /** The glyphs by line, top down; each line in content order. */
    private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> byY = new ArrayList<>(glyphs);
        byY.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        Map<TextPosition, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < glyphs.size(); i++) order.put(glyphs.get(i), i);
        List<List<TextPosition>> lines = new ArrayList<>();
        List<TextPosition> line = null;
        float lineY = 0;
        float lineH = 0;
        for (TextPosition g : byY) {
            float h = Math.max(g.getHeightDir(), 1f);
            if (line == null || g.getYDirAdj() - lineY > 0.5f * Math.max(h, lineH)) {
                line = new ArrayList<>();
                lines.add(line);
                lineY = g.getYDirAdj();
                lineH = h;
            }
            line.add(g);
        }
        for (List<TextPosition> l : lines) l.sort(Comparator.comparingInt(order::get));
        return lines;
    }

    /** A glyph with the marks drawn after it. */
    private record Unit(TextPosition base, String text, List<TextPosition> glyphs) {}

    private static String lineText(List<TextPosition> line, WordMapper mapper) {
        List<Unit> units = new ArrayList<>();
        for (TextPosition g : line) {
            String u = g.getUnicode();
            if (u == null || u.isEmpty()) continue;
            if (isMark(u) && !units.isEmpty()) {
                Unit last = units.remove(units.size() - 1);
                List<TextPosition> gs = new ArrayList<>(last.glyphs());
                gs.add(g);
                units.add(new Unit(last.base(), last.text() + u, gs));
            } else {
                units.add(new Unit(g, u, List.of(g)));
            }
        }
        units.sort(Comparator.comparingDouble(x -> x.base().getXDirAdj()));
        float widths = 0;
        int counted = 0;
        for (Unit u : units) {
            if (!u.text().isBlank()) {
                widths += u.base().getWidthDirAdj();
                counted++;
            }
        }
        float average = counted == 0 ? 0 : widths / counted;
        // words: runs of units between spaces, each mapped as a whole
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        List<TextPosition> wordGlyphs = new ArrayList<>();
        Unit prev = null;
        for (Unit u : units) {
            boolean blank = u.text().isBlank();
            boolean gap = false;
            if (prev != null && !blank) {
                float end = prev.base().getXDirAdj() + prev.base().getWidthDirAdj();
                float space = prev.base().getWidthOfSpace();
                float tolerance = 0.3f * average;
                if (space > 0 && !Float.isNaN(space)) tolerance = Math.min(tolerance, 0.5f * space);
                gap = u.base().getXDirAdj() - end > tolerance;
            }
            if (blank || gap) flush(out, word, wordGlyphs, mapper);
            if (!blank) {
                word.append(u.text());
                wordGlyphs.addAll(u.glyphs());
            }
            prev = u;
        }
        flush(out, word, wordGlyphs, mapper);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder word, List<TextPosition> glyphs, WordMapper mapper) {
        if (word.length() == 0) return;
        if (out.length() > 0) out.append(' ');
        out.append(mapper == null ? word.toString() : mapper.map(word.toString(), List.copyOf(glyphs)));
        word.setLength(0);
        glyphs.clear();
    }

    private static boolean isMark(String s) {
        int type = Character.getType(s.codePointAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The glyphs of each cell of {@code table}, in content order, by cell index; glyphs outside it left out. */
    public static Map<Integer, List<TextPosition>> cells(RuledTable table, List<TextPosition> glyphs) {
        Map<Integer, List<TextPosition>> out = new LinkedHashMap<>();
        for (TextPosition g : glyphs) {
            int cell = table.cellAt(centreX(g), centreY(g));
            if (cell >= 0) out.computeIfAbsent(cell, k -> new ArrayList<>()).add(g);
        }
        return out;
    }

    public static float centreX(TextPosition g) {
        return g.getXDirAdj() + g.getWidthDirAdj() / 2;
    }

    public static float centreY(TextPosition g) {
        return g.getYDirAdj() - g.getHeightDir() / 2;
    }
}
