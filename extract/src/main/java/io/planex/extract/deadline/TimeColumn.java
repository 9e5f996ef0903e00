package io.planex.extract.deadline;

import io.planex.extract.text.TextChars;
import io.planex.extract.unit.TaskTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time column of a task table that reaches the text one cell a line, as Tika gives a DOCX or HTML table:
 * the header cells ("TT", "Nội dung", "Cơ quan chủ trì", ..., "Thời gian hoàn thành") one a line, then each row's
 * cells one a line, an empty cell an empty line. Empty cells and cells wrapped over several lines make counting
 * columns unreliable, so a cell of the time column is recognised by what it is: a line that is wholly a time
 * expression ("Quý III, IV/2025", "Tháng 8/2024", "2024 - 2025", "Năm 2025") inside a table whose header names
 * a time column. "Thường xuyên", "Hằng năm" and other undated cells are no deadline.
 */
final class TimeColumn {
    /** A time cell: the line's offsets and the parsed expression. */
    record Cell(int start, int end, TimeExpressions.Parsed when) {}

    private static final Pattern NUMBER_HEADER = Pattern.compile("(?iu)^(?:s[ốô]\\s*)?s?tt\\.?$");
    /** A time column's header, as {@link TaskTable} reads it (a schedule of events is none). */
    private static final Pattern TIME_HEADER = Pattern.compile(
            "(?iu)^" + TaskTable.TIME_WORDS + "(?![\\p{L}])" + TaskTable.NOT_A_SCHEDULE + ".{0,40}$");
    /** Where the table is over: the next section of the body, the closing formula, the recipients. */
    private static final Pattern TABLE_END = Pattern.compile(
            "(?u)^(?:[IVX]{1,5}\\s*[.)]\\s*\\p{L}.*|\\d{1,2}\\s*[.)]\\s*\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){3,}.*"
                    + "|Trên đây.*|Nơi nhận.*|NƠI NHẬN.*|(?:TM|KT|TL|T/M|K/T)\\s*[./].*)$");
    private static final Pattern CELL_TAIL = Pattern.compile("[\\s.;,]+$");
    private static final int MAX_HEADER_LINES = 12;
    private static final int MAX_TABLE_LINES = 2000;

    private TimeColumn() {}

