package io.planex.ingest.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.corpus.RealSizePlans;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-by-word legacy-font decision is the decision by definition (whole text scored as is and decoded). */
class LegacyTextDetectorTest {
    private static final String PIECES_OF_TEXT = "Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính "
            + "trị; Ủy ban nhân dân tỉnh Hòa Bình, ngày 14 tháng 3 năm 2024. Uỷ ban nhân dân xã An Thạnh báo cáo "
            + "kết quả trước ngày 15/11 hằng năm. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập … “Tự do” café naïve";
    /** Chars that could trip a shortcut: separators, Latin-1 and Windows-1252 letters and marks, NFC oddities. */
    private static final String ODD = " \u00A0\t\n.,;:-/()<=>\u0338\u037E\u1FEF\u0301\u0300\u0323\u00C0\u00E0\u00E1"
            + "\u00F5\u00B9\u00A9\u00B5\u00D5\u0152\u0153\u2026\u2013\u201C\u00FF\u00AD\u01B0\u0111\u2003";

    @Test
    void wordByWordDecisionIsTheDecisionByDecoding() {
        List<String> texts = new ArrayList<>();
        RealSizePlans plans = new RealSizePlans(3);
        for (int i = 0; i < 2; i++) {
            String t = plans.text(i);
            texts.add(t);
            texts.add(LegacyEncoding.TCVN3.encode(t));
            texts.add(LegacyEncoding.VNI.encode(t));
            int half = t.length() / 2;
            texts.add(t.substring(0, half) + LegacyEncoding.TCVN3.encode(t.substring(half)));
            texts.add(LegacyEncoding.VNI.encode(t.substring(0, half)) + t.substring(half));
            texts.add(Normalizer.normalize(t, Normalizer.Form.NFD));
        }
        Random r = new Random(42);
        String[] sources = {PIECES_OF_TEXT, LegacyEncoding.TCVN3.encode(PIECES_OF_TEXT),
            LegacyEncoding.VNI.encode(PIECES_OF_TEXT), ODD};
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            int pieces = 1 + r.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                String s = sources[r.nextInt(sources.length)];
                int from = r.nextInt(s.length());
                b.append(s, from, Math.min(s.length(), from + 1 + r.nextInt(30)));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            for (Optional<LegacyEncoding> preferred : List.of(Optional.<LegacyEncoding>empty(),
                    Optional.of(LegacyEncoding.TCVN3), Optional.of(LegacyEncoding.VNI))) {
                assertEquals(LegacyTextDetector.detectByDecoding(t, preferred), LegacyTextDetector.detect(t, preferred),
                        () -> "text: " + t);
            }
        }
    }

    /** The per-thread word table answers what a map from the word's string answers, through growth and clearing. */
    @Test
    void seenWordsAnswerAsAMapOfStrings() {
        LegacyTextDetector.SeenWords seen = new LegacyTextDetector.SeenWords();
        java.util.Map<String, int[]> expected = new java.util.HashMap<>();
        java.util.Random r = new java.util.Random(31);
        String letters = "aàáâãbcđeêèéiìíoôơòóuưùúyýAÀÂĐ";
        for (int n = 0; n < 60_000; n++) {
            int length = 1 + r.nextInt(6);
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < length; k++) w.append(letters.charAt(r.nextInt(letters.length())));
            String word = w.toString();
            char[] text = (" x " + word + " y").toCharArray();
            int from = 3;
            int to = 3 + word.length();
            int hash = word.hashCode(); // what gains() works out while scanning the word
            int[] found = seen.get(text, from, to, hash);
            int[] known = expected.get(word);
            if (found != null) {
                org.junit.jupiter.api.Assertions.assertSame(known, found, word);
            } else {
                int[] readings = {n, -n};
                seen.put(text, from, to, hash, readings);
                expected.put(word, readings);
                org.junit.jupiter.api.Assertions.assertSame(readings, seen.get(text, from, to, hash), word);
            }
        }
    }

    /**
     * A document is Unicode without its words scored when its Unicode-only letters are at least as many as its
     * chars that could be font codes; legacy text never is, and otherwise the document's decision is {@code detect}.
     */
    @Test
    void documentDecisionTellsUnicodeByItsLetters() {
        RealSizePlans plans = new RealSizePlans(11);
        for (int i = 0; i < 6; i++) {
            String t = plans.text(i);
            assertTrue(LegacyTextDetector.readsAsUnicode(t), "plan " + i);
            assertTrue(LegacyTextDetector.readsAsUnicode(Normalizer.normalize(t, Normalizer.Form.NFD)) || !t.contains("đ"));
            assertEquals(Optional.empty(), LegacyTextDetector.detectDocument(t));
            for (LegacyEncoding e : LegacyEncoding.values()) {
                String legacy = e.encode(t);
                assertFalse(LegacyTextDetector.readsAsUnicode(legacy), e + " plan " + i);
                assertEquals(LegacyTextDetector.detect(legacy), LegacyTextDetector.detectDocument(legacy));
                assertEquals(Optional.of(e), LegacyTextDetector.detectDocument(legacy), e + " plan " + i);
                // half legacy: decided by its words, as before
                int half = t.length() / 2;
                String mixed = t.substring(0, half) + e.encode(t.substring(half));
                assertFalse(LegacyTextDetector.readsAsUnicode(mixed), e + " half of plan " + i);
                assertEquals(LegacyTextDetector.detect(mixed), LegacyTextDetector.detectDocument(mixed));
                // a Unicode plan with a legacy-typed heading is Unicode: its Latin-1 lines are not decoded
                String heading = e.encode(t.substring(0, Math.min(200, t.length())));
                assertEquals(Optional.empty(), LegacyTextDetector.detectDocument(heading + "\n" + t), e + " heading");
            }
        }
        String[][] table = {
            // text, reads as Unicode
            {"Phan Trung Bá", "false"}, // no Unicode-only letter: its words decide (and read best as they are)
            {"Kế hoạch", "true"}, {"Nguyễn Văn Bình", "true"}, {"Tên đơn vị", "true"}, {"Giám đốc", "true"},
            {"KÕ ho¹ch", "false"}, {"Keá hoaïch", "false"}, {"", "false"}, {"ABC 123", "false"}};
        for (String[] row : table) {
            assertEquals(Boolean.parseBoolean(row[1]), LegacyTextDetector.readsAsUnicode(row[0]), row[0]);
        }
        assertEquals(Optional.empty(), LegacyTextDetector.detectDocument("Phan Trung Bá"));
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyTextDetector.detectDocument("KÕ ho¹ch triÓn khai"));
    }
}
