package io.planex.extract.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task tables whose rows reach the text as one line each with single spaces between the cells, as OCR reads a
 * scanned table and PDF text extraction reads a table drawn without rules: "TT Nội dung Cơ quan chủ trì Cơ quan
 * phối hợp Thời gian hoàn thành" and then "1 Xây dựng bản đồ số du lịch Trung tâm Thông tin tỉnh Sở Xây dựng Quý
 * II/2026". Nothing marks where a cell ends, so a row is read from its end: the time cell is the time expression
 * that ends the line; before it, the bodies of the lead and partner cells are names that follow one another up to
 * it, each opening with a unit's head ("Sở", "Trung tâm", "UBND", "Các doanh nghiệp": {@link UnitNames#headLength});
 * the task's text is what comes before them. Names joined by a comma, a semicolon or "và" are one cell (a list of
 * bodies); the first cell is the lead, the next the partners when the header has a partner column.
 *
 * <p>A name is a cell only when it runs to the next name or the time: a body named inside the task's text ("Tham
 * mưu UBND tỉnh ban hành ...") is followed by a verb, and stays text. A cell that wrapped keeps the words of its
 * row's line only (the continuation lines, in lower case, are passed over); the table ends at the first line that
 * is neither a row nor such a continuation. Pure and thread-safe.
 */
final class FlatTaskRows {
    private FlatTaskRows() {}

    /** The header: a row-number column, then the other columns' names on the same line. */
    private static final Pattern HEADER = Pattern.compile("(?iu)^ *" + TaskTable.NUMBER_HEADER_WORDS + " +(.+)$");
    /**
     * The lead column's name; "Cơ quan chủ" alone too: a header cell wraps ("Cơ quan chủ" / "trì"), and OCR or the
     * text layer puts the wrapped words on the line below, after the other columns' first words.
     */
    private static final Pattern LEAD_COLUMN = Pattern.compile(
            "(?iu)(?:cơ quan|đơn vị|bộ phận)(?:,? đơn vị)?\\s+(?:chủ(?: trì)?|thực hiện|chịu trách nhiệm|phụ trách)(?![\\p{L}])|chủ trì");
    private static final Pattern PARTNER_COLUMN = Pattern.compile("(?iu)phối(?: hợp)?(?![\\p{L}])");
    private static final Pattern TIME_COLUMN = Pattern.compile("(?iu)thời gian|thời hạn|tiến độ");
    private static final Pattern ROW = Pattern.compile("^ *(\\d{1,3})\\.? +(?=\\S)");
    private static final String YEAR = "(?:/|-|\\s+năm\\s+)\\s*\\d{4}(?:\\s*,\\s*\\d{4})?";
    /** A time cell that ends a row: a day, a quarter or month (lists of them), a year or a span of years, or "always". */
    private static final Pattern TIME_AT_END = Pattern.compile("(?iu)(?<![\\p{L}\\d/])(?:"
            + "(?:(?:hoàn\\s+thành\\s+)?(?:trước|chậm\\s+nhất)\\s+)?(?:ngày\\s+)?\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}"
            + "|(?:trong\\s+)?(?:quý|quí)\\s+(?:IV|III|II|I|[1-4])(?:\\s*(?:,|-|–|và)\\s*(?:(?:quý|quí)\\s+)?(?:IV|III|II|I|[1-4]))*\\s*" + YEAR
            + "|(?:trong\\s+)?tháng\\s+\\d{1,2}(?:\\s*(?:,|-|–|và|đến)\\s*(?:tháng\\s+)?\\d{1,2})*\\s*" + YEAR
            + "|(?:năm\\s+)?\\d{4}(?:\\s*[-–]\\s*\\d{4})?"
            + "|thường\\s+xuyên|hằng\\s+năm|hàng\\s+năm)[ \\t.;]*$");
    /** What may stand between a name and the next: spaces and punctuation, or a comma, a semicolon or "và". */
    private static final Pattern GAP = Pattern.compile("(?iu)^(?:[\\s,.;:]*|\\s*(?:[,;]|và(?=\\s))\\s*(?:và\\s+)?)$");

