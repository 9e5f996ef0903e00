package io.planex.extract.citation;

/**
 * {@link Character#isLetter(char)}, {@link Character#isLetterOrDigit(char)} and {@link Character#toLowerCase(char)}
 * as one table read each, built from those methods themselves: the scans that step through every char of a text
 * (type words) call them once or twice per char, and each call walks the JDK's several-level property tables.
 */
final class Chars {
    private static final byte LETTER = 1;
    private static final byte DIGIT_OR_LETTER = 2;
    private static final byte[] FLAGS = new byte[Character.MAX_VALUE + 1];
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            byte f = 0;
            if (Character.isLetter(ch)) f |= LETTER;
            if (Character.isLetterOrDigit(ch)) f |= DIGIT_OR_LETTER;
            FLAGS[c] = f;
            LOWER[c] = Character.toLowerCase(ch);
        }
    }

    private Chars() {}

    static boolean isLetter(char c) {
        return (FLAGS[c] & LETTER) != 0;
    }

    static boolean isLetterOrDigit(char c) {
        return (FLAGS[c] & DIGIT_OR_LETTER) != 0;
    }

    static char toLowerCase(char c) {
        return LOWER[c];
    }
}
