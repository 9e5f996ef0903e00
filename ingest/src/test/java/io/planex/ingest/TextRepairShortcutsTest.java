package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.ingest.legacy.LegacyEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The char-by-char shortcuts of {@link TextRepair} give what their definitions give: {@code hasColumnGap} is
 * {@code COLUMN_GAP.matcher(s).find()}, and a line cleaned straight from its page is
 * {@code clean(line).strip()} of the sliced line, text and raw offsets alike.
 */
class TextRepairShortcutsTest {
    private static final String[] PIECES = {"a", "Kế", "hoạch", "ĐU", " ", "  ", "    ", "     ", "\t", "\u000B", "\f",
        "\u00A0", "\u2007", "\u202F", "\u00AD", "\u200B", "\uFEFF", "\u00D0", "\u00F0", "\uFB01", "\uFB03", "\uFB05",
        "e\u0301", "\u0301", "a\u0323\u0302", "\u0300", "\uD835\uDC00", "\uD835", "\uDC00", "\u0344", "\u2028", "\u0085",
        "1.", "57-", "KL/TW", "ư", "ơ", "\u1EA1", "Ω", "\u212B", "x", ".", ":", "\u3000", "ho\u00B9ch", "K\u00D5", "Vie\u00E4t", "\u00E0", "\u20AC"};

    @Test
    void columnGapIsTheRegex() {
        String[] table = {"", "a", "a    b", "a   b", "a\tb", "\t", "    b", "a    ", "a  \t  b", "a     \u00A0", "\u00A0    b",
            "a    \nb", "x \u000B    y", "1.    2", "ab    cd    e"};
        for (String s : table) assertEquals(TextRepair.COLUMN_GAP.matcher(s).find(), TextRepair.hasColumnGap(s), s);
        Random r = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            String s = random(r);
            assertEquals(TextRepair.COLUMN_GAP.matcher(s).find(), TextRepair.hasColumnGap(s), s);
        }
    }

    @Test
    void lineCleanedFromThePageIsTheCleanedSlice() {
        Random r = new Random(16);
        // one arena for all lines, as a page's lines share one (their offsets must not move as later lines come),
        // and a fresh one a line
        TextRepair.Mapped.Builder arena = new TextRepair.Mapped.Builder(4);
        List<TextRepair.Mapped> earlier = new ArrayList<>();
        List<int[]> earlierOffsets = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            String page = random(r);
            int from = r.nextInt(page.length() + 1);
            int to = from + r.nextInt(page.length() - from + 1);
            int base = r.nextInt(1000);
            Optional<LegacyEncoding> document = DOCUMENT[r.nextInt(DOCUMENT.length)];
            TextRepair.Mapped line = TextRepair.Mapped.of(page, base).slice(from, to);
            TextRepair.Mapped expected = TextRepair.clean(TextRepair.decodeLegacy(line, document)).strip();
            TextRepair.Mapped actual = TextRepair.cleanLine(page, from, to, base, document, arena);
            assertEquals(expected.text, actual.text, page);
            assertArrayEquals(expected.offsets(), actual.offsets(), page);
            TextRepair.Mapped alone = TextRepair.cleanLine(page, from, to, base, document, new TextRepair.Mapped.Builder(1));
            assertEquals(expected.text, alone.text, page);
            assertArrayEquals(expected.offsets(), alone.offsets(), page);
            for (int k = 0; k <= expected.text.length(); k++) assertEquals(expected.offsets()[k], actual.src(k));
            if (n % 50 == 0) {
                earlier.add(actual);
                earlierOffsets.add(expected.offsets());
            }
        }
        for (int i = 0; i < earlier.size(); i++) assertArrayEquals(earlierOffsets.get(i), earlier.get(i).offsets());
    }

    @SuppressWarnings("unchecked")
    private static final Optional<LegacyEncoding>[] DOCUMENT = new Optional[] {Optional.empty(),
        Optional.of(LegacyEncoding.TCVN3), Optional.of(LegacyEncoding.VNI)};

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(12);
        for (int i = 0; i < k; i++) b.append(PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }
}
