package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The outline's page-number test and the task table's number-header test against their regexes. */
class LinePrefiltersUnitTest {
    private static final String[] PIECES = {"s", "S", "số", "Số", "SỐ", "sô", "STT", "TT", "tt", "Stt", "ſtt", "1", "12",
        "123", "1234", "-", "+", ":", ".", " ", "  ", "\t", "\u0085", "\u2028", "\r", "\u00a0", "Trang", "a", "٣", "x"};

    @Test
    void prefiltersGiveTheRegexResult() {
        Random r = new Random(20);
        int pages = 0;
        int headers = 0;
        for (int n = 0; n < 60_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(5);
            for (int k = 0; k < words; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            String line = r.nextBoolean() ? b.toString().strip() : b.toString();
            assertEquals(Outline.isPageNumberByPattern(line), Outline.isPageNumber(line), line);
            assertEquals(TaskTable.isNumberHeaderByPattern(line), TaskTable.isNumberHeader(line), line);
            if (Outline.isPageNumberByPattern(line)) pages++;
            if (TaskTable.isNumberHeaderByPattern(line)) headers++;
        }
        assertTrue(pages > 100 && headers > 100, pages + " page numbers, " + headers + " headers");
        assertEquals(true, TaskTable.isNumberHeader("Số TT"));
        // every char a header may open with, as the case-insensitive pattern compares it (the first-char test)
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String rest : new String[] {"", "t", "tt", "tt.", "ố tt", "Ốstt", "ô\tstt.", "T", "TT."}) {
                String line = (char) c + rest;
                assertEquals(TaskTable.isNumberHeaderByPattern(line), TaskTable.isNumberHeader(line), line);
            }
        }
        assertEquals(true, Outline.isPageNumber("- 12 -"));
    }
}