    /** The rows of the single-spaced task tables of {@code text}. */
    static List<TaskTable.Row> read(String text) {
        List<TaskTable.Row> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int header = nextHeader(text, from);
            if (header < 0) return out;
            int end = lineEnd(text, header);
            String headerLine = text.substring(header, end);
            Matcher h = HEADER.matcher(headerLine);
            from = end;
            // cells kept apart by bars, tabs or runs of spaces are TaskTable's to read
            if (keepsCellsApart(headerLine) || !h.matches()) continue;
            String columns = h.group(1);
            Matcher lead = LEAD_COLUMN.matcher(columns);
            Matcher time = TIME_COLUMN.matcher(columns);
            boolean hasLead = lead.find();
            boolean hasTime = time.find();
            Matcher partner = PARTNER_COLUMN.matcher(columns);
            boolean hasPartner = partner.find();
            // the lead, the partners, the time last: the columns' usual order, which the reading from the end relies on
            if (!hasLead || !hasTime || time.start() < lead.start()
                    || hasPartner && (partner.start() < lead.start() || partner.start() > time.start())) {
                continue;
            }
            // a column between the bodies and the time ("Sản phẩm": "Quyết định của UBND tỉnh") ends its rows in
            // words that may name a body, which would read as the lead: such a table gives its times only
            boolean leads = columns.substring(hasPartner ? partner.end() : lead.end(), time.start())
                    .codePoints().noneMatch(Character::isLetter);
            from = readRows(text, end, hasPartner, leads, out);
        }
    }

    /** Reads the rows after a header ending at {@code pos}; returns where the table ends. */
    private static int readRows(String text, int pos, boolean hasPartner, boolean leads, List<TaskTable.Row> out) {
        while (pos < text.length()) {
            int start = pos + 1;
            if (start >= text.length()) return text.length();
            int end = lineEnd(text, start);
            String line = text.substring(start, end);
            if (line.isBlank()) {
                pos = end;
                continue;
            }
            if (keepsCellsApart(line)) return start;
            Matcher row = ROW.matcher(line);
            if (row.lookingAt()) {
                TaskTable.Row r = row(line, row.end(), start, hasPartner, leads);
                if (r != null) out.add(r);
            } else if (!Character.isLowerCase(line.strip().codePointAt(0))) {
                return start;
            }
            pos = end;
        }
        return pos;
    }

    /**
     * One row: {@code line} from {@code bodyStart} (after its number), at {@code offset} in the text, its lead read
     * when {@code leads}; null if unread.
     */
    static TaskTable.Row row(String line, int bodyStart, int offset, boolean hasPartner, boolean leads) {
        Matcher t = TIME_AT_END.matcher(line).region(bodyStart, line.length());
        int timeStart = -1;
        // the longest time expression that ends the line: the matcher is tried from each word on
        for (int i = bodyStart; i < line.length() && timeStart < 0; i++) {
            if (i > bodyStart && line.charAt(i - 1) != ' ') continue;
            t.region(i, line.length());
            if (t.lookingAt()) timeStart = i;
        }
        if (timeStart < 0) return null;
        String time = line.substring(timeStart).strip().replaceAll("[ \\t.;]+$", "");
        List<int[]> names = leads ? trailingNames(line, bodyStart, timeStart) : List.of();
        String lead = null;
        int leadStart = -1;
        if (!names.isEmpty() && names.get(0)[0] > bodyStart) {
            // the first cell: names joined by a comma, a semicolon or "và"; then the partners' cell, if any
            int last = 0;
            while (last + 1 < names.size() && (!hasPartner || joined(line, names.get(last), names.get(last + 1)))) last++;
            leadStart = names.get(0)[0];
            lead = line.substring(leadStart, names.get(last)[1]).strip().replaceAll("[,;]+$", "");
        }
        if (lead == null && time.isEmpty()) return null;
        return new TaskTable.Row(lead, lead == null ? -1 : offset + leadStart, time, offset + timeStart);
    }

    /**
     * The names that follow one another up to {@code to} ({start, end} in the line), each opening with a unit's head
     * and running, as a name reads, at least to the next one; empty when the text before {@code to} ends otherwise.
     */
    private static List<int[]> trailingNames(String line, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i > from && line.charAt(i - 1) != ' ') continue;
            if (!Character.isUpperCase(line.charAt(i))) continue;
            if (UnitNames.headLength(line.substring(i, to)) > 0) starts.add(i);
        }
        List<int[]> names = new ArrayList<>();
        int next = to;
        for (int k = starts.size() - 1; k >= 0; k--) {
            int s = starts.get(k);
            String rest = line.substring(s, to);
            int end = s + UnitNames.nameEnd(rest, UnitNames.headLength(rest));
            if (end < next && !GAP.matcher(line.substring(end, next)).matches()) {
                break; // a name inside the task's text: words that are no name follow it
            }
            names.add(0, new int[] {s, Math.min(end, next)});
            next = s;
        }
        // a head alone is no name: "Văn phòng" before "UBND tỉnh", "Sở" after "Văn phòng" are one name with it
        for (int k = 0; k < names.size(); k++) {
            int[] n = names.get(k);
            if (!headOnly(line, n)) continue;
            if (k + 1 < names.size() && !joined(line, n, names.get(k + 1))) {
                names.get(k + 1)[0] = n[0];
                names.remove(k--);
            } else if (k > 0 && k + 1 == names.size() && !joined(line, names.get(k - 1), n)) {
                names.get(k - 1)[1] = n[1];
                names.remove(k--);
            }
        }
        return names;
    }

    /**
     * Whether {@code name} is its head and nothing more ("Sở", "Văn phòng"); a plural ("Các sở", "Các doanh
     * nghiệp") is a whole name.
     */
    private static boolean headOnly(String line, int[] name) {
        String text = line.substring(name[0], name[1]).strip();
        return !text.regionMatches(true, 0, "các ", 0, 4) && UnitNames.headLength(text) >= text.length();
    }

    /** Whether two names that follow one another are of one cell: a comma, a semicolon or "và" between them. */
    private static boolean joined(String line, int[] a, int[] b) {
        String between = line.substring(a[0], b[0]).stripTrailing();
        return between.endsWith(",") || between.endsWith(";") || between.endsWith(" và");
    }

    /** The offset of the next line at or after {@code from} that may open a header ("TT", "STT", "Số TT"), or -1. */
    private static int nextHeader(String text, int from) {
        int at = from;
        while (true) {
            int tt = text.indexOf("TT", at);
            if (tt < 0) return -1;
            at = tt + 2;
            // "TT" also ends "STT" and opens "TT-BTC" in symbols: only a line's first word counts, a few chars in; the
            // line's start is looked for that far back only (a text of one long line has "TT" all along it)
            int lineStart = -1;
            for (int k = tt - 1; k >= Math.max(from, tt - 8) - 1; k--) {
                if (k < from) {
                    if (from == 0 || text.charAt(from - 1) == '\n') lineStart = from;
                    break;
                }
                if (text.charAt(k) == '\n') {
                    lineStart = k + 1;
                    break;
                }
            }
            if (lineStart < 0) continue;
            String before = text.substring(lineStart, tt).strip().toLowerCase(Locale.ROOT);
            if (before.isEmpty() || before.equals("s") || before.equals("số") || before.equals("sô")) return lineStart;
        }
    }

    /** A '|', a tab or two spaces in a row between words: a line whose cells are kept apart. */
    private static boolean keepsCellsApart(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('\t') >= 0 || TaskTable.hasGapBetweenWords(line);
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
