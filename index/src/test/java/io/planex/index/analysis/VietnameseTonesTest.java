package io.planex.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseTonesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // old placement -> new placement on oa, oe, uy (open syllables)
        "hòa, hoà", "hoà, hoà", "Hòa, Hoà", "HÒA, HOÀ", "khỏe, khoẻ", "khoẻ, khoẻ", "thủy, thuỷ", "thuỷ, thuỷ",
        "ủy, uỷ", "uỷ, uỷ", "Ủy, Uỷ", "ỦY, UỶ", "tùy, tuỳ", "lũy, luỹ", "hóa, hoá", "xòe, xoè", "họa, hoạ",
        // qu and gi belong to the consonant
        "qúy, quý", "quý, quý", "Qúy, Quý", "qủa, quả", "quả, quả", "gìa, già", "già, già", "gì, gì", "gìn, gìn",
        "giữ, giữ", "giừơng, giường",
        // a vowel with a quality mark takes the tone
        "ngừơi, người", "người, người", "nứơc, nước", "thuở, thuở", "Đảng, Đảng", "tiếng, tiếng", "tíêng, tiếng",
        "chuyện, chuyện", "khuýên, khuyến", "mùa, mùa", "mưa, mưa", "lựa, lựa", "cửa, cửa",
        // closed syllables: last vowel of the nucleus
        "hoàng, hoàng", "hòang, hoàng", "tóan, toán", "toán, toán", "hoạch, hoạch", "họach, hoạch", "thuýêt, thuyết",
        // open syllables with other pairs: first vowel; three vowels: middle
        "múa, múa", "muá, múa", "mía, mía", "miá, mía", "hái, hái", "haí, hái", "cáo, cáo", "caó, cáo",
        "khóai, khoái", "khoái, khoái", "xoáy, xoáy", "xóay, xoáy", "khủyu, khuỷu", "khuỷu, khuỷu",
        // single vowel, no tone, no vowel, ASCII
        "tỉnh, tỉnh", "xã, xã", "ban, ban", "Kết, Kết", "luận, luận", "57, 57", "kl, kl", "đ, đ"
    })
    void movesToneToTheCanonicalVowel(String in, String expected) {
        assertEquals(nfc(expected), VietnameseTones.normalize(in));
    }

    @Test
    void acceptsDecomposedInputAndReturnsNfc() {
        String decomposed = Normalizer.normalize("hòa", Normalizer.Form.NFD);
        assertEquals("hoà", VietnameseTones.normalize(decomposed));
        String decomposedNew = Normalizer.normalize("thuỷ", Normalizer.Form.NFD);
        assertEquals("thuỷ", VietnameseTones.normalize(decomposedNew));
        assertEquals(Normalizer.normalize("quý", Normalizer.Form.NFC),
                VietnameseTones.normalize(Normalizer.normalize("qúy", Normalizer.Form.NFD)));
    }

    @Test
    void leavesWhatIsNotOneVietnameseSyllableAlone() {
        assertEquals("hoàbình", VietnameseTones.normalize("hoàbình"), "two tones");
        assertEquals("café", VietnameseTones.normalize("café"));
        assertEquals("naïve", VietnameseTones.normalize("naïve"), "diaeresis is not Vietnamese");
        assertEquals("ùaoeiu", VietnameseTones.normalize("ùaoeiu"), "nucleus longer than three");
        assertEquals("à1b", VietnameseTones.normalize("à1b"));
        assertEquals("", VietnameseTones.normalize(""));
        assertNull(VietnameseTones.normalize(null));
        assertEquals("\u0301", VietnameseTones.normalize("\u0301"), "lone mark");
    }

    @Test
    void isIdempotent() {
        for (String s : new String[] {"hòa", "qúy", "ngừơi", "khóai", "ỦY", "tíêng", "Hòa", "giừơng"}) {
            String once = VietnameseTones.normalize(s);
            assertEquals(once, VietnameseTones.normalize(once), s);
        }
    }

    @Test
    void tablePathAgreesWithTheDecomposedPathForEveryVowelAndTone() {
        String vowels = "aăâeêioôơuưy";
        String[] tones = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
        String[][] frames = {{"h", "a"}, {"q", "u"}, {"ng", "n"}, {"th", "y"}, {"", "i"}, {"gi", ""}, {"kh", "u"},
            {"tr", ""}, {"", ""}, {"ch", "ng"}};
        int checked = 0;
        for (char v : vowels.toCharArray()) {
            for (String tone : tones) {
                String letter = nfc(v + tone);
                for (String[] f : frames) {
                    for (String s : new String[] {f[0] + letter + f[1], (f[0] + letter + f[1]).toUpperCase()}) {
                        String fast = VietnameseTones.normalize(s);
                        String slow = VietnameseTones.normalize(Normalizer.normalize(s, Normalizer.Form.NFD));
                        assertEquals(fast, slow, s);
                        assertEquals(fast, VietnameseTones.normalize(fast), "idempotent: " + s);
                        assertEquals(nfc(fast), fast, "NFC: " + s);
                        assertEquals(strip(s), strip(fast), "only the tone moves: " + s);
                        checked++;
                    }
                }
            }
        }
        assertEquals(12 * 6 * 10 * 2, checked);
    }

    /** The letters without their tone marks, in order. */
    private static String strip(String s) {
        return Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), Normalizer.Form.NFC);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "uỷ, ủy", "ủy, ủy", "Uỷ, Ủy", "UỶ, ỦY", "hoà, hòa", "Hoà, Hòa", "thuỷ, thủy", "khoẻ, khỏe", "hoạ, họa",
        "quý, quý", "qúy, quý", "hoàng, hoàng", "toán, toán", "tuyến, tuyến", "Đảng, Đảng", "ban, ban", "x, x"
    })
    void traditionalPlacementForDisplay(String in, String shown) {
        assertEquals(shown, VietnameseTones.toTraditional(in));
    }
}