    static List<Cell> cells(String text) {
        char[] chars = TextChars.of(text);
        List<int[]> lines = lines(chars);
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!mayBeNumberHeader(chars, lines.get(i))) continue;
            if (!NUMBER_HEADER.matcher(line(text, lines.get(i))).matches()) continue;
            String timeHeader = null;
            List<String> headers = new ArrayList<>();
            int j = i + 1;
            for (int seen = 0; j < lines.size() && seen < MAX_HEADER_LINES; j++) {
                String h = line(text, lines.get(j));
                if (h.isEmpty()) continue;
                if (h.matches("\\d{1,3}\\.?|[IVX]{1,5}\\.?|[A-Z]\\.?")) break; // the first row's number
                if (timeHeader == null && TIME_HEADER.matcher(h).matches()) timeHeader = h;
                headers.add(h);
                seen++;
            }
            // (a list of projects: its "Thời gian thực hiện" is each project's period, no due)
            if (timeHeader == null || TaskTable.projectPeriod(timeHeader, headers)) continue;
            int k = j;
            for (; k < lines.size() && k - j < MAX_TABLE_LINES; k++) {
                int[] l = lines.get(k);
                String c = line(text, l);
                if (c.isEmpty()) continue;
                if (TABLE_END.matcher(c).matches() || NUMBER_HEADER.matcher(c).matches()) break;
                String bare = CELL_TAIL.matcher(c).replaceFirst("");
                if (bare.isEmpty()) continue;
                parse(bare).filter(p -> p.end() == bare.length())
                        .ifPresent(p -> out.add(new Cell(l[0], l[0] + bare.length(), p)));
            }
            i = k - 1;
        }
        return out;
    }

    /** A marker a time cell may open with: "Trước ngày", "Chậm nhất", "Đến hết", "Hoàn thành trong", "Trong". */
    private static final Pattern CELL_MARKER = Pattern.compile(
            "(?iu)^(?:hoàn\\s+thành\\s+)?(?:trước|chậm\\s+nhất(?:\\s+(?:là|vào|đến|trước))?|đến(?:\\s+hết)?|trong|xong\\s+trước"
                    + "|hoàn\\s+thành)?\\s*");
    /** "và các năm tiếp theo", "và những năm sau": the years after the one named, without end. */
    private static final Pattern GOES_ON = Pattern.compile(
            "(?iu)(?:các|những)\\s+năm\\s+(?:tiếp\\s+theo|sau|kế\\s+tiếp)(?![\\p{L}])");
    private static final Pattern CELL_WINDOW_START = Pattern.compile("(?iu)^từ\\s+(?=ngày|tháng|quý|qúy|năm|\\d)");
    private static final Pattern CELL_WINDOW_TO = Pattern.compile("(?iu)\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?");

    /**
     * The time a task-table cell gives: "Quý III, IV/2025", "30/6/2025", "Trước ngày 30/6/2025", "Đến hết tháng
     * 6/2025", "Từ tháng 3 đến tháng 6/2025" (a window: its end); a bare year counts here. The parse's end is an
     * offset into {@code cell}.
     */
    static java.util.Optional<TimeExpressions.Parsed> parse(String cell) {
        // "Năm 2026 và các năm tiếp theo": a task begun in a year and going on after it has no due
        if (GOES_ON.matcher(cell).find()) return java.util.Optional.empty();
        // "Từ tháng 3 đến tháng 6/2025" is a window, due at its end; so is "01/9 - 15/9/2026", "Quý II - Quý III/2026"
        // printed without "Từ"; a single time after a marker ("Trước ngày", "Chậm nhất") is the time itself
        java.util.regex.Matcher w = CELL_WINDOW_START.matcher(cell);
        boolean window = w.lookingAt();
        java.util.regex.Matcher m = CELL_MARKER.matcher(cell);
        int from = window ? w.end() : m.lookingAt() ? m.end() : 0;
        java.util.Optional<TimeExpressions.Parsed> first = TimeExpressions.any(cell, from, true);
        if (first.isEmpty()) return first;
        java.util.regex.Matcher to = CELL_WINDOW_TO.matcher(cell).region(first.get().end(), cell.length());
        java.util.Optional<TimeExpressions.Parsed> last = to.lookingAt()
                ? TimeExpressions.any(cell, to.end(), true) : java.util.Optional.empty();
        if (window || last.isPresent()) return last;
        // "Tháng 4/2027" / "Tháng 10/2027" (a task done twice, its cell's lines run together), "Quý II, Quý IV/2026":
        // times one after another are due by the last, as "Quý III, IV/2025" is at the end of the last quarter
        java.util.Optional<TimeExpressions.Parsed> latest = first;
        while (true) {
            int pos = latest.get().end();
            while (pos < cell.length() && (Character.isWhitespace(cell.charAt(pos)) || cell.charAt(pos) == ','
                    || cell.charAt(pos) == ';')) {
                pos++;
            }
            if (cell.startsWith("và ", pos)) pos += 3;
            // "Trước ngày 10/7/2027 Trước ngày 15/12/2027": two dues, each with its marker, read as the text's own
            java.util.Optional<TimeExpressions.Parsed> next = pos < cell.length()
                    ? TimeExpressions.any(cell, pos, true) : java.util.Optional.empty();
            // (a parse always reads on past where it starts; the guard keeps the loop finite whatever a reader does)
            if (next.isEmpty() || next.get().end() <= pos) return latest;
            latest = next;
        }
    }

    /** A label cell alone on its line: "Thời hạn", "Thời gian hoàn thành:", "Tiến độ thực hiện". */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?iu)^[-+•]?\\s*(?:(thời\\s+hạn(?:\\s+hoàn\\s+thành)?|thời\\s+gian\\s+hoàn\\s+thành|hạn\\s+hoàn\\s+thành"
                    + "|tiến\\s+độ\\s+hoàn\\s+thành)|thời\\s+gian(?:\\s+thực\\s+hiện)?|tiến\\s+độ(?:\\s+thực\\s+hiện)?)\\s*:?$");

    /**
     * A label and its value in cells of their own, as a two-column DOCX layout of a task reaches the text
     * ("Thời hạn" / "Tháng 10/2025"): the line after the label, when it is wholly a time. A due label ("Thời hạn",
     * "Thời gian hoàn thành") takes a day or a period; a bare "Thời gian" or "Tiến độ" only a period, as a day
     * there may be an event's.
     */
    static List<Cell> labelled(String text) {
        List<int[]> lines = lines(TextChars.of(text));
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!mayBeLabelLine(text, lines.get(i))) continue;
            java.util.regex.Matcher label = LABEL_LINE.matcher(line(text, lines.get(i)));
            if (!label.matches()) continue;
            boolean due = label.group(1) != null;
            int j = i + 1;
            while (j < lines.size() && line(text, lines.get(j)).isEmpty()) j++;
            if (j >= lines.size()) break;
            int[] l = lines.get(j);
            String bare = CELL_TAIL.matcher(line(text, l)).replaceFirst("");
            if (bare.isEmpty()) continue;
            parse(bare).filter(p -> p.end() == bare.length() && (due || p.period()))
                    .ifPresent(p -> out.add(new Cell(l[0], l[0] + bare.length(), p)));
        }
        return out;
    }

    /**
     * Whether {@code LABEL_LINE} can match the line {@code l} of {@code text}: only when its last char ends one of the
     * labels ("hạn", "thành", "gian", "hiện", "độ", as the pattern's case-insensitive match compares chars) or is the
     * colon, or is a space or a line terminator (before which {@code $} may match). Saves a substring and a matcher for nearly
     * every line of a text.
     */
    static boolean mayBeLabelLine(String text, int[] l) {
        if (l[1] <= l[0]) return true;
        char last = text.charAt(l[1] - 1);
        // spaces may close a match (\\s*) on a line that is not stripped; lines() strips them, so this is rare
        if (last == ':' || last == '\u0085' || Character.isWhitespace(last)) return true;
        char key = Character.toLowerCase(Character.toUpperCase(last));
        return key == 'n' || key == 'h' || key == 'ộ';
    }

    /**
     * Whether {@code NUMBER_HEADER} ("STT", "Số TT") can match the stripped line {@code l}: not when it is empty (a
     * match holds "tt"), and only when its last char can end a match: a 't' or '.' (as the pattern's
     * case-insensitive match compares them) or a line terminator before which {@code $} may match. Every line of a
     * text was copied and matched; nearly none ends so. (The task table's test of the same pattern, TaskTable.)
     */
    static boolean mayBeNumberHeader(char[] text, int[] l) {
        if (l[1] <= l[0]) return false;
        char last = text[l[1] - 1];
        char key = Character.toLowerCase(Character.toUpperCase(last));
        return key == 't' || last == '.' || TextChars.isLineTerminator(last);
    }

    static boolean isNumberHeaderByPattern(String line) {
        return NUMBER_HEADER.matcher(line).matches();
    }

    static boolean isLabelLineByPattern(String line) {
        return LABEL_LINE.matcher(line).matches();
    }

    /** {start, end} of every line, stripped of surrounding spaces (an empty line keeps an empty range). */
    private static List<int[]> lines(char[] text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length;
        int pos = 0;
        while (pos <= n) {
            int nl = pos;
            while (nl < n && text[nl] != '\n') nl++;
            int s = pos;
            int e = nl;
            while (s < e && Character.isWhitespace(text[s])) s++;
            while (e > s && Character.isWhitespace(text[e - 1])) e--;
            out.add(new int[] {s, e});
            if (nl == n) break;
            pos = nl + 1;
        }
        return out;
    }

    private static String line(String text, int[] l) {
        return text.substring(l[0], l[1]);
    }
}
