package io.planex.ingest.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.ingest.layer.TextLayerJudge.GlyphCounts;
import io.planex.ingest.layer.TextLayerJudge.Judgement;
import io.planex.ingest.legacy.LegacyEncoding;
import io.planex.testkit.corpus.PlanGenerator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The judge's one pass reads each character's class from a table: it must count exactly what the rules, asked of
 * each character in turn, count. {@link #reference} is the pass as it was written before the table, kept here as
 * the yardstick; both run on generated pages, their TCVN3 mojibake, and random text mixing every kind of character
 * the pass tells apart (marks, alien and Vietnamese-only letters, junk, spaces, characters above the table).
 */
class TextLayerJudgeClassesTest {

    @Test
    void tableHoldsWhatTheRulesSay() {
        for (int k = 0; k < 0x2000; k++) {
            char c = (char) k;
            int f = TextLayerJudge.classOf(c);
            assertEquals(Character.isLetter(c), (f & TextLayerJudge.LETTER) != 0, () -> "letter " + hex(c));
            assertEquals(Character.isLowerCase(c), (f & TextLayerJudge.LOWER) != 0, () -> "lower " + hex(c));
            assertEquals(VietnameseSyllables.isVowel(c), (f & TextLayerJudge.VOWEL) != 0, () -> "vowel " + hex(c));
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), (f & TextLayerJudge.SPACE) != 0,
                    () -> "space " + hex(c));
        }
        // a few fixed points of the Vietnamese block and around it
        assertEquals(TextLayerJudge.LETTER | TextLayerJudge.VIETNAMESE_ONLY | TextLayerJudge.LOWER
                | TextLayerJudge.VOWEL, TextLayerJudge.classOf('ạ'));
        assertEquals(TextLayerJudge.LETTER | TextLayerJudge.VIETNAMESE_ONLY, TextLayerJudge.classOf('Đ'));
        assertEquals(TextLayerJudge.LETTER | TextLayerJudge.ALIEN | TextLayerJudge.LOWER, TextLayerJudge.classOf('ж'));
        assertEquals(TextLayerJudge.MARK, TextLayerJudge.classOf('\u0301'));
        assertEquals(TextLayerJudge.JUNK, TextLayerJudge.classOf('\uFFFD'));
        assertEquals(TextLayerJudge.JUNK, TextLayerJudge.classOf('\uE000'));
        assertEquals(TextLayerJudge.SPACE, TextLayerJudge.classOf('\u00A0'));
    }

    @Test
    void samePassAsTheRulesOnGeneratedPages() {
        PlanGenerator generator = new PlanGenerator(11);
        List<String> pages = new ArrayList<>();
        for (int i = 0; pages.size() < 400; i++) pages.addAll(TextLayerJudgeTest.pagesOf(generator.generate(i).text()));
        for (String page : pages) {
            assertSame(page);
            assertSame(LegacyEncoding.TCVN3.encode(page));
            assertSame(Normalizer.normalize(page, Normalizer.Form.NFD));
        }
    }

    @Test
    void samePassAsTheRulesOnRandomText() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                + "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýœŒšŠžŽŸƒĨĩŨũ"
                + "жЖюЯαβΩԱԲĀāĞğŁłǍǎɐɑ\u0300\u0301\u0303\u0309\u0323\u0903"
                + "\uFFFD\uE000\uF8FF\u0001\u0007\u007F\u0085\t\n\r \u00A0\u2003\u2028\u3000"
                + "0123456789.,;:-()/§\"'“”…–—ﬁ中文ＡＢ\uD835\uDC00\uD800";
        Random random = new Random(15);
        for (int t = 0; t < 3000; t++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertSame(s.toString());
        }
    }

    private static void assertSame(String text) {
        GlyphCounts glyphs = new GlyphCounts(text.length() + 5, text.length() / 2);
        assertEquals(reference(text, glyphs), TextLayerJudge.judge(text, glyphs), text);
    }

    /** The pass before the class table, character by character with the rules themselves. */
    private static Judgement reference(String text, GlyphCounts glyphs) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        int letters = 0;
        int alien = 0;
        int junk = 0;
        int nonSpace = 0;
        int checked = 0;
        int bad = 0;
        int displaced = 0;
        int displacedLower = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                if (isJunk(c)) junk++;
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) nonSpace++;
                i++;
                continue;
            }
            int start = i;
            boolean vietnameseOnly = false;
            boolean allVietnameseOnly = true;
            boolean upper = true;
            boolean vowel = false;
            while (i < n && (Character.isLetter(s.charAt(i)) || isMark(s.charAt(i)))) {
                char w = s.charAt(i);
                if (Character.isLetter(w)) {
                    letters++;
                    nonSpace++;
                    if (!Character.isSurrogate(w) && TextLayerJudge.isAlien(w)) alien++;
                    vietnameseOnly |= VietnameseSyllables.isVietnameseOnlyLetter(w);
                    allVietnameseOnly &= VietnameseSyllables.isVietnameseOnlyLetter(w) && VietnameseSyllables.isVowel(w);
                    upper &= !Character.isLowerCase(w);
                    vowel |= VietnameseSyllables.isVowel(w);
                } else {
                    nonSpace++;
                }
                i++;
            }
            String word = s.substring(start, i);
            if (allVietnameseOnly && !List.of("ở", "Ở", "ổ", "Ổ").contains(word)) {
                displaced++;
                if (!upper) displacedLower++;
            }
            if (vietnameseOnly && vowel && !(upper && i - start <= TextLayerJudge.MAX_ACRONYM)) {
                checked++;
                if (!VietnameseSyllables.isSyllable(s.substring(start, i))) bad++;
            }
        }
        // the verdict from the counts, as the judge gives it: compare the counts, take the judge's verdict only
        // when the counts agree (a verdict rule change is TextLayerJudgeTest's business)
        Judgement actual = TextLayerJudge.judge(text, glyphs);
        return new Judgement(actual.verdict(), actual.why(), letters, alien, junk, checked, bad, nonSpace, displaced,
                displacedLower);
    }

    private static boolean isJunk(char c) {
        return c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
                || (Character.isISOControl(c) && !Character.isWhitespace(c));
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
