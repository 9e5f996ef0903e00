package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.corpus.RealSizePlans;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * CleanText's NFC-text path (runs of plain chars copied in a tight loop, the split-number gap's first test made
 * inline) against its per-cluster path, which on text without combining marks or surrogates gives every char its
 * own span too: same working copy, same input offsets for every working offset.
 */
class CleanTextShortcutsTest {
    private static final String[] PIECES = {"số", "Số", "SỐ", "1", "12", "322", "1 322", "2O19", "1O79/QĐ-TTg", "/", "-",
        "QĐ-UBND", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u00ad", "\u200b", "\ufeff", "\u2028", "\f",
        "o", "O", "0", "“", "”", "‘", "’", "–", "—", "…", "Nghị định", "của", "Ủy ban", "nhân dân", "ngày", "x", "5 3/",
        "số 1 3/2026/TT-BCT", "a1 2/", "ố", "s"};

    @Test
    void nfcPathMatchesThePerClusterPath() {
        List<String> texts = new ArrayList<>();
        RealSizePlans real = new RealSizePlans(3);
        for (int i = 0; i < 10; i++) texts.add(real.text(i, RealSizePlans.Layout.values()[i % RealSizePlans.Layout.values().length]));
        Random r = new Random(43);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = 1 + r.nextInt(14);
            for (int k = 0; k < count; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
            texts.add(b.toString());
        }
        int changed = 0;
        for (String t : texts) {
            CleanText fast = CleanText.of(t, false);
            CleanText general = CleanText.of(t, true);
            assertEquals(general.text, fast.text, t);
            for (int i = 0; i <= fast.text.length(); i++) {
                assertEquals(general.inputStart(i), fast.inputStart(i), t);
                assertEquals(general.inputEnd(i), fast.inputEnd(i), t);
            }
            if (!fast.text.equals(t)) changed++;
        }
        assertTrue(changed > 5_000, "texts the copy changed: " + changed);
    }

    /** The one-pass steps 3 and 4 against the two passes they were, on random runs of digits, O's, spaces, "số". */
    @Test
    void numberStepsInOnePassMatchTheirTwoPasses() {
        String[] pieces = {"số ", "Số ", "SỐ ", "ố", "s", "1", "12", "322", "4", " ", "/", "-", "O", "o", "2O19", "1O79/",
            "O1", "x", "a", "a1 2/", "5 3/", "\n", "Ẩ", ".", ","};
        Random r = new Random(44);
        int changed = 0;
        int dropped = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int count = r.nextInt(12);
            for (int k = 0; k < count; k++) b.append(pieces[r.nextInt(pieces.length)]);
            int len = b.length();
            // the arrays are longer than the copy, as CleanText's are
            for (int k = r.nextInt(3); k > 0; k--) b.append(pieces[r.nextInt(pieces.length)].charAt(0));
            char[] out = b.toString().toCharArray();
            int[] starts = new int[out.length + 1];
            int[] ends = new int[out.length + 1];
            for (int k = 0; k < starts.length; k++) {
                starts[k] = 3 * k;
                ends[k] = 3 * k + 1 + r.nextInt(3);
            }
            char[] out2 = out.clone();
            int[] starts2 = starts.clone();
            int[] ends2 = ends.clone();
            String text = new String(out, 0, len);
            int expected = CleanText.regularNumbersByDefinition(out, starts, ends, len);
            int actual = CleanText.regularNumbers(out2, starts2, ends2, len);
            assertEquals(expected, actual, text);
            assertArrayEquals(out, out2, text);
            assertArrayEquals(starts, starts2, text);
            assertArrayEquals(ends, ends2, text);
            if (expected != len || !new String(out, 0, len).equals(text)) changed++;
            if (expected != len) dropped++;
        }
        assertTrue(changed > 5_000 && dropped > 500, "arrays the steps changed: " + changed + ", with a gap dropped: " + dropped);
    }
}
