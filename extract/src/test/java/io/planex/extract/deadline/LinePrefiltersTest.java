package io.planex.extract.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-line tests that skip a regex where it cannot match, against the regex: the time column's label lines.
 * (The outline's page numbers and the task table's number header are checked in the unit package.)
 */
class LinePrefiltersTest {
    static final String[] PIECES = {"thời", "Thời", "THỜI", "hạn", "HẠN", "gian", "GIAN", "hoàn", "thành", "THÀNH",
        "tiến", "độ", "ĐỘ", "Độ", "thực", "hiện", "HIỆN", "s", "số", "Số", "sô", "STT", "TT", "tt", "Stt", "1", "12", "123",
        "1234", "-", "+", "•", ":", ".", " ", "  ", "\t", "\u0085", "\u2028", "\r", "\u00a0", "n", "h", "ộ", "Ộ", "ʜ", "x"};

    private static final String[] WORDS = {"thời", "THỜI", "Thời", "hạn", "Hạn", "gian", "GIAN", "hoàn", "HOÀN", "thành",
        "THÀNH", "tiến", "Tiến", "độ", "ĐỘ", "thực", "hiện", "HIỆN"};
    private static final String[] ENDS = {"", "", ":", " :", " ", "\u0085", "\u2028", "x", ".", "\t"};

    static String randomLine(Random r) {
        if (r.nextBoolean()) {
            // label-shaped: a marker, label words, an ending
            StringBuilder b = new StringBuilder(new String[] {"", "", "- ", "+", "• "}[r.nextInt(5)]);
            int n = 1 + r.nextInt(4);
            for (int k = 0; k < n; k++) b.append(k > 0 ? " " : "").append(WORDS[r.nextInt(WORDS.length)]);
            return b.append(ENDS[r.nextInt(ENDS.length)]).toString();
        }
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(7);
        for (int k = 0; k < n; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) == 0 ? "" : " ");
        return r.nextBoolean() ? b.toString().strip() : b.toString();
    }

    @Test
    void labelLineFilterNeverSkipsAMatch() {
        Random r = new Random(19);
        int matches = 0;
        for (int n = 0; n < 60_000; n++) {
            String line = randomLine(r);
            boolean match = TimeColumn.isLabelLineByPattern(line);
            if (match) matches++;
            assertTrue(!match || TimeColumn.mayBeLabelLine(line, new int[] {0, line.length()}), line);
            // and at an offset inside a longer text, as labelled() asks it
            String text = "x\n" + line + "\ny";
            assertEquals(TimeColumn.mayBeLabelLine(line, new int[] {0, line.length()}),
                    TimeColumn.mayBeLabelLine(text, new int[] {2, 2 + line.length()}), line);
        }
        for (String label : new String[] {"Thời hạn", "Thời gian hoàn thành:", "- Tiến độ thực hiện", "THỜI GIAN", "Tiến độ:"}) {
            assertTrue(TimeColumn.isLabelLineByPattern(label) && TimeColumn.mayBeLabelLine(label, new int[] {0, label.length()}), label);
        }
        assertTrue(matches > 100, "matches: " + matches);
    }

    @Test
    void numberHeaderFilterNeverSkipsAMatch() {
        Random r = new Random(29);
        int matches = 0;
        for (int n = 0; n < 60_000; n++) {
            String line = randomLine(r);
            String stripped = line.strip();
            boolean match = TimeColumn.isNumberHeaderByPattern(stripped);
            if (match) matches++;
            // as cells() asks it: the stripped line at an offset inside a longer text
            String text = "x\n" + stripped + "\ny";
            assertTrue(!match || TimeColumn.mayBeNumberHeader(text.toCharArray(), new int[] {2, 2 + stripped.length()}),
                    stripped);
        }
        assertTrue(!TimeColumn.isNumberHeaderByPattern(""));
        assertTrue(matches > 100, "matches: " + matches);
    }
}
