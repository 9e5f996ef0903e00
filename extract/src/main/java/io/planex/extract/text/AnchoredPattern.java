package io.planex.extract.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive trigger pattern searched only where one of its matches can start: at a word that opens one of
 * its alternatives. Gives exactly the matches of {@link Matcher#find()} over the whole text, because
 * {@code find()} returns the leftmost position where a match attempt succeeds and an attempt at any other position
 * fails on its first chars; but the regex engine is entered only at those few positions instead of at every char
 * (a trigger pattern run over a whole plan tried each of its branches, folding case, at each of 20,000 chars).
 *
 * <p>{@code openings} must name how every match can begin: the literal text at the start of each alternative, in
 * lower case, up to its first space or other non-literal part. For {@code "trước|chậm\\s+nhất|(06|6|sáu)\\s+tháng"}
 * they are {@code "trước", "chậm", "06", "6", "sáu"}. Chars are compared as
 * {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares them ({@code toLowerCase(toUpperCase(c))}), so
 * "Đ" and "đ" both open "định". A pattern that opens with the look-behind {@code (?<![\p{L}])} is tried only
 * after a non-letter ({@link #wordStarts}). {@code AnchoredTriggersTest} checks the deadline triggers' openings
 * against {@code find()} on every test text.
 */
public final class AnchoredPattern {
    private static final String WORD_START = "(?<![\\p{L}])";

    private final Pattern pattern;
    private final char[][] openings;
    /** Whether a char can be the first of an opening, for every char (64 kB: one array read per candidate). */
    private final boolean[] opens = new boolean[Character.MAX_VALUE + 1];
    private final boolean wordStart;

    public AnchoredPattern(Pattern pattern, String... openings) {
        this.pattern = pattern;
        this.openings = new char[openings.length][];
        for (int k = 0; k < openings.length; k++) {
            char[] o = openings[k].toCharArray();
            for (int j = 0; j < o.length; j++) o[j] = key(o[j]);
            this.openings[k] = o;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char key = key((char) c);
            for (char[] o : this.openings) {
                if (o[0] == key) opens[c] = true;
            }
        }
        this.wordStart = pattern.pattern().startsWith(WORD_START);
    }

    public Pattern pattern() {
        return pattern;
    }

    /**
     * Where words start in {@code text}: every non-space char at the start or after a non-letter. One pass a text,
     * shared by all the patterns searched on it.
     */
    public static int[] wordStarts(CharSequence text) {
        int[] out = new int[Math.max(16, text.length() / 4)];
        int n = 0;
        boolean afterLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!afterLetter && !Character.isWhitespace(c)) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
            afterLetter = Character.isLetter(c);
        }
        return Arrays.copyOf(out, n);
    }

    /** A search over {@code text}: {@link Scan#find()} steps through the matches {@code find()} would give. */
    public Scan scan(CharSequence text) {
        return new Scan(this, text, null);
    }

    /** As {@link #scan(CharSequence)}, with the text's {@link #wordStarts} for a pattern that opens on a word. */
    public Scan scan(CharSequence text, int[] wordStarts) {
        return new Scan(this, text, wordStart ? wordStarts : null);
    }

    /**
     * {@code toLowerCase(toUpperCase(c))} for every char, read from a table: computing it per compared char (two
     * Unicode case lookups) was the largest self time of the trigger search. 128 kB, shared by all patterns.
     */
    private static final char[] KEYS = keys();

    private static char[] keys() {
        char[] keys = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) keys[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        return keys;
    }

    private static char key(char c) {
        return KEYS[c];
    }

    private boolean canStart(CharSequence text, int i) {
        if (!opens[text.charAt(i)]) return false;
        if (wordStart && i > 0 && Character.isLetter(text.charAt(i - 1))) return false;
        for (char[] o : openings) {
            if (i + o.length > text.length()) continue;
            int j = 0;
            while (j < o.length && key(text.charAt(i + j)) == o[j]) j++;
            if (j == o.length) return true;
        }
        return false;
    }

    /** One pass over a text; {@link #matcher()} holds the current match. */
    public static final class Scan {
        private final AnchoredPattern anchored;
        private final CharSequence text;
        private final int[] starts;
        private final Matcher matcher;
        private int next;
        private int nextStart;

        private Scan(AnchoredPattern anchored, CharSequence text, int[] starts) {
            this.anchored = anchored;
            this.text = text;
            this.starts = starts;
            this.matcher = anchored.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match, as {@link Matcher#find()} would find it after the previous one. */
        public boolean find() {
            int n = text.length();
            if (starts == null) {
                for (int i = next; i < n; i++) {
                    if (tryAt(i)) return true;
                }
            } else {
                while (nextStart < starts.length) {
                    int i = starts[nextStart++];
                    if (i >= next && tryAt(i)) return true;
                }
            }
            next = n + 1;
            return false;
        }

        private boolean tryAt(int i) {
            if (!anchored.canStart(text, i)) return false;
            matcher.region(i, text.length());
            if (!matcher.lookingAt()) return false;
            next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
            return true;
        }

        public Matcher matcher() {
            return matcher;
        }
    }
}
