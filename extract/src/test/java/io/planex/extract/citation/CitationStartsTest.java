package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CitationExtractor#lineAndListIntroStarts} gives what its two definitions give apart:
 * {@link SparseFind#lineStarts} and {@link CitationExtractor#listIntroStarts}, on every char next to the list words
 * and on random runs of list words, letters, digits, spaces and every kind of line terminator.
 */
class CitationStartsTest {
    private static final String[] PIECES = {"các", "Các", "CÁC", "những", "Những", "NHỮNG", "một", "Một", "một số",
        "mộ", "cá", "nhữ", "cac", "ccác", "5các", "xnhững", "Mmột", "(các", "-các", "các\n", "c", "n", "m", "C", "N", "M",
        "á", "ữ", "ộ", "h", "t", " ", "  ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u000B", "\f",
        "Kế hoạch", "số", "18-KH/UBND", "1.", "a)", "-", "+", "•", "Ẩ", "đ", "٣", "\u0301", "\u00a0"};

    @Test
    void everyCharBeforeAndAfterTheListWordsAndAtLineStarts() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertSame(ch + "các" + ch + "những" + ch + "một" + ch + "x" + ch);
            assertSame("x" + ch + "c" + ch + "ác" + ch);
        }
    }

    @Test
    void randomTexts() {
        Random r = new Random(15);
        for (int n = 0; n < 40_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = r.nextInt(24);
            for (int k = 0; k < pieces; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            assertSame(b.toString());
        }
    }

    private static void assertSame(String text) {
        int[][] both = CitationExtractor.lineAndListIntroStarts(text.toCharArray());
        assertArrayEquals(SparseFind.lineStarts(text), both[0], () -> "line starts of " + escaped(text));
        assertArrayEquals(CitationExtractor.listIntroStarts(text), both[1], () -> "list openings of " + escaped(text));
    }

    private static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : c);
        return b.toString();
    }
}
