package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link AnchoredPattern.Group#candidates}' shortcuts (a mask by the first two keys, the openings compared inline, no
 * word-start check) against their definition: the word starts where the pattern's {@code canStart} holds.
 */
class AnchoredGroupTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static AnchoredPattern anchored(String regex, String... openings) {
        return new AnchoredPattern(Pattern.compile("(?<![\\p{L}])(?:" + regex + ")", FLAGS), openings);
    }

    // openings sharing first chars, sharing second chars, of one char ("6", "t") and cut short by the text's end
    private static final List<AnchoredPattern> PATTERNS = List.of(
            anchored("trước|chậm\\s+nhất|hạn", "trước", "chậm", "hạn"),
            anchored("thời\\s+hạn|hoàn", "thời", "hoàn"),
            anchored("tiến\\s+độ|thời", "tiến", "thời"),
            anchored("trong", "trong"),
            anchored("từ|kể\\s+từ", "từ", "kể"),
            anchored("(06|6|sáu)\\s+tháng|tháng|hàng|hằng|định", "06", "6", "sáu", "tháng", "hàng", "hằng", "định"),
            anchored("t", "t"),
            anchored("ab|ac", "ab", "ac"));
    private static final String[] PIECES = {"trước", "Trước", "TRƯỚC", "tr", "t", "T", "th", "thời", "THỜI", "thòi",
        "tiến", "tiền", "trong", "TRONG", "từ", "Từ", "tự", "kể", "\u212Aể", "Kể", "06", "6", "60", "0", "sáu", "SÁU",
        "tháng", "hàng", "hằng", "HẰNG", "h", "hạn", "hoàn", "định", "Định", "ĐỊNH", "đ", "chậm", "c", "ab", "ac", "a",
        "AB", "b", "x", "Ω", ":", ",", "(", ".", "-", "1", "\u0301", "\ud835\udc00"};

    @Test
    void candidatesAreTheWordStartsWherePatternsCanStart() {
        AnchoredPattern.Group group = new AnchoredPattern.Group(PATTERNS.toArray(new AnchoredPattern[0]));
        Random r = new Random(31);
        String[] gaps = {" ", " ", "", "  ", "\n", "\t", "\u00a0"};
        int found = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = n % 100 == 0 ? 1_000 + r.nextInt(1_000) : 1 + r.nextInt(10);
            for (int k = 0; k < words; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(gaps[r.nextInt(gaps.length)]);
            String text = b.toString();
            AnchoredPattern.Prepared prepared = AnchoredPattern.prepare(text);
            int[][] candidates = group.candidates(prepared);
            // the one-pass form gives the same lists and chars
            AnchoredPattern.Group.Candidates onePass = group.candidatesOf(text);
            for (int k = 0; k < PATTERNS.size(); k++) {
                assertArrayEquals(candidates[k], onePass.lists()[k], "one pass, pattern " + k + " on: " + text);
            }
            assertArrayEquals(text.toCharArray(), onePass.text().chars(), text);
            int[] starts = AnchoredPattern.wordStarts(text);
            for (int k = 0; k < PATTERNS.size(); k++) {
                List<Integer> expected = new ArrayList<>();
                for (int i : starts) {
                    if (PATTERNS.get(k).canStart(prepared, i)) expected.add(i);
                }
                int[] e = expected.stream().mapToInt(Integer::intValue).toArray();
                assertArrayEquals(e, candidates[k], "pattern " + k + " on: " + text);
                found += e.length;
            }
        }
        assertTrue(found > 10_000, "candidates found: " + found);
    }
}
