package io.planex.extract.text;

/**
 * The chars of a text as an array, made once per text instance and shared by the scans that walk it char by char.
 * Under C1 (what {@code bin/planex} runs {@code extract} with) each {@code String.charAt} is a call with a bounds
 * check and a Latin-1/UTF-16 branch, which made string plumbing the largest self time of the extractors; an array
 * read in a loop is not. The pipeline hands the same text instance to every extractor one after the other, so the
 * last two arrays made on a thread are kept, keyed by the text instance (as {@code Outline.of} keeps its outline):
 * the text's and the citation reader's working copy of it.
 *
 * <p>Callers must not write to the array.
 */
public final class TextChars {
    private TextChars() {}

    private static final class Last {
        final String text;
        final char[] chars;

        Last(String text, char[] chars) {
            this.text = text;
            this.chars = chars;
        }
    }

    /** The two last texts of this thread, the most recent first. */
    private static final ThreadLocal<Last[]> LAST = ThreadLocal.withInitial(() -> new Last[2]);

    /** The chars of {@code text} (never to be written to); the same array for one of the last two instances asked. */
    public static char[] of(String text) {
        Last[] last = LAST.get();
        if (last[0] != null && last[0].text == text) return last[0].chars;
        if (last[1] != null && last[1].text == text) {
            Last hit = last[1];
            last[1] = last[0];
            last[0] = hit;
            return hit.chars;
        }
        char[] chars = text.toCharArray();
        remember(last, new Last(text, chars));
        return chars;
    }

    /**
     * Makes {@code chars} the array {@link #of} gives for {@code text}: for a text built from a char array that its
     * maker keeps unchanged. {@code chars} must hold exactly the chars of {@code text}.
     */
    public static void share(String text, char[] chars) {
        if (chars.length != text.length()) throw new IllegalArgumentException("not the chars of the text");
        remember(LAST.get(), new Last(text, chars));
    }

    /**
     * Drops the array kept for {@code text}, if any: a reader that is done with a text lets its array go (2 bytes a
     * char; 48 MB for a 24 MB merged text) instead of keeping it until two other texts have come.
     */
    public static void forget(String text) {
        Last[] last = LAST.get();
        if (last[1] != null && last[1].text == text) last[1] = null;
        if (last[0] != null && last[0].text == text) {
            last[0] = last[1];
            last[1] = null;
        }
    }

    /**
     * A line terminator of {@code (?m)^} (and of {@code $} before a final one) without UNIX_LINES. A table read, so
     * that the method stays small enough for C1 to inline it (the comparisons took 53 bytes of bytecode, over C1's
     * 35-byte limit, so each whole-text scan paid a call per char); {@code TextCharsTest} checks it against
     * {@link #isLineTerminatorByDefinition} for every char.
     */
    public static boolean isLineTerminator(char c) {
        return c < TERMINATOR_LIMIT && TERMINATOR[c];
    }

    /** {@link #isLineTerminator} as java.util.regex defines it. */
    static boolean isLineTerminatorByDefinition(char c) {
        return c <= '\r' ? c == '\n' || c == '\r' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Past the last line terminator (U+2029). */
    private static final int TERMINATOR_LIMIT = 0x202A;
    private static final boolean[] TERMINATOR = terminators();

    private static boolean[] terminators() {
        boolean[] t = new boolean[TERMINATOR_LIMIT];
        for (char c = 0; c < TERMINATOR_LIMIT; c++) t[c] = isLineTerminatorByDefinition(c);
        return t;
    }

    private static void remember(Last[] last, Last entry) {
        last[1] = last[0];
        last[0] = entry;
    }
}
