package io.planex.extract.citation;

import io.planex.extract.text.Nfc;
import io.planex.extract.text.TextChars;
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
    /**
     * The chars of {@link #text} (never written to after construction; also what {@code TextChars.of(text)} gives), for the
     * scans over the working copy: an array read instead of a {@code charAt} call per char under C1.
     */
    final char[] chars;
    /** The input as given, for mention texts. */
    final String original;
    private final int[] startOf;
    private final int[] endOf;
    private final int inputLength;

    private CleanText(String original, String text, char[] chars, int[] startOf, int[] endOf, int inputLength) {
        this.original = original;
        this.text = text;
        this.chars = chars;
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
        return of(input, false);
    }

    /**
     * {@link #of(String)}; {@code perCluster} takes the per-cluster NFC path even for NFC text (for the test that
     * compares the NFC text's shortcuts with it: on text without combining marks both give each char its own span).
     */
    static CleanText of(String input, boolean perCluster) {
        return of(input, perCluster, true);
    }

    /**
     * {@link #of(String, boolean)}; {@code numbersInline} lists the O's and gaps of steps 3 and 4 while the copy is
     * made, else they are found by {@link #regularNumbersByDefinition}'s two passes over it (for the test that
     * compares the two).
     */
    static CleanText of(String input, boolean perCluster, boolean numbersInline) {
        String in = input == null ? "" : input;
        int n = in.length();
        // Step 1: NFC per grapheme cluster, keeping each output char's input span.
        StringBuilder nfc;
        int[] s0;
        int[] e0;
        if (!perCluster && Nfc.isNormalized(in)) {
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
        // the chars as an array: the text's shared array when it is NFC already (read by the other extractors too)
        char[] src = nfc == null ? TextChars.of(in) : nfc.toString().toCharArray();
        int m = src.length;
        // the copy is built in a char array: one table read per char decides space, dropped or kept
        char[] out = new char[m];
        int len = 0;
        int[] starts = new int[m + 1];
        int[] ends = new int[m + 1];
        int i = 0;
        byte[] kinds = KIND;
        // steps 3 and 4's places, listed as the copy is made (ascending): each O or o next to a digit, each space
        // after a digit. Step 3 changes no char before an O or a space (an O is changed only before a digit, '/'
        // or '-'), so the lists are those a pass over the finished copy would make.
        int[] ohs = new int[8];
        int ohCount = 0;
        int[] gaps = new int[8];
        int gapCount = 0;
        while (i < m) {
            if (nfc == null) {
                // a run of plain chars of NFC text (most of a text), copied without the per-char NFC-map choice
                while (i < m) {
                    char c = src[i];
                    if (kinds[c] != PLAIN) break;
                    starts[len] = i;
                    ends[len] = i + 1;
                    out[len++] = c;
                    i++;
                }
                if (i == m) break;
            }
            char c = src[i];
            byte kind = kinds[c];
            if (kind == PLAIN || kind == DIGIT || kind == OH) {
                if (numbersInline && len > 0) {
                    char before = out[len - 1];
                    int oh = -1;
                    if (kind == OH && isAsciiDigit(before)) oh = len;
                    else if (kind == DIGIT && (before == 'O' || before == 'o')) oh = len - 1;
                    if (oh >= 0 && (ohCount == 0 || ohs[ohCount - 1] != oh)) {
                        if (ohCount == ohs.length) ohs = Arrays.copyOf(ohs, ohCount * 2);
                        ohs[ohCount++] = oh;
                    }
                }
                starts[len] = nfc == null ? i : s0[i];
                ends[len] = nfc == null ? i + 1 : e0[i];
                out[len++] = c;
                i++;
                continue;
            }
            int from = nfc == null ? i : s0[i];
            if (kind == SPACE || kind == BREAK) {
                boolean lineBreak = false;
                int j = i;
                byte k;
                while (j < m && ((k = KIND[src[j]]) == SPACE || k == BREAK)) {
                    if (k == BREAK) lineBreak = true;
                    j++;
                }
                int to = nfc == null ? j : e0[j - 1];
                if (numbersInline && !lineBreak && len > 0 && isAsciiDigit(out[len - 1])) {
                    if (gapCount == gaps.length) gaps = Arrays.copyOf(gaps, gapCount * 2);
                    gaps[gapCount++] = len;
                }
                starts[len] = from;
                ends[len] = to;
                out[len++] = lineBreak ? '\n' : ' ';
                i = j;
                continue;
            }
            int to = nfc == null ? i + 1 : e0[i];
            if (kind == DROPPED) {
                i++;
                continue;
            }
            starts[len] = from;
            ends[len] = to;
            out[len++] = regular(c);
            i++;
        }
        // Steps 3 and 4: O misread for 0 inside numbers, a space read inside a symbol's number
        len = numbersInline ? regularNumbers(out, starts, ends, len, ohs, ohCount, gaps, gapCount)
                : regularNumbersByDefinition(out, starts, ends, len);
        char[] chars = len == out.length ? out : Arrays.copyOf(out, len);
        String text = new String(chars);
        // the working copy's scans (symbols, type words, line starts) read its chars from the shared array
        TextChars.share(text, chars);
        return new CleanText(in, text, chars, starts, ends, n);
    }

    /**
     * Steps 3 and 4 of the copy, in place, at the places listed while it was made: (3) a letter O between digits is
     * the digit 0 ("1O79/QĐ-TTg", "2O19"), tried at each O or o next to a digit ({@code ohs}, ascending: an O is
     * changed only next to a digit, and no char before an O becomes one); (4) the space in "số 1 322/" is dropped,
     * tried at each space after a digit ({@code gaps}) once all O's are read: after the word "số", two runs of digits
     * (five digits at most, as a symbol's number has) separated by one space and followed by the symbol's slash or
     * dash. Nobody prints a number that way; OCR does, where the gap between two digits is wide. A list ("số 12,
     * 13/KH-UBND") has its comma. These were two more passes over the copy ({@link #regularNumbersByDefinition});
     * {@code CleanTextShortcutsTest} compares the two. Returns the new length.
     */
    private static int regularNumbers(char[] out, int[] starts, int[] ends, int len, int[] ohs, int ohCount, int[] gaps,
                                      int gapCount) {
        for (int k = 0; k < ohCount; k++) zeroAt(out, ohs[k], len);
        if (gapCount == 0) return len;
        java.util.BitSet dropped = null;
        for (int g = 0; g < gapCount; g++) {
            if (!isSplitNumberGap(out, gaps[g], len)) continue;
            if (dropped == null) dropped = new java.util.BitSet();
            dropped.set(gaps[g]);
        }
        return dropped == null ? len : drop(out, starts, ends, len, dropped);
    }

    /** Step 3 at an O or o at {@code k}: the digit 0 where digits are around it. */
    private static void zeroAt(char[] out, int k, int len) {
        char prev = k > 0 ? out[k - 1] : ' ';
        char next = k + 1 < len ? out[k + 1] : ' ';
        boolean digitBefore = isAsciiDigit(prev);
        boolean digitAfter = isAsciiDigit(next);
        if ((digitBefore && (digitAfter || next == '/' || next == '-'))
                || (digitAfter && !Character.isLetter(prev) && !digitBefore && k + 2 < len
                && (isAsciiDigit(out[k + 2]) || out[k + 2] == '-' || out[k + 2] == '/'))) {
            out[k] = '0';
        }
    }

    /** {@link #regularNumbers} as the two passes it replaces: step 3 over the copy, then step 4 over it. */
    static int regularNumbersByDefinition(char[] out, int[] starts, int[] ends, int len) {
        // step 3 at every char (the shortcut asks zeroAt only where the copy listed an O or o)
        for (int k = 0; k < len; k++) {
            if (out[k] == 'O' || out[k] == 'o') zeroAt(out, k, len);
        }
        // the gaps are found on the copy as it is before any is dropped
        java.util.BitSet gaps = null;
        for (int k = 0; k < len; k++) {
            if (out[k] == ' ' && isSplitNumberGap(out, k, len)) {
                if (gaps == null) gaps = new java.util.BitSet();
                gaps.set(k);
            }
        }
        return gaps == null ? len : drop(out, starts, ends, len, gaps);
    }

    private static int drop(char[] out, int[] starts, int[] ends, int len, java.util.BitSet gaps) {
        int w = 0;
        for (int k = 0; k < len; k++) {
            char c = out[k];
            if (gaps.get(k)) continue;
            out[w] = c;
            starts[w] = starts[k];
            ends[w] = ends[k];
            w++;
        }
        return w;
    }

    private static boolean isSplitNumberGap(char[] t, int gap, int len) {
        if (gap == 0 || !isAsciiDigit(t[gap - 1]) || gap + 1 >= len || !isAsciiDigit(t[gap + 1])) return false;
        int a = gap - 1;
        while (a > 0 && isAsciiDigit(t[a - 1])) a--;
        int b = gap + 1;
        while (b < len && isAsciiDigit(t[b])) b++;
        if ((gap - a) + (b - gap - 1) > 5 || b >= len || (t[b] != '/' && t[b] != '-')) return false;
        // "số " (any case) right before the first run, as a word
        if (a < 3 || t[a - 1] != ' ') return false;
        char s = t[a - 3];
        char o = t[a - 2];
        return (s == 's' || s == 'S') && (o == 'ố' || o == 'Ố') && (a == 3 || !Character.isLetter(t[a - 4]));
    }

    private static final byte PLAIN = 0;
    private static final byte SPACE = 1;
    private static final byte BREAK = 2;
    private static final byte DROPPED = 3;
    private static final byte CHANGED = 4;
    /** An ASCII digit and a letter O or o: kept as they are, and listed for step 3 and 4 ({@link #regularNumbers}). */
    private static final byte DIGIT = 5;
    private static final byte OH = 6;
    /** What the copy does with each char, from {@link #isSpace}, {@link #isDropped} and {@link #regular}. */
    private static final byte[] KIND = kinds();

    private static byte[] kinds() {
        byte[] kind = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (isSpace(ch)) {
                kind[c] = isBreak(ch) ? BREAK : SPACE;
            } else if (isDropped(ch)) {
                kind[c] = DROPPED;
            } else if (regular(ch) != ch) {
                kind[c] = CHANGED;
            } else if (isAsciiDigit(ch)) {
                kind[c] = DIGIT;
            } else if (ch == 'O' || ch == 'o') {
                kind[c] = OH;
            }
        }
        return kind;
    }

    private static boolean isBreak(char d) {
        return d == '\n' || d == '\r' || d == '\u2028' || d == '\u2029' || d == '\u000B' || d == '\f';
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
