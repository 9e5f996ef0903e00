package io.planex.extract.text;

/**
 * The chars of a text as an array, made once per text instance and shared by the scans that walk it char by char.
 * Under C1 (what {@code bin/planex} runs {@code extract} with) each {@code String.charAt} is a call with a bounds
 * check and a Latin-1/UTF-16 branch, which made string plumbing the largest self time of the extractors; an array
 * read in a loop is not. The pipeline hands the same text instance to every extractor one after the other, so the
 * last array made on a thread is kept, keyed by the text instance (as {@code Outline.of} keeps its outline).
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

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    /** The chars of {@code text} (never to be written to); the same array for the same instance asked twice in a row. */
    public static char[] of(String text) {
        Last last = LAST.get();
        if (last != null && last.text == text) return last.chars;
        char[] chars = text.toCharArray();
        LAST.set(new Last(text, chars));
        return chars;
    }
}
