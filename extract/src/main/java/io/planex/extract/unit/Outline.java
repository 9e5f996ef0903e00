package io.planex.extract.unit;

import io.planex.extract.text.TextChars;
import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of a text and their list markers, rebuilt from physical lines.
 *
 * <p>Texts come in two layouts: PDF extraction breaks every visual line (often with blank lines between them)
 * and a sentence runs over several lines; other sources give one paragraph a line. A line continues the previous
 * paragraph when it carries no list marker and the previous line did not end a sentence and either this line
 * starts in lower case, the previous line ends on a connecting word, or (PDF layout) the previous line filled the
 * usual line width. Headings are short, so they stay separate from the text under them.
 */
public final class Outline {
    /** List marker kinds, outermost first. */
    public enum Marker { ROMAN, NUMBER, LETTER, DASH, PLUS, BULLET, ARTICLE, NONE }

    /**
     * One paragraph.
     *
     * @param start     offset of its first character (marker included)
     * @param end       end offset (exclusive) of its last line
     * @param marker    list marker kind
     * @param depth     for NUMBER: count of numbers ("1." 1, "1.1." 2); else 0
     * @param text      content without the marker, lines joined by one space
     * @param segments  for each joined line: {offset in text, offset in source, length}
     * @param caps      the content has letters and none in lower case
     */
    public record Paragraph(int start, int end, Marker marker, int depth, String text, int[][] segments,
                            boolean caps) {
        /** Source offset of a position in {@link #text()}. */
        public int sourceOffset(int textIndex) {
            int[] best = segments[0];
            for (int[] s : segments) {
                if (s[0] <= textIndex) best = s;
                else break;
            }
            return best[1] + Math.min(Math.max(0, textIndex - best[0]), best[2]);
        }

        /** Rank in the outline: smaller is outer. Unmarked all-caps lines count as top-level headings. */
        public int rank() {
            return switch (marker) {
                case ROMAN, ARTICLE -> 1;
                case NUMBER -> 1 + depth;
                case LETTER -> 6;
                case DASH, BULLET -> 7;
                case PLUS -> 8;
                case NONE -> caps ? 1 : 9;
            };
        }

        public boolean isListItem() {
            return marker != Marker.NONE;
        }
    }

