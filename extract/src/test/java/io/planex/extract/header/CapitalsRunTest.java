package io.planex.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The header reads a line's capitals run from the text's chars over the raw line ({@link SignatureReader#hasCapitalsRun(char[],
 * int, int)}) instead of from the stripped line's own copy: the same answer, since stripping drops only whitespace and
 * no whitespace char is upper case.
 */
class CapitalsRunTest {
    @Test
    void noWhitespaceCharIsUpperCase() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertFalse(Character.isWhitespace(ch) && Character.isUpperCase(ch), "char " + c);
        }
    }

    @Test
    void rawLineAgainstTheStrippedLine() {
        String[] pieces = {"TM.", "UBND", "CHỦ TỊCH", "Chủ tịch", "KT.", "A", "b", "Ủ", "ủ", " ", "  ", "\t", "\u2003",
            "\u00a0", "\u000b", "\f", "\r", "1", ".", "Nguyễn Văn A", "ǅ", "Ⓐ", "ⓐ", "ʰ"};
        Random r = new Random(21);
        int runs = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(10); k > 0; k--) b.append(pieces[r.nextInt(pieces.length)]);
            String text = b.toString();
            int from = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            boolean expected = SignatureReader.hasCapitalsRun(text.substring(from, to).strip());
            assertEquals(expected, SignatureReader.hasCapitalsRun(text.toCharArray(), from, to), () -> text);
            if (expected) runs++;
        }
        assertTrue(runs > 5_000, "lines with a capitals run: " + runs);
    }
}
