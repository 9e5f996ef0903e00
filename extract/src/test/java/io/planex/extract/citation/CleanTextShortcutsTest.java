package io.planex.extract.citation;

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

    private static final java.util.regex.Pattern SPLIT_NUMBER =
            java.util.regex.Pattern.compile("(?<![\\p{L}])[sS][ốỐ] \\d \\d[/-]");

    /** Steps 3 and 4 at the places listed while the copy is made against their two passes over the finished copy. */
    @Test
    void numberStepsAtListedPlacesMatchTheirTwoPasses() {
        String[] pieces = {"số ", "Số ", "SỐ ", "ố", "s", "1", "12", "322", "4", " ", "  ", "\t", "\u00a0", "/", "-", "–",
            "O", "o", "0", "2O19", "1O79/", "O1", "oO1", "1oo", "x", "a", "a1 2/", "5 3/", "\n", " \n", "Ẩ", ".", ",",
            "\u00ad", "\u200b", "\u0301", "e\u0301", "Đ", "\u00d0", "１"};
        Random r = new Random(44);
        int changed = 0;
        int dropped = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) b.append(pieces[r.nextInt(pieces.length)]);
            String t = b.toString();
            for (boolean perCluster : new boolean[] {false, true}) {
                CleanText listed = CleanText.of(t, perCluster, true);
                CleanText passes = CleanText.of(t, perCluster, false);
                assertEquals(passes.text, listed.text, t);
                for (int i = 0; i <= listed.text.length(); i++) {
                    assertEquals(passes.inputStart(i), listed.inputStart(i), t);
                    assertEquals(passes.inputEnd(i), listed.inputEnd(i), t);
                }
                if (!perCluster && listed.text.contains("0") && !t.contains("0")) changed++;
                if (!perCluster && SPLIT_NUMBER.matcher(t).find() && !SPLIT_NUMBER.matcher(listed.text).find()) dropped++;
            }
        }
        assertTrue(changed > 3_000 && dropped > 300, "texts with an O read as 0: " + changed + ", with a gap dropped: " + dropped);
    }
}
