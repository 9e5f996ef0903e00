package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void respellsTheOldTonePlacement() {
        String[][] cases = {
            {"uỷ ban", "ủy ban"}, {"Uỷ ban", "Ủy ban"}, {"hoà bình", "hòa bình"}, {"HOÀ", "HÒA"}, {"khoẻ", "khỏe"},
            {"hoàn thành", "hoàn thành"}, {"quý", "quý"}, {"thuỷ", "thủy"}, {"", ""}};
        for (String[] c : cases) assertEquals(c[1], Words.respell(c[0]), c[0]);
    }

    @Test
    void foldKeepsTheLength() {
        String s = "Uỷ\tBAN  Nhân dân\u00A0tỉnh Hoà Bình";
        assertEquals(s.length(), Words.fold(s).length());
        assertTrue(Words.fold(s).startsWith("ủy ban  nhân dân"), Words.fold(s));
    }

    /** The toned-vowel table respell looks up covers every char that could move a tone. */
    @Test
    void tonedVowelTableCoversEveryTonedAeY() {
        for (int c = 0x1F00; c <= 0xFFFF; c++) {
            String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            if (nfd.length() != 2) continue;
            char v = Character.toLowerCase(nfd.charAt(0));
            boolean tone = "\u0300\u0301\u0303\u0309\u0323".indexOf(nfd.charAt(1)) >= 0;
            assertTrue(!tone || (v != 'a' && v != 'e' && v != 'y'), "U+" + Integer.toHexString(c));
        }
    }

    /** bare and fold work char by char on a table; they must give what the normalising definitions give. */
    @Test
    void bareAndFoldMatchTheirDefinitions() {
        java.util.Random r = new java.util.Random(15);
        String alphabet = "aAăâđĐeêioôơuưyỳýỷỹỵÀÁẢÃẠàáảãạỦủŨũỤụ \t\n\u00a0\u2003,.:;()-–“”0123456789"
                + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0345ǅĲ\u01f0ſKµß\u0130ΣσςҖ가\ud835\udc00";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int k = 0; k < len; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(bareByDefinition(s), Words.bare(s), s);
            assertEquals(foldByDefinition(s), Words.fold(s), s);
        }
        for (char c = 0; c < 0x3000; c++) {
            String s = "a" + c + "\u0301b";
            assertEquals(bareByDefinition(s), Words.bare(s), "U+" + Integer.toHexString(c));
            assertEquals(foldByDefinition(s), Words.fold(s), "U+" + Integer.toHexString(c));
        }
    }

    private static String bareByDefinition(String s) {
        String d = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) b.append(Character.toLowerCase(d.charAt(i)));
        }
        return b.toString();
    }

    /** splitCount is String.split("\\s+").length, collapseSpaces replaceAll("\\s+", " "); bareChars is bare as an array. */
    @Test
    void splitCountAndBareCharsMatchTheirDefinitions() {
        java.util.Random r = new java.util.Random(16);
        String alphabet = "ab đ \t\n\r\u000B\f\u00a0\u2003\u1680x,.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(10);
            for (int k = 0; k < len; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(s.split("\\s+").length, Words.splitCount(s), () -> "[" + s + "]");
            assertEquals(s.replaceAll("\\s+", " "), Words.collapseSpaces(s), () -> "[" + s + "]");
            assertEquals(Words.bare(s), new String(Words.bareChars(s)), s);
            assertEquals(Words.bare(s).length(), Words.bareChars(s).length, s);
        }
    }

    private static String foldByDefinition(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c));
        }
        return Words.respell(b.toString());
    }
}
