package io.planex.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The footnotes a PDF page prints at its foot, and the markers in its body that point to them.
 *
 * <p>A word processor sets a footnote's number as a superscript, which a PDF's text layer gives as a plain digit
 * glued to what it follows: "... của Bộ Chính trị1 và Kế hoạch số 88-KH/TU ... Tỉnh ủy2," and, at the page's foot,
 * "1Kết luận số 150-KL/TW ngày ..." / "2Kế hoạch số 88-KH/TU ...". The glued digits spoil what they touch (a
 * reporting day "trước ngày 30/11" followed by marker 4 reads "30/114", a symbol "57-NQ/TW" followed by marker 3
 * "57-NQ/TW3"), and the footnotes stand between a paragraph that runs over the page and its end on the next page.
 *
 * <p>A page's footnotes are its last lines from a line that opens with a number glued to a capital (or one space
 * apart), the numbers going up by one to the last such line, the lines between them the notes' own wrapped lines.
 * They are taken for footnotes only when the page's body, above them, holds a marker for every one of them, in
 * order: the number glued to a letter or a closing mark ("trị1", "TW3", "ủy2,"), or to a date it makes impossible
 * ("30/114", "15/12/20262"). A table's numbered rows at a page's foot ("4 Tổ chức ...", "5 Kiểm tra ...") have no
 * such markers above them and are left alone. Pure and thread-safe.
 */
final class PageFootnotes {
    private PageFootnotes() {}

    /** At most this many lines of footnotes at a page's foot. */
    static final int MAX_LINES = 24;

    /** A page's footnotes: the index of their first line, and the markers in the body to drop. */
    record Found(int firstLine, List<Marker> markers) {}

    /** A footnote marker: the line it is in and its chars {@code [from, to)}. */
    record Marker(int line, int from, int to) {}

    /**
     * The footnotes at the foot of a page whose non-empty lines (stripped) are {@code lines}, or null when it has none.
     */
    static Found find(List<String> lines) {
        int first = -1;
        int expected = -1;
        int firstNumber = -1;
        int lastNumber = -1;
        for (int i = lines.size() - 1; i >= 1 && lines.size() - i <= MAX_LINES; i--) {
            int n = noteNumber(lines.get(i));
            if (n < 0) continue;
            if (expected >= 0 && n != expected) return null; // "1Kết luận" above "3Kế hoạch": not notes in order
            if (lastNumber < 0) lastNumber = n;
            first = i;
            firstNumber = n;
            expected = n - 1;
            if (expected == 0) break;
        }
        if (first < 1) return null;
        List<Marker> markers = new ArrayList<>();
        int line = 0;
        int from = 0;
        for (int n = firstNumber; n <= lastNumber; n++) {
            Marker m = marker(lines, first, Integer.toString(n), line, from);
            if (m == null) return null;
            markers.add(m);
            line = m.line();
            from = m.to();
        }
        return new Found(first, markers);
    }

    /** The number a footnote's first line opens with ("1Kết luận ...", "2 Kế hoạch ..."); -1 when it opens with none. */
    static int noteNumber(String line) {
        int i = 0;
        int n = 0;
        while (i < line.length() && i < 2 && Character.isDigit(line.charAt(i))) n = n * 10 + (line.charAt(i++) - '0');
        if (i == 0 || n == 0 || i >= line.length()) return -1;
        if (line.charAt(i) == ' ') i++;
        return i < line.length() && Character.isUpperCase(line.codePointAt(i)) ? n : -1;
    }

    /** The first marker {@code number} in the body's lines (those before {@code bodyEnd}) from a line and column on. */
    private static Marker marker(List<String> lines, int bodyEnd, String number, int fromLine, int fromColumn) {
        for (int l = fromLine; l < bodyEnd; l++) {
            String s = lines.get(l);
            int at = s.indexOf(number, l == fromLine ? fromColumn : 0);
            while (at >= 0) {
                if (isMarker(s, at, at + number.length())) return new Marker(l, at, at + number.length());
                at = s.indexOf(number, at + 1);
            }
        }
        return null;
    }

    /** Whether the digits {@code [from, to)} of a body line are a footnote's marker glued to what they follow. */
    static boolean isMarker(String s, int from, int to) {
        if (from == 0) return false;
        if (to < s.length() && !endsMarker(s.charAt(to))) return false;
        char before = s.charAt(from - 1);
        // (or to a unit's sign printed after a number: "ranh mặn 4‰3", "đạt 95%2")
        if (Character.isLetter(before) || ")”\"’'‰%°".indexOf(before) >= 0) return true;
        // after a stop or a comma that ends a word ("Bộ Chính trị.1"), not inside a number ("mục 2.1", "1,5")
        if (".,;:".indexOf(before) >= 0) return from >= 2 && Character.isLetter(s.charAt(from - 2));
        if (!Character.isDigit(before)) return false;
        // glued to a number: only where the digits make a date impossible that is one without them
        int start = from;
        while (start > 0 && (Character.isDigit(s.charAt(start - 1)) || "/.-".indexOf(s.charAt(start - 1)) >= 0)) start--;
        if (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) return false;
        return isDate(s.substring(start, from)) && !isDate(s.substring(start, to));
    }

    private static boolean endsMarker(char c) {
        return Character.isWhitespace(c) || ".,;:)”\"’'!?".indexOf(c) >= 0;
    }

    /** "30/11", "30/11/2026", "30.11.2026", "2026": a day and month (and year), or a year, as a date is printed. */
    static boolean isDate(String s) {
        String[] parts = s.split("[/.-]", -1);
        if (parts.length == 1) return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
        if (parts.length > 3) return false;
        if (parts[0].isEmpty() || parts[0].length() > 2 || parts[1].isEmpty() || parts[1].length() > 2) return false;
        if (parts.length == 3 && parts[2].length() != 4) return false;
        int day = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
