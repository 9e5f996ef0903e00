package io.planex.extract.citation;

import io.planex.extract.text.TextChars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} over a whole text that enters the regex engine only at positions a cheap char test admits.
 * {@code find()} returns the leftmost position where a match attempt succeeds, so trying the pattern
 * ({@code lookingAt}, transparent and non-anchoring bounds: the attempt sees the text around it as {@code find()}
 * does) at every position where a match can begin, and nowhere else, gives the same matches. The test must admit
 * every such position (it may admit more); {@code SparseFindTest} checks each use against {@code find()}. A pattern
 * run on it must not match the empty string at the end of the text (the end is never tried).
 */
final class SparseFind {
    /** Where a match of a pattern can begin. */
    @FunctionalInterface
    interface Admits {
        boolean at(CharSequence text, int i);
    }

    private final Pattern pattern;
    private final Admits admits;

    SparseFind(Pattern pattern, Admits admits) {
        this.pattern = pattern;
        this.admits = admits;
    }

    Pattern pattern() {
        return pattern;
    }

    /** A position after a line terminator of {@code (?m)^} (or the start): where a line-anchored pattern begins. */
    static boolean isLineStart(CharSequence text, int i) {
        return i == 0 || TextChars.isLineTerminator(text.charAt(i - 1));
    }

    /** A char of a set at {@code i}, or after one space there (a pattern opening with {@code " ?[set]"}). */
    static boolean opensWith(CharSequence text, int i, CharTest set) {
        char c = text.charAt(i);
        if (set.is(c)) return true;
        return c == ' ' && i + 1 < text.length() && set.is(text.charAt(i + 1));
    }

    @FunctionalInterface
    interface CharTest {
        boolean is(char c);
    }

    /** A search over the whole of {@code text}; {@link Scan#find()} steps through the matches of {@code find()}. */
    Scan scan(CharSequence text) {
        return new Scan(this, text, null);
    }

    /**
     * As {@link #scan(CharSequence)}, trying only the ascending {@code positions} (those the admission test must
     * still pass): a list of line starts worked out once for the patterns that open a line.
     */
    Scan scan(CharSequence text, int[] positions) {
        return new Scan(this, text, positions);
    }

    /** Every position {@link #isLineStart} admits, ascending. */
    static int[] lineStarts(CharSequence text) {
        int n = text.length();
        char[] chars = text instanceof String s ? TextChars.of(s) : null;
        int[] out = new int[Math.max(16, n / 32)];
        int k = 0;
        boolean start = true; // position 0, then after each terminator
        for (int i = 0; i < n; i++) {
            if (start) {
                if (k == out.length) out = java.util.Arrays.copyOf(out, k * 2);
                out[k++] = i;
            }
            start = TextChars.isLineTerminator(chars != null ? chars[i] : text.charAt(i));
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** One pass over a text; {@link #matcher()} holds the current match. */
    static final class Scan {
        private final SparseFind find;
        private final CharSequence text;
        private final Matcher matcher;
        private final int[] positions;
        private int next;
        private int nextPosition;

        private Scan(SparseFind find, CharSequence text, int[] positions) {
            this.find = find;
            this.text = text;
            this.positions = positions;
            this.matcher = find.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match, as {@link Matcher#find()} would find it after the previous one. */
        boolean find() {
            int n = text.length();
            if (positions != null) {
                while (nextPosition < positions.length) {
                    int i = positions[nextPosition++];
                    if (i >= next && i < n && find.admits.at(text, i) && tryAt(i)) return true;
                }
            } else {
                for (int i = next; i < n; i++) {
                    if (find.admits.at(text, i) && tryAt(i)) return true;
                }
            }
            next = n + 1;
            return false;
        }

        private boolean tryAt(int i) {
            matcher.region(i, text.length());
            if (!matcher.lookingAt()) return false;
            next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
            return true;
        }

        Matcher matcher() {
            return matcher;
        }
    }
}