    // "II/ NHIỆM VỤ" is a part, "II/2027." (a quarter "quý II/2027" wrapped to the line's start) is not: a year follows
    // "Phần VI. PHÂN CÔNG THỰC HIỆN": a scheme's or programme's part named as such before its number
    private static final Pattern ROMAN = Pattern.compile("^(?:(?:Phần|PHẦN)\\s+)?([IVXL]{1,5})\\s*(?:[.):]|[/-](?!\\s*\\d))\\s*(?=\\S)");
    // "1- Các huyện ủy ..." is the Party documents' form of "1."; a symbol wrapped to the line's start ("57- KL/TW
    // ngày ...") is not an item: a type code and its slash follow its dash
    // "1/ Phòng Nội vụ: ...", "a/ ...": a slash after the number or letter, as some offices type it (not a symbol
    // wrapped after its number's slash: "12/ KH-UBND ngày ...", a type code and its dash or slash follow)
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:\\s*[.)](?=\\s|\\p{L})"
            + "|(?<=\\d\\.\\d{1,2})(?=\\s)|-(?=\\s+(?!\\p{Lu}{1,6}\\s*/)\\p{L})|/(?=\\s+(?!\\p{Lu}{1,8}\\s*[-/])\\p{L}))\\s*(?=\\S)");
    private static final Pattern LETTER = Pattern.compile(
            "^([a-zđ])\\s*[)]\\s*(?=\\S)|^([a-zđ])\\.\\s+(?=\\p{L})|^([a-zđ])/\\s+(?=\\p{L})");
    /** An article, maybe quoted where a decision writes an amended article out anew ("“Điều 2. Nhiệm vụ của Tổ ..."). */
    private static final Pattern ARTICLE = Pattern.compile("^([“\"]?)(Điều|ĐIỀU)\\s+\\d{1,3}\\s*[.:]?\\s*");
    private static final Pattern BULLET = Pattern.compile("^([-–—+•·▪◦●○■□►➢✓*])\\s*(?=[\\p{L}\\d\"“(])");
    /** The marker patterns, each anchored with ^ in every branch (for the test that lookingAt finds what find() does). */
    static List<Pattern> anchoredMarkerPatterns() {
        return List.of(ARTICLE, ROMAN, NUMBER, LETTER, BULLET);
    }

    /** The chars besides ASCII digits and small letters a marker can open with (ARTICLE, ROMAN, LETTER, BULLET). */
    private static final String MARKER_FIRST = "ĐIVXLđ-–—+•·▪◦●○■□►➢✓*“\"";
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:-\\s*)?\\d{1,3}(?:\\s*-)?$");
    static final Pattern CONNECTOR_END = Pattern.compile(
            "(?:,|-|–|\\b(?:và|của|các|với|cho|về|trong|tại|theo|những|là|được|đến|để|hoặc|số|ngày))$");

    private final String text;
    private final List<Paragraph> paragraphs;
    /** Each paragraph's start, increasing (paragraphs are runs of distinct lines in text order). */
    private final int[] starts;

    private Outline(String text, List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.starts = new int[paragraphs.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = paragraphs.get(i).start();
    }

    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /**
     * Index of the paragraph containing the offset, else of the last paragraph before it, or -1 before the first.
     * Paragraphs do not overlap and their starts increase, so that is the last paragraph starting at or before the
     * offset: a binary search (a walk from the first paragraph made every deadline of a long text cost the text).
     */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    private record Line(int start, int end, String text) {}

    /**
     * The last outline built on this thread: the unit and deadline extractors both read the outline of the same
     * text, one after the other, and building it (a pass of line regexes and paragraph copies) is not free.
     */
    private static final ThreadLocal<Outline> LAST = new ThreadLocal<>();

    /** The outline of {@code text}; the same object for the same text instance read twice in a row on a thread. */
    public static Outline of(String text) {
        Outline last = LAST.get();
        if (last != null && text != null && last.text == text) return last;
        Outline built = build(text);
        LAST.set(text == null ? null : built);
        return built;
    }

    static Outline build(String text) {
        String t = text == null ? "" : text;
        // The chars from the text's shared array (the extractors' scans made it already; String.charAt under C1 is
        // a call), and a line's own string only when a pattern must read it: a copy of every line was the largest
        // cost of the outline of a 24 MB text.
        char[] c = TextChars.of(t);
        int n = c.length;
        List<Span> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= n) {
            int nl = pos;
            while (nl < n && c[nl] != '\n') nl++;
            int s = pos;
            int e = nl;
            while (s < e && Character.isWhitespace(c[s])) s++;
            while (e > s && Character.isWhitespace(c[e - 1])) e--;
            if (e > s) {
                Span line = new Span(t, s, e);
                if (!isPageNumber(line, c)) lines.add(line);
            }
            if (nl == n) break;
            pos = nl + 1;
        }
        int width = typicalWidthOfSpans(lines);
        boolean layout = width > 0 && width < 150;

        List<Paragraph> out = new ArrayList<>();
        Builder current = null;
        Span previous = null;
        for (Span line : lines) {
            MarkerMatch m = marker(line, c);
            boolean join = current != null && m.kind() == Marker.NONE && previous != null
                    && continues(previous, line, c, current, width, layout);
            if (join) {
                current.add(line.start, line.end, line.start);
                current.end = line.end;
            } else {
                if (current != null) out.add(current.build());
                current = new Builder(line.start, m.kind(), m.depth(), c);
                current.add(line.start + m.length(), line.end, line.start + m.length());
                current.end = line.end;
            }
            previous = line;
        }
        if (current != null) out.add(current.build());
        return new Outline(t, List.copyOf(out));
    }

    /** A stripped, non-empty line {@code [start, end)} of a text; its string made when first asked for. */
    private static final class Span {
        final String of;
        final int start;
        final int end;
        private String text;

        Span(String of, int start, int end) {
            this.of = of;
            this.start = start;
            this.end = end;
        }

        String text() {
            if (text == null) text = of.substring(start, end);
            return text;
        }
    }

    /** {@link #isPageNumber(String)} of the line: its first char read from the array. */
    private static boolean isPageNumber(Span line, char[] c) {
        char first = c[line.start];
        if (first != '-' && (first < '0' || first > '9')) return false;
        return PAGE_NUMBER.matcher(line.text()).matches();
    }

    /**
     * Whether {@code c[start, end)} (a stripped line) may open with a marker, read from its first two chars: the
     * first must open one of the marker patterns ({@link #marker(String)}'s test), and a line opening with a small
     * letter (every line a wrapped sentence runs on to) can only be a LETTER item, whose letter is followed by
     * {@code \\s}, ')', '.' or '/'. A line that may not is no marker, without a substring and five matchers.
     */
    static boolean mayOpenWithMarker(char[] c, int start, int end) {
        char first = c[start];
        if (first == 'P') return opensWithPartWord(c, start, end);
        if (!MARKER_FIRST.contains(String.valueOf(first)) && !(first >= '0' && first <= '9')
                && !(first >= 'a' && first <= 'z')) {
            return false;
        }
        if (first >= 'a' && first <= 'z' || first == 'đ') {
            char second = start + 1 < end ? c[start + 1] : '\0';
            return second == ')' || second == '.' || second == '/' || second == ' ' || second == '\t' || second == '\n'
                    || second == '\u000B' || second == '\f' || second == '\r';
        }
        return true;
    }

    /** "Phần " or "PHẦN " at {@code c[start]}: a part's word, which a roman number may follow. */
    private static boolean opensWithPartWord(char[] c, int start, int end) {
        if (end - start < 7 || c[start + 4] != ' ') return false;
        char h = c[start + 1];
        char a = c[start + 2];
        char n = c[start + 3];
        return h == 'h' && a == 'ầ' && n == 'n' || h == 'H' && a == 'Ầ' && n == 'N';
    }

    private static MarkerMatch marker(Span line, char[] c) {
        return mayOpenWithMarker(c, line.start, line.end) ? markerByPatterns(line.text()) : NO_MARKER;
    }

    static final MarkerMatch NO_MARKER = new MarkerMatch(Marker.NONE, 0, 0);

    /** {@link #continues(String, String, Builder, int, boolean)} of two lines, read from the array. */
    private static boolean continues(Span prev, Span next, char[] c, Builder paragraph, int width, boolean layout) {
        char last = c[prev.end - 1];
        // a table's row ("| 1 | ... |") is a paragraph of its own: a full-width row is no wrapped line of prose
        if (last == '|' || c[next.start] == '|') return false;
        // endsWith ".", ";", ":", "!", "?" or "./." (which ends with ".")
        if (last == '.' || last == ';' || last == ':' || last == '!' || last == '?') return false;
        boolean prevCaps = paragraph.caps();
        boolean nextCaps = isCaps(c, next.start, next.end);
        if (prevCaps && !nextCaps) return false;
        if (prevCaps) return paragraph.kind == Marker.ROMAN || paragraph.kind == Marker.NUMBER;
        if (nextCaps) return false;
        int first = Character.codePointAt(c, next.start, next.end);
        if (Character.isLowerCase(first)) return true;
        if (connectorEnd(prev.text())) return !numberWordEnd(prev.text()) || Character.isDigit(first);
        return layout && prev.end - prev.start >= width * 3 / 4;
    }

    /** {@link Words#isCaps} of {@code c[from, to)}. */
    private static boolean isCaps(char[] c, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (Character.isLetter(ch)) {
                if (Character.isLowerCase(ch)) return false;
                letter = true;
            }
        }
        return letter;
    }

    private static int typicalWidthOfSpans(List<Span> lines) {
        int[] lengths = new int[lines.size()];
        int k = 0;
        for (Span l : lines) {
            if (l.end - l.start >= 20) lengths[k++] = l.end - l.start;
        }
        if (k < 5) return 0;
        Arrays.sort(lengths, 0, k);
        return lengths[Math.min(k - 1, k * 8 / 10)];
    }

    /** The outline as it was first built, a substring a line (the reference of the tests). */
    static Outline buildReference(String text) {
        String t = text == null ? "" : text;
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        while (pos <= t.length()) {
            int nl = t.indexOf('\n', pos);
            int lineEnd = nl < 0 ? t.length() : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(t.charAt(s))) s++;
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
            if (e > s) {
                String content = t.substring(s, e);
                if (!isPageNumber(content)) lines.add(new Line(s, e, content));
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        int width = typicalWidth(lines);
        boolean layout = width > 0 && width < 150;

        List<Paragraph> out = new ArrayList<>();
        Builder current = null;
        Line previous = null;
        for (Line line : lines) {
            MarkerMatch m = marker(line.text());
            boolean join = current != null && m.kind() == Marker.NONE && previous != null
                    && continues(previous.text(), line.text(), current, width, layout);
            if (join) {
                current.add(line.text(), line.start());
                current.end = line.end();
            } else {
                if (current != null) out.add(current.build());
                current = new Builder(line.start(), m.kind(), m.depth(), null);
                String content = line.text().substring(m.length());
                current.add(content, line.start() + m.length());
                current.end = line.end();
            }
            previous = line;
        }
        if (current != null) out.add(current.build());
        return new Outline(t, List.copyOf(out));
    }

    /**
     * {@code PAGE_NUMBER.matcher(line).matches()}, asked only of lines opening with '-' or an ASCII digit: every match
     * does ({@code (?:-\s*)?\d}), and most lines do not, so they cost no matcher.
     */
    static boolean isPageNumber(String line) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        if (first != '-' && (first < '0' || first > '9')) return false;
        return PAGE_NUMBER.matcher(line).matches();
    }

    static boolean isPageNumberByPattern(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    private static boolean continues(String prev, String next, Builder paragraph, int width, boolean layout) {
        if (prev.endsWith("|") || next.startsWith("|")) return false;
        if (prev.endsWith(".") || prev.endsWith(";") || prev.endsWith(":") || prev.endsWith("!") || prev.endsWith("?")
                || prev.endsWith("./.")) {
            return false;
        }
        boolean prevCaps = paragraph.caps();
        boolean nextCaps = Words.isCaps(next);
        if (prevCaps && !nextCaps) return false;
        if (prevCaps) return paragraph.kind == Marker.ROMAN || paragraph.kind == Marker.NUMBER;
        if (nextCaps) return false;
        int first = next.codePointAt(0);
        if (Character.isLowerCase(first)) return true;
        if (connectorEnd(prev)) return !numberWordEnd(prev) || Character.isDigit(first);
        return layout && prev.length() >= width * 3 / 4;
    }

    /**
     * {@code CONNECTOR_END.matcher(prev).find()}, looking only at the line's last chars: a match is at most five chars
     * ("những") and ends at the end or before a final line break ({@code $}), so it starts in the last eight; the
     * bounds are transparent so {@code \b} still sees the char before. A find over the whole line tried every
     * alternative at every char of every line.
     */
    static boolean connectorEnd(String prev) {
        return CONNECTOR_END.matcher(prev).useTransparentBounds(true)
                .region(Math.max(0, prev.length() - 8), prev.length()).find();
    }

    /**
     * "số" and "ngày" at a line's end wait for their number on the next line ("Kế hoạch số\n57-KH/TU"); before a
     * capital they end a name ("3. Về chuyển đổi số" / "Giao Văn phòng ..."): digital government, economy and
     * society are topics of their own now.
     */
    private static boolean numberWordEnd(String prev) {
        return endsWithWord(prev, "số") || endsWithWord(prev, "ngày");
    }

    private static boolean endsWithWord(String line, String word) {
        int at = line.length() - word.length();
        return at >= 0 && line.startsWith(word, at) && (at == 0 || !Character.isLetter(line.charAt(at - 1)));
    }

    /** The length most full lines reach: the 80th percentile of lines of 20+ characters; 0 when too few. */
    private static int typicalWidth(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).filter(n -> n >= 20).sorted().toArray();
        if (lengths.length < 5) return 0;
        return lengths[Math.min(lengths.length - 1, lengths.length * 8 / 10)];
    }

    record MarkerMatch(Marker kind, int depth, int length) {}

    static MarkerMatch marker(String line) {
        // every marker pattern opens on one char class at the line's start: most lines open with none of them, and
        // are told so without five matchers
        char first = line.isEmpty() ? '\0' : line.charAt(0);
        if (first == 'P') {
            return opensWithPartWord(line.toCharArray(), 0, line.length()) ? markerByPatterns(line)
                    : new MarkerMatch(Marker.NONE, 0, 0);
        }
        if (!MARKER_FIRST.contains(String.valueOf(first)) && !(first >= '0' && first <= '9')
                && !(first >= 'a' && first <= 'z')) {
            return new MarkerMatch(Marker.NONE, 0, 0);
        }
        return markerByPatterns(line);
    }

    /** The marker as the marker patterns read it, tried in turn (what {@link #marker} shortcuts). */
    static MarkerMatch markerByPatterns(String line) {
        // lookingAt, not find: each pattern opens with ^ in every branch, so find() can match only at 0, but it
        // walked the whole line trying ^ at every char (the largest line of units in the C1 record's profile)
        Matcher m = ARTICLE.matcher(line);
        // keep "Điều 3." in the text: it names the article (an opening quote goes)
        if (m.lookingAt()) return new MarkerMatch(Marker.ARTICLE, 0, m.group(1).length());
        m = ROMAN.matcher(line);
        if (m.lookingAt() && !line.startsWith("V/v") && !line.startsWith("V/V")) {
            return new MarkerMatch(Marker.ROMAN, 0, m.end());
        }
        m = NUMBER.matcher(line);
        if (m.lookingAt()) {
            int depth = m.group(1).split("\\.").length;
            return new MarkerMatch(Marker.NUMBER, depth, m.end());
        }
        m = LETTER.matcher(line);
        if (m.lookingAt()) return new MarkerMatch(Marker.LETTER, 0, m.end());
        m = BULLET.matcher(line);
        if (m.lookingAt()) {
            char c = m.group(1).charAt(0);
            Marker kind = c == '+' ? Marker.PLUS : (c == '-' || c == '–' || c == '—') ? Marker.DASH : Marker.BULLET;
            return new MarkerMatch(kind, 0, m.end());
        }
        return new MarkerMatch(Marker.NONE, 0, 0);
    }

    private static final class Builder {
        final int start;
        final Marker kind;
        final int depth;
        int end;
        /** The text's chars, where the lines added by range are read (null for the reference, which adds strings). */
        private final char[] chars;
        /** The joined text; null while it is the one line added by range, which then needs no builder. */
        private StringBuilder text;
        private int onlyFrom;
        private int onlyLength = -1;
        final List<int[]> segments = new ArrayList<>();

        Builder(int start, Marker kind, int depth, char[] chars) {
            this.start = start;
            this.kind = kind;
            this.depth = depth;
            this.chars = chars;
        }

        /** Whether the text so far has a letter, and a lower-case letter ({@link Words#isCaps} kept up to date). */
        boolean letter;
        boolean lower;

        void add(String content, int sourceStart) {
            if (text == null) text = new StringBuilder();
            if (text.length() > 0) text.append(' ');
            segments.add(new int[] {text.length(), sourceStart, content.length()});
            text.append(content);
            // the joining spaces are no letters: isCaps of the joined text follows from its lines'
            for (int i = 0; i < content.length() && !lower; i++) {
                char c = content.charAt(i);
                if (Character.isLetter(c)) {
                    letter = true;
                    if (Character.isLowerCase(c)) lower = true;
                }
            }
        }

        /** {@link #add(String, int)} of {@code chars[from, to)}, copied once when the paragraph is built. */
        void add(int from, int to, int sourceStart) {
            int length = to - from;
            if (segments.isEmpty()) {
                onlyFrom = from;
                onlyLength = length;
                segments.add(new int[] {0, sourceStart, length});
            } else {
                if (text == null) {
                    text = new StringBuilder(onlyLength + length + 16);
                    text.append(chars, onlyFrom, onlyLength);
                }
                if (text.length() > 0) text.append(' ');
                segments.add(new int[] {text.length(), sourceStart, length});
                text.append(chars, from, length);
            }
            for (int i = from; i < to && !lower; i++) {
                char c = chars[i];
                if (Character.isLetter(c)) {
                    letter = true;
                    if (Character.isLowerCase(c)) lower = true;
                }
            }
        }

        /**
         * {@code Words.isCaps(text.toString())}, without building the string: asked for every line a paragraph may
         * join, it copied the paragraph once per line.
         */
        boolean caps() {
            return letter && !lower;
        }

        Paragraph build() {
            String s = text != null ? text.toString() : onlyLength >= 0 ? new String(chars, onlyFrom, onlyLength) : "";
            int[][] segs = segments.toArray(new int[0][]);
            return new Paragraph(start, end, kind, depth, s, Arrays.copyOf(segs, segs.length), caps());
        }
    }
}
