package io.planex.extract.citation;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A working copy of a text made regular for matching, with a map from every working character back to the span of
 * the input it came from, so that matches found in the copy are reported against the text as given.
 *
 * <p>The copy is NFC; every whitespace run (line breaks and blank lines included) is one character: {@code '\n'} if
 * the run held a line break, else a space; dash variants are '-', slash variants '/', Ð (U+00D0, Icelandic eth) is Đ;
 * soft hyphens and zero-width characters are dropped; a letter O between digits ("1O79") is the digit 0.
 */
final class CleanText {
    final String text;
    /** The input as given, for mention texts. */
    final String original;
    private final int[] startOf;
    private final int[] endOf;
    private final int inputLength;

    private CleanText(String original, String text, int[] startOf, int[] endOf, int inputLength) {
        this.original = original;
        this.text = text;
        this.startOf = startOf;
        this.endOf = endOf;
        this.inputLength = inputLength;
    }

    /** Offset in the input where the working character at {@code i} starts. */
    int inputStart(int i) {
        if (text.isEmpty()) return 0;
        if (i >= text.length()) return inputLength;
        return startOf[Math.max(0, i)];
    }

    /** Offset in the input just past the working characters ending before {@code endExclusive}. */
    int inputEnd(int endExclusive) {
        if (endExclusive <= 0 || text.isEmpty()) return 0;
        return endOf[Math.min(endExclusive, text.length()) - 1];
    }

    static CleanText of(String input) {
        String in = input == null ? "" : input;
        int n = in.length();
        // Step 1: NFC per grapheme cluster, keeping each output char's input span.
        StringBuilder nfc;
        int[] s0;
        int[] e0;
        if (Normalizer.isNormalized(in, Normalizer.Form.NFC)) {
            nfc = null;
            s0 = null;
            e0 = null;
        } else {
            nfc = new StringBuilder(n);
            s0 = new int[n + 1];
            e0 = new int[n + 1];
            int i = 0;
            while (i < n) {
                int j = i + Character.charCount(in.codePointAt(i));
                while (j < n && isMark(in.codePointAt(j))) j += Character.charCount(in.codePointAt(j));
                String cluster = Normalizer.normalize(in.substring(i, j), Normalizer.Form.NFC);
                for (int k = 0; k < cluster.length(); k++) {
                    if (nfc.length() >= s0.length) {
                        s0 = Arrays.copyOf(s0, s0.length * 2);
                        e0 = Arrays.copyOf(e0, e0.length * 2);
                    }
                    s0[nfc.length()] = i;
                    e0[nfc.length()] = j;
                    nfc.append(cluster.charAt(k));
                }
                i = j;
            }
        }
        CharSequence src = nfc == null ? in : nfc;
        int m = src.length();
        StringBuilder out = new StringBuilder(m);
        int[] starts = new int[m + 1];
        int[] ends = new int[m + 1];
        int i = 0;
        while (i < m) {
            char c = src.charAt(i);
            int from = nfc == null ? i : s0[i];
            if (isSpace(c)) {
                boolean lineBreak = false;
                int j = i;
                while (j < m && isSpace(src.charAt(j))) {
                    char d = src.charAt(j);
                    if (d == '\n' || d == '\r' || d == '\u2028' || d == '\u2029' || d == '\u000B' || d == '\f') {
                        lineBreak = true;
                    }
                    j++;
                }
                int to = nfc == null ? j : e0[j - 1];
                starts[out.length()] = from;
                ends[out.length()] = to;
                out.append(lineBreak ? '\n' : ' ');
                i = j;
                continue;
            }
            int to = nfc == null ? i + 1 : e0[i];
            if (isDropped(c)) {
                i++;
                continue;
            }
            starts[out.length()] = from;
            ends[out.length()] = to;
            out.append(regular(c));
            i++;
        }
        // Step 3: O misread for 0 inside numbers ("1O79/QĐ-TTg", "2O19").
        for (int k = 0; k < out.length(); k++) {
            char c = out.charAt(k);
            if (c != 'O' && c != 'o') continue;
            char prev = k > 0 ? out.charAt(k - 1) : ' ';
            char next = k + 1 < out.length() ? out.charAt(k + 1) : ' ';
            boolean digitBefore = isAsciiDigit(prev);
            boolean digitAfter = isAsciiDigit(next);
            if ((digitBefore && (digitAfter || next == '/' || next == '-'))
                    || (digitAfter && !Character.isLetter(prev) && !digitBefore && k + 2 < out.length()
                    && (isAsciiDigit(out.charAt(k + 2)) || out.charAt(k + 2) == '-' || out.charAt(k + 2) == '/'))) {
                out.setCharAt(k, '0');
            }
        }
        return new CleanText(in, out.toString(), starts, ends, n);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isDropped(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static char regular(char c) {
        switch (c) {
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return '-';
            case '\uFF0F': case '\u2044': case '\u2215':
                return '/';
            case '\u00D0': case '\u0189':
                return '\u0110';
            case '\u00F0':
                return '\u0111';
            default:
                return c;
        }
    }
}
