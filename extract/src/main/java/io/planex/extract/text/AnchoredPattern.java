package io.planex.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern searched only where one of its matches can start: at a char one of its alternatives
 * opens with and, when the pattern opens with the look-behind {@code (?<![\p{L}])}, after a non-letter. Gives
 * exactly the matches of {@link Matcher#find()} over the whole text, because {@code find()} returns the leftmost
 * position where a match attempt succeeds and an attempt at any other position fails on its first char; but the
 * regex engine is entered only at those few positions instead of at every char (a trigger-word pattern run over a
 * whole plan tried each of its branches, folding case, at each of 20,000 chars).
 *
 * <p>{@code firstChars} must name every char a match can start with, in lower case (digits as themselves): for
 * {@code "trước|chậm\\s+nhất|(6|sáu)\\s+tháng"} it is {@code "tc6s"}. A char is compared as
 * {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares it ({@code toLowerCase(toUpperCase(c))}), so
 * "Đ" and "đ" are both candidates for 'đ'. {@code AnchoredPatternTest} checks the deadline patterns' sets against
 * {@code find()} on every test text.
 */
public final class AnchoredPattern {
    private static final String WORD_START = "(?<![\\p{L}])";

    private final Pattern pattern;
    /** Whether a char can open a match, for every char (64 kB: one array read per char of the text). */
    private final boolean[] opens = new boolean[Character.MAX_VALUE + 1];
    private final boolean wordStart;

    public AnchoredPattern(Pattern pattern, String firstChars) {
        this.pattern = pattern;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            opens[c] = firstChars.indexOf(Character.toLowerCase(Character.toUpperCase((char) c))) >= 0;
        }
        this.wordStart = pattern.pattern().startsWith(WORD_START);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** A search over {@code text}: {@link Scan#find()} steps through the matches {@code find()} would give. */
    public Scan scan(CharSequence text) {
        return new Scan(this, text);
    }

    private boolean canStart(CharSequence text, int i) {
        return opens[text.charAt(i)] && (!wordStart || i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    /** One pass over a text; {@link #matcher()} holds the current match. */
    public static final class Scan {
        private final AnchoredPattern anchored;
        private final CharSequence text;
        private final Matcher matcher;
        private int next;

        private Scan(AnchoredPattern anchored, CharSequence text) {
            this.anchored = anchored;
            this.text = text;
            this.matcher = anchored.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match, as {@link Matcher#find()} would find it after the previous one. */
        public boolean find() {
            int n = text.length();
            for (int i = next; i < n; i++) {
                if (!anchored.canStart(text, i)) continue;
                matcher.region(i, n);
                if (matcher.lookingAt()) {
                    next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                    return true;
                }
            }
            next = n + 1;
            return false;
        }

        public Matcher matcher() {
            return matcher;
        }
    }
}
