package io.planex.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Blanks the running text that exports repeat on every page or before every paragraph: a page header or footer
 * line ("KH 15/KH-UBND xã Hòa An - Trang 2"), and a portal's prefix printed before each article ("Quyết định
 * 212/QĐ-UBND năm 2021 ban hành ... Điều 3. ..."). Left in place they join the heading they interrupt ("2. Công
 * chức Văn hóa - Xã hội KH 15/KH-UBND ...") or hide a line's own marker. The blanked characters become spaces, so
 * every offset still points into the text as given.
 *
 * <p>Only text that repeats at least {@value #MIN_REPEATS} times, is at least {@value #MIN_LENGTH} characters
 * long, has three words and carries a number (a page number, a symbol, a year) counts as running text: a table
 * cell repeated down a column ("Phòng Văn hóa và Thông tin", "Quý IV/2025") stays.
 */
public final class RunningLines {
    static final int MIN_REPEATS = 3;
    static final int MIN_LENGTH = 20;
    private static final int KEY_LENGTH = 20;
    /** Running text recurs over the document, not down one short stretch of it (a table column). */
    static final int MIN_SPREAD = 400;

    private RunningLines() {}

    public static String blank(String text) {
        if (text == null || text.isEmpty()) return text;
        // The pipeline has made this text's char array already (Nfc.isNormalized); String.charAt under C1 is a call.
        char[] c = TextChars.of(text);
        int n = c.length;
        // the lines of MIN_LENGTH chars or more, stripped, as [start, end) pairs
        int[] bounds = new int[64];
        int count = 0;
        int from = 0;
        while (from <= n) {
            int nl = from;
            while (nl < n && c[nl] != '\n') nl++;
            int end = nl;
            int s = from;
            while (s < end && Character.isWhitespace(c[s])) s++;
            int e = end;
            while (e > s && Character.isWhitespace(c[e - 1])) e--;
            if (e - s >= MIN_LENGTH) {
                if (2 * count + 2 > bounds.length) bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                bounds[2 * count] = s;
                bounds[2 * count + 1] = e;
                count++;
            }
            if (nl == n) break;
            from = nl + 1;
        }
        // Only a key that recurs MIN_REPEATS times can make a group: a hash of each line's key first, and the key
        // itself (a string and a map entry) only for lines whose hash recurs. Most lines are unique.
        long[] hashes = new long[count];
        for (int k = 0; k < count; k++) hashes[k] = shapeHash(c, bounds[2 * k]);
        long[] sorted = hashes.clone();
        java.util.Arrays.sort(sorted);
        Map<String, List<int[]>> byStart = new HashMap<>();
        for (int k = 0; k < count; k++) {
            if (occurrences(sorted, hashes[k]) < MIN_REPEATS) continue;
            int s = bounds[2 * k];
            byStart.computeIfAbsent(shape(c, s), x -> new ArrayList<>()).add(new int[] {s, bounds[2 * k + 1]});
        }
        char[] out = null;
        for (List<int[]> group : byStart.values()) {
            if (group.size() < MIN_REPEATS) continue;
            int common = commonPrefix(c, group);
            if (common < MIN_LENGTH) continue;
            if (!isRunning(text, group, common)) continue;
            if (out == null) out = text.toCharArray();
            // page lines equal but for their number ("... Trang 9", "... Trang 10") are blanked whole, each to its
            // own end: the first line's length would stop short of a longer number, or run past a shorter one into
            // the next line (and past the text's end after the last)
            int[] first = group.get(0);
            boolean wholeLines = true;
            for (int[] l : group) wholeLines &= samePageLine(c, first, l);
            for (int[] l : group) {
                int end = wholeLines ? l[1] : Math.min(l[0] + common, l[1]);
                for (int i = l[0]; i < end; i++) if (out[i] != '\n') out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    /** How often {@code h} occurs in {@code sorted}, up to {@link #MIN_REPEATS}. */
    private static int occurrences(long[] sorted, long h) {
        int i = java.util.Arrays.binarySearch(sorted, h);
        if (i < 0) return 0;
        while (i > 0 && sorted[i - 1] == h) i--;
        int k = 0;
        while (i + k < sorted.length && sorted[i + k] == h && k < MIN_REPEATS) k++;
        return k;
    }

    /** A hash of {@link #shape} of the key at {@code from}: equal keys, equal hashes. */
    private static long shapeHash(char[] c, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + KEY_LENGTH; i++) h = 31 * h + (Character.isDigit(c[i]) ? '#' : c[i]);
        return h;
    }

    /** {@link #shape(String, int, int)} of the key at {@code from}. */
    private static String shape(char[] c, int from) {
        char[] key = new char[KEY_LENGTH];
        for (int i = 0; i < KEY_LENGTH; i++) key[i] = Character.isDigit(c[from + i]) ? '#' : c[from + i];
        return new String(key);
    }

    /** {@link #commonPrefix(String, List)} on the text's char array (String.charAt under C1 is a call). */
    private static int commonPrefix(char[] c, List<int[]> group) {
        int[] first = group.get(0);
        boolean allSame = true;
        for (int[] l : group) {
            if (!samePageLine(c, first, l)) {
                allSame = false;
                break;
            }
        }
        if (allSame) return first[1] - first[0];
        int n = first[1] - first[0];
        for (int[] l : group) {
            int k = 0;
            int max = Math.min(n, l[1] - l[0]);
            while (k < max && c[first[0] + k] == c[l[0] + k]) k++;
            n = k;
        }
        for (int[] l : group) {
            if (n < l[1] - l[0] && !Character.isWhitespace(c[l[0] + n])) {
                while (n > 0 && !Character.isWhitespace(c[first[0] + n - 1])) n--;
            }
        }
        while (n > 0 && Character.isWhitespace(c[first[0] + n - 1])) n--;
        int after = first[0] + n;
        while (after < first[1] && Character.isWhitespace(c[after])) after++;
        if (after < first[1] && Character.isDigit(c[after])) {
            while (n > 0 && !Character.isWhitespace(c[first[0] + n - 1])) n--;
            while (n > 0 && Character.isWhitespace(c[first[0] + n - 1])) n--;
        }
        return n;
    }

    /** {@link #samePageLine(String, int[], int[])} on the text's char array. */
    private static boolean samePageLine(char[] c, int[] a, int[] b) {
        int ea = a[1];
        int eb = b[1];
        while (ea > a[0] && Character.isDigit(c[ea - 1])) ea--;
        while (eb > b[0] && Character.isDigit(c[eb - 1])) eb--;
        if (ea == a[1] && eb == b[1]) return java.util.Arrays.equals(c, a[0], a[1], c, b[0], b[1]);
        return ea - a[0] == eb - b[0] && java.util.Arrays.equals(c, a[0], ea, c, b[0], eb);
    }

    /** {@link #blank} as it was written first: every line's key built and grouped (the reference of the tests). */
    static String blankReference(String text) {
        if (text == null || text.isEmpty()) return text;
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            int s = from;
            while (s < end && Character.isWhitespace(text.charAt(s))) s++;
            int e = end;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e - s >= MIN_LENGTH) lines.add(new int[] {s, e});
            if (nl < 0) break;
            from = nl + 1;
        }
        Map<String, List<int[]>> byStart = new HashMap<>();
        for (int[] l : lines) {
            byStart.computeIfAbsent(shape(text, l[0], l[0] + KEY_LENGTH), k -> new ArrayList<>()).add(l);
        }
        char[] out = null;
        for (List<int[]> group : byStart.values()) {
            if (group.size() < MIN_REPEATS) continue;
            int common = commonPrefix(text, group);
            if (common < MIN_LENGTH) continue;
            if (!isRunning(text, group, common)) continue;
            if (out == null) out = text.toCharArray();
            // page lines equal but for their number ("... Trang 9", "... Trang 10") are blanked whole, each to its
            // own end: the first line's length would stop short of a longer number, or run past a shorter one into
            // the next line (and past the text's end after the last)
            int[] first = group.get(0);
            boolean wholeLines = true;
            for (int[] l : group) wholeLines &= samePageLine(text, first, l);
            for (int[] l : group) {
                int end = wholeLines ? l[1] : Math.min(l[0] + common, l[1]);
                for (int i = l[0]; i < end; i++) if (out[i] != '\n') out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }

    /** The text with digits made one sign, so "Trang 2" and "Trang 3" repeat one line. */
    private static String shape(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            b.append(Character.isDigit(c) ? '#' : c);
        }
        return b.toString();
    }

    /**
     * Length of the prefix every line of the group shares, cut back to a word boundary; the whole line when the
     * lines differ only in a number at their end (a page number).
     */
    private static int commonPrefix(String text, List<int[]> group) {
        int[] first = group.get(0);
        if (group.stream().allMatch(l -> samePageLine(text, first, l))) return first[1] - first[0];
        int n = first[1] - first[0];
        for (int[] l : group) {
            int k = 0;
            int max = Math.min(n, l[1] - l[0]);
            while (k < max && text.charAt(first[0] + k) == text.charAt(l[0] + k)) k++;
            n = k;
        }
        for (int[] l : group) {
            if (n < l[1] - l[0] && !Character.isWhitespace(text.charAt(l[0] + n))) {
                while (n > 0 && !Character.isWhitespace(text.charAt(first[0] + n - 1))) n--;
            }
        }
        while (n > 0 && Character.isWhitespace(text.charAt(first[0] + n - 1))) n--;
        // "... Hòa An Điều 1." / "... Hòa An Điều 2.": a word the lines share right before the number where they part
        // is the marker of what follows ("Điều", "Khoản"), not the end of the running text
        int after = first[0] + n;
        while (after < first[1] && Character.isWhitespace(text.charAt(after))) after++;
        if (after < first[1] && Character.isDigit(text.charAt(after))) {
            while (n > 0 && !Character.isWhitespace(text.charAt(first[0] + n - 1))) n--;
            while (n > 0 && Character.isWhitespace(text.charAt(first[0] + n - 1))) n--;
        }
        return n;
    }

    /** Two lines equal but for the number they end with ("... - Trang 2", "... - Trang 3"). */
    private static boolean samePageLine(String text, int[] a, int[] b) {
        int ea = a[1];
        int eb = b[1];
        while (ea > a[0] && Character.isDigit(text.charAt(ea - 1))) ea--;
        while (eb > b[0] && Character.isDigit(text.charAt(eb - 1))) eb--;
        if (ea == a[1] && eb == b[1]) return text.substring(a[0], a[1]).equals(text.substring(b[0], b[1]));
        return ea - a[0] == eb - b[0] && text.regionMatches(a[0], text, b[0], ea - a[0]);
    }

    private static final Pattern ARTICLE = Pattern.compile("\\s*Điều\\s+\\d{1,3}\\s*[.:]");

    /** The line goes on after the shared prefix with an article's marker ("... Ban Chỉ đạo Điều 2. ..."). */
    private static boolean articleAfter(String text, int[] line, int common) {
        return ARTICLE.matcher(text).region(line[0] + common, line[1]).lookingAt();
    }

    private static final Pattern SYMBOL = Pattern.compile(
            "\\d+(?:/\\d{4})?/\\p{Lu}[\\p{L}&]*(?:-\\p{Lu}[\\p{L}&]*)*|\\d+-\\p{Lu}[\\p{L}]*/\\p{Lu}[\\p{L}]*");

    /**
     * Three or more words, no item marker at its start, and a document's symbol in it (a portal repeats the
     * document's short name) or a page number at its end: a column of equal cells has neither.
     */
    private static boolean isRunning(String text, List<int[]> group, int common) {
        String prefix = text.substring(group.get(0)[0], group.get(0)[0] + common);
        if (prefix.strip().split("\\s+").length < 3) return false;
        char c = prefix.charAt(0);
        if (c == '-' || c == '+' || c == '•' || c == '|' || Character.isDigit(c)) return false;
        int[] last = group.get(group.size() - 1);
        // a portal's prefix before each article is running text however short the articles are
        if (last[0] - group.get(0)[0] < MIN_SPREAD && !group.stream().allMatch(l -> articleAfter(text, l, common))) {
            return false;
        }
        // page numbers: every line ends with a number, and not with one number ("... Trang 2", "... Trang 3"); lines
        // that only open alike ("Chủ trì, phối hợp với ...", one ending "." and one ";") are not pages
        boolean pageNumbers = group.stream().allMatch(l -> Character.isDigit(text.charAt(l[1] - 1)))
                        && group.stream().map(l -> text.substring(l[1] - 1, l[1])).distinct().count() > 1
                || Character.isDigit(prefix.charAt(prefix.length() - 1)) && common == group.get(0)[1] - group.get(0)[0]
                        && prefix.matches("(?s).*(?:[Tt]rang|[Pp]age|[Tt]r\\.)\\s*\\d+$");
        return pageNumbers || SYMBOL.matcher(prefix).find();
    }
}
