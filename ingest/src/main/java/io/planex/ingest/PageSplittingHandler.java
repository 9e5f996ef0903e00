package io.planex.ingest;

import io.planex.ingest.pdf.table.TableText;
import io.planex.ingest.pdf.table.TableTrigger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML as plain text, one string per page. Tika marks PDF pages as {@code <div class="page">};
 * formats without pages give one page. Block elements end a line so paragraphs stay apart.
 *
 * <p>A table is written one cell a line, rows apart (a header's issuer and motto cells, a signature beside "Nơi
 * nhận" read so), except a task table, which is written as rows of cells kept apart, as a PDF's ruled table is
 * ({@code | 1 | Rà soát ... | Công an xã | Các thôn | Quý I/2025 |}): one cell a line, a row whose cells span
 * columns (a group heading "I | Chính quyền số") or a cell merged down from the row above (written empty) leaves
 * the reader no way to tell which line is which column. A task table is one whose first two rows the task-table
 * trigger takes for a header ({@link TableTrigger}). The columns a spanning cell covers are written empty, as a
 * PDF's are: where HTML gives the span ({@code colspan}, {@code rowspan}), in its place; a DOCX gives a merged-down
 * cell as an empty cell already and no column span, so a row of fewer cells than the widest is filled at its end.
 */
final class PageSplittingHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "title", "table", "ul", "ol", "br", "td", "th");

    private final List<String> pages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean sawPageDiv;
    private int depthInHead;
    private final boolean markup;
    private int depthInPre;
    /** Open tables; only the outermost one's cells are tracked (a table inside a cell is part of the cell's text). */
    private int tableDepth;
    private int tableStart;
    /** The outermost open table's rows, each a list of its cells' {start, end} in {@link #current}. */
    private final List<List<int[]>> rows = new ArrayList<>();
    private int cellStart = -1;
    /** The open cell's colspan (HTML's attribute; a DOCX's spans reach Tika's XHTML without one). */
    private int cellColumns = 1;
    /** Rows each column is still covered by a cell from a row above (HTML's rowspan), by column. */
    private final List<Integer> coveredRows = new ArrayList<>();
    /** An empty cell: a column a spanning cell covers. */
    private static final int[] COVERED = {0, 0};
    /**
     * By column, the cell (its {start, end}) that spans down over the rows below it in that column (HTML's rowspan):
     * a task table's row under it is given the ditto mark in its place, as a DOCX's merged cell is
     * ({@link DocxMergedCells}).
     */
    private final List<int[]> spanningDown = new ArrayList<>();
    /** The third value of a cell {start, end, DITTO_OF}: a row's place under that cell, which spans down over it. */
    private static final int DITTO_OF = 1;
    /** Whether the open cell spans rows below it. */
    private boolean cellSpansDown;
    /** Whether the open cell stands for a column a cell spanning columns covers ({@link DocxMergedCells}). */
    private boolean cellCoversColumn;
    /** Where the open cell of the outermost table began, before any of its text. */
    private int cellBegan;
    /**
     * HTML's open lists, innermost last: the next item's number and the list's type ("1", "a", "A", "i", "I"; "-" for
     * an unordered list). A browser shows each item's number or bullet, Tika's text gives none: an item is given its
     * marker as the text it stands for would print it ("1. Công an tỉnh", "- Sở Tài chính: ..."), so the outline
     * reads an HTML plan's numbered items and bullets as it reads a PDF's or a DOCX's.
     */
    private final Deque<ListLevel> lists = new ArrayDeque<>();
    /** The open items' starts in {@link #current} and the tables begun before each, innermost last. */
    private final Deque<int[]> items = new ArrayDeque<>();
    private int tablesBegun;

    private static final class ListLevel {
        final String type;
        int next;

        ListLevel(String type, int next) {
            this.type = type;
            this.next = next;
        }
    }

    /** A marker a list item's text may already print: "1.", "1)", "a)", "IV.", "-", "+", "•". */
    private static final Pattern PRINTED_MARKER = Pattern.compile(
            "^\\s*(?:\\d{1,3}[.)]|[a-zđ][.)]|[IVXLC]{1,6}[.)]|[-+•·*–])(?:\\s|$)");

    /**
     * @param markup the source is HTML, whose line breaks inside a text are spaces (a browser shows "ngày\n22/10"
     *     as "ngày 22/10"): only its elements break lines, as a word processor's paragraphs do; {@code <pre>} keeps
     *     its breaks
     */
    PageSplittingHandler(boolean markup) {
        this.markup = markup;
    }

    /** Open paragraphs, notes apart. */
    private int paragraphDepth;
    /** Open notes: Tika gives an ODF footnote as {@code <p class="note">1 text</p>} inside its paragraph. */
    private int noteDepth;
    private final StringBuilder noteText = new StringBuilder();
    /** Notes read inside the open paragraph, written after it (where a DOCX's notes come too). */
    private final List<String> pendingNotes = new ArrayList<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if ("p".equals(name)) {
            // a note inside a sentence ("... của Bộ Chính trị1 Kết luận số 150-KL/TW ... khóa XI. và Kế hoạch số
            // 88-KH/TU ...") breaks it: the note's text is held until its paragraph ends
            if (noteDepth > 0 || paragraphDepth > 0 && atts != null && "note".equals(atts.getValue("class"))) {
                if (noteDepth++ == 0) noteText.setLength(0);
                return;
            }
            paragraphDepth++;
        }
        if ("head".equals(name)) depthInHead++;
        if ("pre".equals(name)) depthInPre++;
        if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
            if (sawPageDiv || current.toString().strip().length() > 0) flushPage();
            sawPageDiv = true;
        }
        if (markup && tableDepth == 0) {
            if ("ol".equals(name) || "ul".equals(name)) {
                String type = "ul".equals(name) ? "-" : atts == null || atts.getValue("type") == null ? "1" : atts.getValue("type");
                lists.addLast(new ListLevel(type, "ol".equals(name) ? Math.max(1, span(atts, "start")) : 0));
            } else if ("li".equals(name) && !lists.isEmpty()) {
                newline();
                items.addLast(new int[] {current.length(), tablesBegun});
            }
        }
        if ("table".equals(name)) tablesBegun++;
        if ("table".equals(name) && tableDepth++ == 0) {
            tableStart = current.length();
            rows.clear();
            coveredRows.clear();
            spanningDown.clear();
        } else if (tableDepth == 1 && "tr".equals(name)) {
            rows.add(new ArrayList<>());
        } else if (tableDepth == 1 && ("td".equals(name) || "th".equals(name)) && !rows.isEmpty()) {
            List<int[]> row = rows.get(rows.size() - 1);
            skipCovered(row);
            cellStart = current.length();
            cellBegan = cellStart;
            cellCoversColumn = false;
            cellColumns = span(atts, "colspan");
            int down = span(atts, "rowspan") - 1;
            cellSpansDown = down > 0;
            for (int c = row.size(); c < row.size() + cellColumns; c++) {
                while (coveredRows.size() <= c) coveredRows.add(0);
                coveredRows.set(c, down);
            }
        }
    }

    /** Puts an empty cell in each column, from the row's next, that a cell of a row above still covers. */
    private void skipCovered(List<int[]> row) {
        while (row.size() < coveredRows.size() && coveredRows.get(row.size()) > 0) {
            coveredRows.set(row.size(), coveredRows.get(row.size()) - 1);
            int[] above = row.size() < spanningDown.size() ? spanningDown.get(row.size()) : null;
            row.add(above == null ? COVERED : new int[] {above[0], above[1], DITTO_OF});
        }
    }

    private static int span(Attributes atts, String name) {
        String v = atts == null ? null : atts.getValue(name);
        if (v == null) return 1;
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if ("p".equals(name) && noteDepth > 0) {
            if (--noteDepth == 0 && !noteText.isEmpty()) pendingNotes.add(noteText.toString().strip());
            return;
        }
        if ("p".equals(name) && paragraphDepth > 0) paragraphDepth--;
        if ("head".equals(name)) depthInHead--;
        if ("pre".equals(name)) depthInPre--;
        boolean cell = "td".equals(name) || "th".equals(name);
        if (cell && tableDepth == 1 && cellStart >= 0 && !rows.isEmpty()) {
            List<int[]> row = rows.get(rows.size() - 1);
            int[] own = {cellStart, current.length()};
            while (spanningDown.size() <= row.size()) spanningDown.add(null);
            spanningDown.set(row.size(), cellSpansDown ? own : null);
            row.add(cellCoversColumn && current.substring(cellStart).isBlank() ? COVERED : own);
            for (int c = 1; c < cellColumns; c++) row.add(COVERED);
            cellSpansDown = false;
            cellStart = -1;
            cellColumns = 1;
        }
        if ("tr".equals(name) && tableDepth == 1 && !rows.isEmpty()) skipCovered(rows.get(rows.size() - 1));
        if (markup && tableDepth == 0) {
            if (("ol".equals(name) || "ul".equals(name)) && !lists.isEmpty()) {
                lists.removeLast();
            } else if ("li".equals(name) && !items.isEmpty() && !lists.isEmpty()) {
                markItem(items.removeLast(), lists.getLast());
            }
        }
        if (BLOCKS.contains(name)) newline();
        if ("p".equals(name) && paragraphDepth == 0 && !pendingNotes.isEmpty()) {
            for (String note : pendingNotes) current.append(note).append('\n');
            pendingNotes.clear();
        }
        if (cell) current.append(' ');
        // a covered column's cell leaves no text: the table's text reads as it did without it
        if (cell && cellCoversColumn && tableDepth == 1 && current.substring(cellBegan).isBlank()) {
            current.setLength(cellBegan);
            cellCoversColumn = false;
        }
        if ("table".equals(name) && tableDepth > 0 && --tableDepth == 0) writeTaskTableAsRows();
    }

    /** Rewrites the table just closed as rows of cells when it is a task table (see the class comment). */
    private void writeTaskTableAsRows() {
        if (tableStart > current.length()) return;
        if (rows.size() < 2) {
            dropDittos();
            return;
        }
        int columns = 0;
        for (List<int[]> row : rows) columns = Math.max(columns, row.size());
        if (columns < 3) {
            dropDittos();
            return;
        }
        List<String> head = new ArrayList<>();
        for (int r = 0; r < Math.min(2, rows.size()); r++) {
            for (int[] c : rows.get(r)) head.add(cellText(c));
        }
        if (!TableTrigger.headsTaskTable(head)) {
            dropDittos();
            return;
        }
        List<List<String>> texts = new ArrayList<>();
        for (List<int[]> row : rows) {
            if (row.isEmpty()) continue;
            List<String> t = new ArrayList<>();
            for (int[] c : row) {
                String text = c == COVERED ? null : cellText(c);
                // a header's cell merged down over its second row ("STT" over the sub-headers' row) is no ditto
                if (texts.size() < 2 && DocxMergedCells.DITTO.equals(text)) text = c.length > 2 ? null : "";
                t.add(text);
            }
            texts.add(t);
        }
        List<String> header = twoRowHeader(texts.get(0), texts.size() > 1 ? texts.get(1) : List.of(), columns);
        if (header != null) {
            texts.remove(0);
            texts.set(0, header);
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : texts) {
            List<String> cells = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) cells.add(i < row.size() && row.get(i) != null ? row.get(i) : "");
            out.append(TableText.row(cells)).append('\n');
        }
        // a paragraph of its own, as a PDF's table is: a blank line before and after its rows
        current.setLength(tableStart);
        newline();
        if (current.length() > 0) current.append('\n');
        current.append(out).append('\n');
        rows.clear();
    }

    /**
     * Drops the ditto marks of merged cells ({@link DocxMergedCells}) from a table written one cell a line (a header's
     * issuer and motto, a signature beside "Nơi nhận"): there a cell below another is no row of the same columns.
     */
    private void dropDittos() {
        int at = current.indexOf(DocxMergedCells.DITTO, tableStart);
        if (at < 0) return;
        String[] lines = current.substring(tableStart).split("\n", -1);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(DocxMergedCells.DITTO)) continue;
            kept.append(lines[i]);
            if (i < lines.length - 1) kept.append('\n');
        }
        current.setLength(tableStart);
        current.append(kept);
    }

    /**
     * A header of two rows as one, each column's headers joined ("Cơ quan thực hiện Chủ trì", "Cơ quan thực hiện
     * Phối hợp"), as a PDF's table is written; null when the second row is no sub-header row. The second row holds
     * sub-headers under a cell of the first that spans them, and nothing (a cell merged down from the first row) in
     * the other columns: {@code | TT | Nội dung | Cơ quan thực hiện | Thời gian |} over {@code | | | Chủ trì | Phối
     * hợp | |}. Where HTML gave the spans, each column is under its own cell; a DOCX gives none, so there each run of
     * sub-headers takes the next cell of the first row and each empty column one cell, and the first row's cells
     * must all be used so (two spanning cells side by side cannot be told apart: left as two rows).
     */
    static List<String> twoRowHeader(List<String> first, List<String> second, int columns) {
        if (second.size() != columns || second.isEmpty()) return null;
        List<String> top = new ArrayList<>();
        for (String c : first) if (c != null) top.add(c); // the columns a spanning cell covers hold nothing
        int subHeaders = 0;
        for (String c : second) {
            if (c == null || c.isEmpty()) continue;
            // a sub-header is a word or three ("Chủ trì", "Phối hợp", "Bắt đầu"), never a row's number or task
            if (c.split(" ").length > 4 || Character.isDigit(c.charAt(0))) return null;
            subHeaders++;
        }
        boolean firstEmpty = second.get(0) == null || second.get(0).isEmpty();
        if (subHeaders == 0 || subHeaders == columns || !firstEmpty) return null;
        List<String> merged = new ArrayList<>();
        if (first.size() == columns && first.contains(null)) {
            // HTML said which columns the spanning cells cover: each column under its own cell
            String above = "";
            for (int c = 0; c < columns; c++) {
                if (first.get(c) != null) above = first.get(c);
                String under = second.get(c) == null ? "" : second.get(c);
                merged.add((above + " " + under).strip());
            }
            return merged;
        }
        int k = 0;
        for (int c = 0; c < columns; ) {
            if (k >= top.size()) return null;
            String above = top.get(k++);
            if (second.get(c) == null || second.get(c).isEmpty()) {
                merged.add(above);
                c++;
                continue;
            }
            while (c < columns && second.get(c) != null && !second.get(c).isEmpty()) {
                merged.add((above + " " + second.get(c)).strip());
                c++;
            }
        }
        return k == top.size() ? merged : null;
    }

    /**
     * A cell's text on one line: its paragraphs joined by a space, a '|' written '/' (it would split the cell); a cell
     * whose every paragraph names a unit ("Phòng Nội vụ" / "Văn phòng HĐND và UBND huyện", a lead column's bodies one
     * a line) joins them with "; ", as such a list is printed on one line, so that they stay two units.
     */
    private String cellText(int[] cell) {
        if (cell == COVERED) return "";
        if (cell.length > 2) {
            // a row under a cell spanning down: the ditto mark, when the spanning cell holds text
            return cellText(new int[] {cell[0], cell[1]}).isEmpty() ? "" : DocxMergedCells.DITTO;
        }
        String t = current.substring(cell[0], Math.min(cell[1], current.length())).replace('|', '/');
        List<String> paragraphs = new ArrayList<>();
        for (String line : t.split("\n")) {
            String l = SPACE_RUN.matcher(line).replaceAll(" ").strip();
            if (!l.isEmpty()) paragraphs.add(l);
        }
        // a paragraph a body, each naming which and ending there (not "Văn phòng HĐND và" / "UBND xã", a name broken
        // by hand), as TableText tells a PDF cell's lines
        return TableText.bodiesALine(paragraphs) ? TableText.joinBodies(paragraphs) : String.join(" ", paragraphs);
    }

    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    @Override
    public void characters(char[] ch, int start, int length) {
        if (depthInHead > 0) return;
        if (holdsCoveredColumn(ch, start, length)) {
            // a covered column's mark is never text
            cellCoversColumn = true;
            String kept = new String(ch, start, length).replace(String.valueOf(DocxMergedCells.COVERED_COLUMN), "");
            if (!kept.isEmpty()) characters(kept.toCharArray(), 0, kept.length());
            return;
        }
        if (noteDepth > 0) {
            noteText.append(ch, start, length);
            return;
        }
        if (!markup || depthInPre > 0) {
            current.append(ch, start, length);
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            current.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
    }

    private static boolean holdsCoveredColumn(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) if (ch[i] == DocxMergedCells.COVERED_COLUMN) return true;
        return false;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (depthInHead > 0) return;
        current.append(ch, start, length);
    }

    /**
     * Puts the item's marker before its text, unless the text prints one itself or a table began inside the item
     * (the table's cells are kept by their offsets). The item's own text is all that moves.
     */
    private void markItem(int[] item, ListLevel list) {
        int start = item[0];
        String marker = marker(list);
        if (start > current.length() || item[1] != tablesBegun) return;
        int end = Math.min(current.length(), start + 16);
        if (PRINTED_MARKER.matcher(current.subSequence(start, end)).lookingAt()) return;
        if (blankFrom(start)) return;
        current.insert(start, marker);
    }

    /** Whether {@link #current} holds nothing but whitespace from {@code start} on (no copy of it). */
    private boolean blankFrom(int start) {
        for (int i = start; i < current.length(); i++) {
            if (!Character.isWhitespace(current.charAt(i))) return false;
        }
        return true;
    }

    /** The marker of the list's next item, counting it. */
    private static String marker(ListLevel list) {
        if (list.type.equals("-")) return "- ";
        int n = list.next++;
        return switch (list.type) {
            case "a" -> n <= 26 ? (char) ('a' + n - 1) + ") " : n + ". ";
            case "A" -> n <= 26 ? (char) ('A' + n - 1) + ". " : n + ". ";
            case "i" -> roman(n).toLowerCase(java.util.Locale.ROOT) + ". ";
            case "I" -> roman(n) + ". ";
            default -> n + ". ";
        };
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            while (n >= values[k]) {
                b.append(numerals[k]);
                n -= values[k];
            }
        }
        return b.toString();
    }

    private void newline() {
        int n = current.length();
        if (n > 0 && current.charAt(n - 1) != '\n') current.append('\n');
    }

    /**
     * Where a DOCX's text refers to a footnote or endnote, POI (under Tika) writes "[footnoteRef:2]" (the note's
     * id, not the number printed); the notes' own text follows the paragraph.
     */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+\\]");

    private void flushPage() {
        if (current.indexOf("noteRef:") >= 0) {
            String page = NOTE_REFERENCE.matcher(current).replaceAll("");
            current.setLength(0);
            current.append(page);
        }
        pages.add(current.toString());
        current.setLength(0);
    }

    /** The pages collected; call once, after parsing. */
    List<String> pages() {
        if (current.length() > 0 || pages.isEmpty()) flushPage();
        return pages;
    }
}
