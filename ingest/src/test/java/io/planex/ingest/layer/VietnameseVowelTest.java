package io.planex.ingest.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The vowel table answers as decomposing each letter does. */
class VietnameseVowelTest {
    @Test
    void vowelsWithAndWithoutMarks() {
        String vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵỨỸ";
        String others = "bcdđĐgklmnpqrstvxBZ019 .,-\t\u00a0\u0301ßñçæ";
        for (char c : vowels.toCharArray()) assertEquals(true, VietnameseSyllables.isVowel(c), "vowel " + c);
        for (char c : others.toCharArray()) assertEquals(false, VietnameseSyllables.isVowel(c), "not a vowel " + c);
    }

    @Test
    void theTableAgreesWithDecompositionEverywhereBelowIt() {
        for (char c = 0; c < 0x2000; c++) {
            assertEquals(VietnameseSyllables.vowelByDecomposition(c), VietnameseSyllables.isVowel(c), "U+" + (int) c);
        }
    }
}
