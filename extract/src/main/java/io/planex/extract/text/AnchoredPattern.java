package io.planex.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** Texts at least this long are whole documents, whose chars are shared ({@link TextChars}). */
    private static final int WHOLE_TEXT = 4096;

    private final Pattern pattern;
    /**
     * The openings (as keys) grouped by their first key: {@code byFirst[slot[k] - 1]} are those opening with key
     * {@code k}; slot 0 means none does (64 kB: one array read per candidate word).
     */
    private final byte[] slot = new byte[Character.MAX_VALUE + 1];
    private final char[][][] byFirst;
    private final boolean wordStart;

    public AnchoredPattern(Pattern pattern, String... openings) {
        this.pattern = pattern;
        List<List<char[]>> groups = new ArrayList<>();
        for (String opening : openings) {
            char[] o = opening.toCharArray();
            for (int j = 0; j < o.length; j++) o[j] = key(o[j]);
            if (slot[o[0]] == 0) {
                groups.add(new ArrayList<>());
                slot[o[0]] = (byte) groups.size();
            }
            groups.get(slot[o[0]] - 1).add(o);
        }
        this.byFirst = new char[groups.size()][][];
        for (int g = 0; g < byFirst.length; g++) byFirst[g] = groups.get(g).toArray(new char[0][]);
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
        return prepare(text).starts;
    }

    /**
     * A text made ready for the patterns searched on it, in one pass: its chars as an array and its
     * {@link #wordStarts}. The chars' case keys (as the patterns' {@code CASE_INSENSITIVE | UNICODE_CASE} compares
     * them) are read from {@link #KEYS} where an opening is compared, not stored for every char: only a word's first
     * chars are ever compared, and the keys array cost a store per char and two bytes a char.
     */
    public static Prepared prepare(CharSequence text) {
        int length = text.length();
        int[] starts = new int[Math.max(16, length / 4)];
        int n = 0;
        boolean afterLetter = false;
        // a whole text's shared char array (TextChars): an array read per char, not a charAt call; a sentence gets
        // its own copy, so that it does not take the place of its text's array
        char[] chars = charsOf(text);
        byte[] kinds = KINDS;
        for (int i = 0; i < length; i++) {
            byte kind = kinds[chars[i]];
            if (!afterLetter && (kind & SPACE) == 0) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i;
            }
            afterLetter = (kind & LETTER) != 0;
        }
        return new Prepared(text, chars, Arrays.copyOf(starts, n));
    }

    private static char[] charsOf(CharSequence text) {
        return text instanceof String s ? s.length() >= WHOLE_TEXT ? TextChars.of(s) : s.toCharArray()
                : text.toString().toCharArray();
    }

    /** A text with its chars and word starts ({@link #prepare}). */
    public static final class Prepared {
        private final CharSequence text;
        /** The text's chars (never written to: maybe its shared array, {@link TextChars}). */
        private final char[] chars;
        private final int[] starts;

        private Prepared(CharSequence text, char[] chars, int[] starts) {
            this.text = text;
            this.chars = chars;
            this.starts = starts;
        }

        /** The chars (for tests: never to be written to). */
        char[] chars() {
            return chars;
        }
    }

    /** A search over {@code text}: {@link Scan#find()} steps through the matches {@code find()} would give. */
    public Scan scan(CharSequence text) {
        return new Scan(this, prepare(text), false);
    }

    /** As {@link #scan(CharSequence)}, with the text's {@link #wordStarts} for a pattern that opens on a word. */
    public Scan scan(CharSequence text, int[] wordStarts) {
        Prepared p = prepare(text);
        return new Scan(this, new Prepared(text, p.chars, wordStarts), wordStart);
    }

    /** As {@link #scan(CharSequence)} on a {@link #prepare prepared} text (word starts used when the pattern opens on a word). */
    public Scan scan(Prepared text) {
        return new Scan(this, text, wordStart);
    }

    /**
     * As {@link #scan(Prepared)}, trying only {@code candidates}: the word starts where {@link #canStart} holds, as
     * {@link Group#candidates} lists them (ascending). Same matches, since an attempt anywhere else fails.
     */
    Scan scan(Prepared text, int[] candidates) {
        return new Scan(this, text, candidates, true);
    }

    /**
     * Patterns that all open on a word, searched over one prepared text: one pass over its word starts reads each
     * word's first key once and tries only the patterns with an opening under that key (a table from the first key
     * to a bit per pattern), instead of each pattern walking all word starts itself. Most words open no trigger.
     */
    public static final class Group {
        private final AnchoredPattern[] patterns;
        /** For each first key, a bit for each pattern that has an opening with that key. */
        private final int[] firstMask = new int[Character.MAX_VALUE + 1];
        /**
         * For each key, a bit for each pattern that has an opening with that key second, or an opening of one char
         * (which any second char may follow). A word whose first two keys leave no bit opens no pattern: most
         * words opening with "t" or "h" (several triggers each) are ruled out by their second char, with no
         * comparison of openings.
         */
        private final int[] secondMask = new int[Character.MAX_VALUE + 1];

        public Group(AnchoredPattern... patterns) {
            if (patterns.length > 31) throw new IllegalArgumentException("at most 31 patterns in a group");
            this.patterns = patterns.clone();
            for (int k = 0; k < patterns.length; k++) {
                if (!patterns[k].wordStart) {
                    throw new IllegalArgumentException("not a word-start pattern: " + patterns[k].pattern);
                }
                boolean anySecond = false;
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    if (patterns[k].slot[c] != 0) firstMask[c] |= 1 << k;
                }
                for (char[][] openings : patterns[k].byFirst) {
                    for (char[] o : openings) {
                        if (o.length == 1) anySecond = true;
                        else secondMask[o[1]] |= 1 << k;
                    }
                }
                if (anySecond) {
                    for (int c = 0; c <= Character.MAX_VALUE; c++) secondMask[c] |= 1 << k;
                }
            }
        }

        /**
         * For each pattern of the group (in order), the word starts of {@code text} where one of its openings
         * begins: what {@link Scan#find} of {@link #scan(Prepared)} would try, listed in one pass.
         */
        public int[][] candidates(Prepared text) {
            int count = patterns.length;
            int[][] out = new int[count][16];
            int[] sizes = new int[count];
            int[] starts = text.starts;
            char[] chars = text.chars;
            char[] keys = KEYS;
            int[] firstMask = this.firstMask;
            int[] secondMask = this.secondMask;
            int length = chars.length;
            for (int s = 0; s < starts.length; s++) {
                int i = starts[s];
                int mask = firstMask[keys[chars[i]]];
                // (an opening of two chars or more needs a second char: at the text's end canStart rules it out)
                if (mask != 0 && i + 1 < length) mask &= secondMask[keys[chars[i + 1]]];
                if (mask != 0) addOpenings(mask, chars, i, out, sizes);
            }
            for (int k = 0; k < count; k++) out[k] = Arrays.copyOf(out[k], sizes[k]);
            return out;
        }

        /** A text's chars ({@link #prepare}d without its word starts) and {@link #candidates} of the group on it. */
        public record Candidates(Prepared text, int[][] lists) {}

        /**
         * {@link #prepare} and {@link #candidates} of {@code text} in one pass: the word starts are found and tried
         * as the chars are read, instead of being stored (an int a word, a quarter of the text's length allocated)
         * and read back. The {@link Prepared} lists no word starts: it is for {@link #scan(int, Prepared, int[][])}
         * only. {@code AnchoredGroupTest} compares it with the two passes.
         */
        public Candidates candidatesOf(CharSequence text) {
            char[] chars = charsOf(text);
            int count = patterns.length;
            int[][] out = new int[count][16];
            int[] sizes = new int[count];
            byte[] kinds = KINDS;
            char[] keys = KEYS;
            int[] firstMask = this.firstMask;
            int[] secondMask = this.secondMask;
            int length = chars.length;
            boolean afterLetter = false;
            for (int i = 0; i < length; i++) {
                byte kind = kinds[chars[i]];
                boolean start = !afterLetter && (kind & SPACE) == 0;
                afterLetter = (kind & LETTER) != 0;
                if (!start) continue;
                // from here as candidates(Prepared) at each word start
                int mask = firstMask[keys[chars[i]]];
                if (mask != 0 && i + 1 < length) mask &= secondMask[keys[chars[i + 1]]];
                if (mask != 0) addOpenings(mask, chars, i, out, sizes);
            }
            for (int k = 0; k < count; k++) out[k] = Arrays.copyOf(out[k], sizes[k]);
            return new Candidates(new Prepared(text, chars, null), out);
        }

        /**
         * Adds {@code i} to the candidates of each pattern of {@code mask} (those whose first two case keys allow it)
         * that one of its openings starts at {@code i}: canStart's openings, inline (under C1 a call per word and
         * pattern), asked once per word start that passes the masks; no word-start check: a word start has no letter
         * before it (wordStarts).
         */
        private void addOpenings(int mask, char[] chars, int i, int[][] out, int[] sizes) {
            char[] keys = KEYS;
            int length = chars.length;
            while (mask != 0) {
                int k = Integer.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                AnchoredPattern pattern = patterns[k];
                boolean opens = false;
                for (char[] o : pattern.byFirst[pattern.slot[keys[chars[i]]] - 1]) {
                    if (i + o.length > length) continue;
                    int j = 1;
                    while (j < o.length && keys[chars[i + j]] == o[j]) j++;
                    if (j == o.length) {
                        opens = true;
                        break;
                    }
                }
                if (!opens) continue;
                if (sizes[k] == out[k].length) out[k] = Arrays.copyOf(out[k], sizes[k] * 2);
                out[k][sizes[k]++] = i;
            }
        }

        /** A search of the group's {@code k}-th pattern over {@code text}, given {@link #candidates} of that text. */
        public Scan scan(int k, Prepared text, int[][] candidates) {
            return patterns[k].scan(text, candidates[k]);
        }
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

    private static final byte LETTER = 1;
    private static final byte SPACE = 2;
    /** {@code Character.isLetter} and {@code Character.isWhitespace} of every char, as bits. */
    private static final byte[] KINDS = kinds();

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = (byte) ((Character.isLetter((char) c) ? LETTER : 0) | (Character.isWhitespace((char) c) ? SPACE : 0));
        }
        return kinds;
    }

    private static char key(char c) {
        return KEYS[c];
    }

    /** Whether one of the openings starts at {@code i} (and, for a word-start pattern, no letter is before it). */
    boolean canStart(Prepared p, int i) {
        char[] chars = p.chars;
        char[] keys = KEYS;
        int s = slot[keys[chars[i]]];
        if (s == 0) return false;
        if (wordStart && i > 0 && (KINDS[chars[i - 1]] & LETTER) != 0) return false;
        for (char[] o : byFirst[s - 1]) {
            if (i + o.length > chars.length) continue;
            int j = 1;
            while (j < o.length && keys[chars[i + j]] == o[j]) j++;
            if (j == o.length) return true;
        }
        return false;
    }

    /** One pass over a text; {@link #matcher()} holds the current match. */
    public static final class Scan {
        private final AnchoredPattern anchored;
        private final Prepared prepared;
        private final CharSequence text;
        private final int[] starts;
        private final Matcher matcher;
        private int next;
        private int nextStart;

        /** Whether {@link #starts} are candidates: {@link #canStart} holds at each, and is not asked again. */
        private final boolean candidates;

        private Scan(AnchoredPattern anchored, Prepared prepared, boolean atWordStarts) {
            this(anchored, prepared, atWordStarts ? prepared.starts : null, false);
        }

        private Scan(AnchoredPattern anchored, Prepared prepared, int[] starts, boolean candidates) {
            this.anchored = anchored;
            this.prepared = prepared;
            this.text = prepared.text;
            this.starts = starts;
            this.candidates = candidates;
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
            if (!candidates && !anchored.canStart(prepared, i)) return false;
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
