package io.planex.ingest.layer;

import java.text.Normalizer;

/**
 * Judges a page's text layer: usable, absent, or garbled (text that looks like text but is not, from a font whose
 * Unicode map is broken). Cheap enough for every page: one pass over the characters and one syllable check per
 * Vietnamese-looking word. The signals, each of which alone marks a page garbled:
 * <ul>
 *   <li><b>alien letters</b>: letters from scripts and blocks Vietnamese administrative text never uses
 *       (Cyrillic, Greek, Armenian, most of Latin Extended-A/B: "6Ӣ CÔNG 7+ѬѪ1*"), at least
 *       {@value #MIN_ALIEN} and {@value #ALIEN_PERCENT}% of the letters;</li>
 *   <li><b>impossible syllables</b>: words holding a letter only Vietnamese writes (ă đ ơ ư ạ ế ...) that are no
 *       Vietnamese syllable ("QăP"), at least {@value #MIN_BAD_SYLLABLES} and {@value #BAD_SYLLABLE_PERCENT}% of
 *       such words; short all-capital words are skipped (acronyms: "NĐ", "HĐND", "ĐUK");</li>
 *   <li><b>junk</b>: control, private-use and replacement characters, a tenth of the letters or more;</li>
 *   <li><b>stripped marks</b>: words of Vietnamese spelled without their marks ("cua", "duoc", "cac"), which text
 *       with its marks never holds, at least {@value #MIN_STRIPPED} and {@value #STRIPPED_PERCENT}% of the words (a
 *       scanner's own OCR layer under a scan's image, "Ke hoach trien khai cua UBND tinh");</li>
 *   <li><b>dropped glyphs</b> (PDF, from the parser's glyph counts): most glyphs the page draws have no Unicode
 *       value and the text holds far fewer characters than the page draws, as when a broken ToUnicode map makes
 *       the parser skip every glyph of a font ("UBND  LÀO CAI  HOÀ XÃ     NAM").</li>
 * </ul>
 * Legacy TCVN3/VNI pages (Latin-1 mojibake), English and French passages, tables of numbers and short pages trip
 * none of them: mojibake and French use only Latin-1 letters, which are never alien and never checked as
 * syllables, and the minimum counts keep short pages out. Pure and thread-safe.
 */
public final class TextLayerJudge {
    private TextLayerJudge() {}

    /** Fewest letters for a text layer to count at all (a signature page has a dozen). */
    public static final int MIN_LETTERS = 10;
    static final int MIN_ALIEN = 8;
    static final int ALIEN_PERCENT = 3;
    static final int MIN_BAD_SYLLABLES = 8;
    static final int BAD_SYLLABLE_PERCENT = 30;
    /** All-capital words this short are skipped by the syllable check: acronyms ("HĐND", "ĐUQS"). */
    static final int MAX_ACRONYM = 4;
    /**
     * Fewest words spelled as marked words read with their marks stripped ("cua", "duoc", "cac": stripped-words.txt),
     * and their least share of the page's words, for a page to count as having lost its marks: text with its marks
     * has none of them (a stray "va" or "xa" in a name is far under both).
     */
    static final int MIN_STRIPPED = 10;
    static final String MARKS_STRIPPED = "marks stripped";
    static final int STRIPPED_PERCENT = 8;
    static final int MIN_GLYPHS = 40;
    static final int UNMAPPED_PERCENT = 30;
    /** A clean page's text has 75-100% of its drawn glyphs as non-space characters (the rest are spaces). */
    static final int EMITTED_PERCENT = 60;

    public enum Verdict {
        /** Enough clean text to read. */
        USABLE,
        /** No text layer to speak of (a scan, a blank page). */
        NO_TEXT,
        /** A text layer that does not say what the page shows. */
        GARBLED
    }

    /** What the PDF parser counted on a page: glyphs drawn, and how many of them had no Unicode value. */
    public record GlyphCounts(int glyphs, int unmapped) {
        public static final GlyphCounts UNKNOWN = new GlyphCounts(-1, -1);
    }

    /** The signals measured on one page, and the verdict they give. */
    public record Judgement(Verdict verdict, String why, int letters, int alien, int junk, int checkedWords,
                            int badSyllables, int nonSpaceChars, int displacedWords, int displacedLowerCase) {
        /**
         * Whether the page's marked letters stand apart from their words ("Ban Th ng vườ ụ T nh yỉ ủ"): a PDF whose
         * maker drew the letters its font lacks from a fallback font, in a run of their own after the line, read in
         * the order drawn. The text is all there; read in the order of the page, it is whole again.
         */
        public boolean displacedMarks() {
            return displacedLowerCase >= MIN_DISPLACED;
        }

        /** Whether the page is garbled only for its lost marks: its words are there, read without them. */
        public boolean marksStripped() {
            return verdict == Verdict.GARBLED && MARKS_STRIPPED.equals(why);
        }
    }

    /**
     * Fewest words of marked vowels alone in lower case ("ả", "ườ") for a page to count as read out of order: none of
     * thousands of clean pages has one. (Capitals alone come from titles set with letter spacing too.)
     */
    static final int MIN_DISPLACED = 3;

    public static Verdict verdict(String text) {
        return judge(text, GlyphCounts.UNKNOWN).verdict();
    }

    public static Judgement judge(String text, GlyphCounts glyphs) {
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
        int words = 0;
        int stripped = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int f = classOf(c);
            if ((f & LETTER) == 0) {
                if ((f & JUNK) != 0) junk++;
                if ((f & SPACE) == 0) nonSpace++;
                i++;
                continue;
            }
            // a word: a run of letters (and marks, for text that is still decomposed)
            int start = i;
            boolean vietnameseOnly = false;
            boolean allMarkedVowels = true;
            boolean upper = true;
            boolean vowel = false;
            while (i < n && ((f = classOf(s.charAt(i))) & (LETTER | MARK)) != 0) {
                if ((f & LETTER) != 0) {
                    letters++;
                    nonSpace++;
                    if ((f & ALIEN) != 0) alien++;
                    vietnameseOnly |= (f & VIETNAMESE_ONLY) != 0;
                    allMarkedVowels &= (f & VIETNAMESE_ONLY) != 0 && (f & VOWEL) != 0;
                    upper &= (f & LOWER) == 0;
                    vowel |= (f & VOWEL) != 0;
                } else {
                    nonSpace++;
                }
                i++;
            }
            int length = i - start;
            words++;
            if (!vietnameseOnly && length >= 2 && length <= StrippedWords.MAX_LENGTH && StrippedWords.contains(s, start, i)) {
                stripped++;
            }
            // "ả", "ườ", "ộ ỉ": marked vowels alone, torn from their words ("ở" and "ổ" are words of their own)
            if (allMarkedVowels && !(length == 1 && isVowelWord(s.charAt(start)))) {
                displaced++;
                // capitals alone are also what a title set with letter spacing gives ("H Ư Ớ N G  D Ẫ N")
                if (!upper) displacedLower++;
            }
            if (vietnameseOnly && vowel && !(upper && length <= MAX_ACRONYM)) {
                checked++;
                if (!VietnameseSyllables.isSyllable(s.substring(start, i))) bad++;
            }
        }
        Verdict verdict;
        String why;
        if (letters >= MIN_LETTERS && junk * 10 >= letters) {
            verdict = Verdict.GARBLED;
            why = "junk characters";
        } else if (alien >= MIN_ALIEN && alien * 100 >= ALIEN_PERCENT * letters) {
            verdict = Verdict.GARBLED;
            why = "letters from other scripts";
        } else if (bad >= MIN_BAD_SYLLABLES && bad * 100 >= BAD_SYLLABLE_PERCENT * checked) {
            verdict = Verdict.GARBLED;
            why = "impossible syllables";
        } else if (stripped >= MIN_STRIPPED && stripped * 100 >= STRIPPED_PERCENT * words) {
            verdict = Verdict.GARBLED;
            why = MARKS_STRIPPED;
        } else if (droppedGlyphs(glyphs, nonSpace)) {
            verdict = Verdict.GARBLED;
            why = "glyphs without text";
        } else if (letters < MIN_LETTERS) {
            verdict = Verdict.NO_TEXT;
            why = "no text layer";
        } else {
            verdict = Verdict.USABLE;
            why = "";
        }
        return new Judgement(verdict, why, letters, alien, junk, checked, bad, nonSpace, displaced, displacedLower);
    }

    /** The marked vowels that are words by themselves in administrative text: "ở" (at), "ổ" ("ổ dịch"). */
    private static boolean isVowelWord(char c) {
        return c == 'ở' || c == 'Ở' || c == 'ổ' || c == 'Ổ';
    }

    private static boolean droppedGlyphs(GlyphCounts counts, int nonSpace) {
        if (counts.glyphs() < MIN_GLYPHS) return false;
        return counts.unmapped() * 100 >= UNMAPPED_PERCENT * counts.glyphs()
                && nonSpace * 100 < EMITTED_PERCENT * counts.glyphs();
    }

    // What the pass asks of each character, as bits: one table look-up instead of six Character and String calls
    // per letter (the judge runs on every page of every PDF, in C1-compiled workers).
    static final int LETTER = 1;
    static final int MARK = 1 << 1;
    static final int JUNK = 1 << 2;
    /** Whitespace or a space character: not counted among the page's non-space characters. */
    static final int SPACE = 1 << 3;
    /** An alien letter (set for letters only, never for a surrogate: a letter outside the BMP is not checked). */
    static final int ALIEN = 1 << 4;
    static final int VIETNAMESE_ONLY = 1 << 5;
    static final int LOWER = 1 << 6;
    static final int VOWEL = 1 << 7;
    /** Classes of U+0000..U+1FFF, which hold all of Vietnamese (U+1EA0..U+1EF9 included) and most other text. */
    private static final byte[] CLASSES = new byte[0x2000];

    static {
        for (char c = 0; c < CLASSES.length; c++) CLASSES[c] = (byte) classByRules(c);
    }

    static int classOf(char c) {
        return c < CLASSES.length ? CLASSES[c] & 0xFF : classByRules(c);
    }

    /** The class of {@code c} from the rules themselves ({@link #classOf} caches them). */
    static int classByRules(char c) {
        int f = 0;
        boolean letter = Character.isLetter(c);
        if (letter) f |= LETTER;
        if (isMark(c)) f |= MARK;
        if (isJunk(c)) f |= JUNK;
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) f |= SPACE;
        if (letter && !Character.isSurrogate(c) && isAlien(c)) f |= ALIEN;
        if (VietnameseSyllables.isVietnameseOnlyLetter(c)) f |= VIETNAMESE_ONLY;
        if (Character.isLowerCase(c)) f |= LOWER;
        if (VietnameseSyllables.isVowel(c)) f |= VOWEL;
        return f;
    }

    private static boolean isJunk(char c) {
        return c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE
                || (Character.isISOControl(c) && !Character.isWhitespace(c));
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /**
     * True for a letter Vietnamese, English or French text does not write, and that legacy-font mojibake
     * (Windows-1252 letters) cannot produce either.
     */
    static boolean isAlien(char c) {
        if (c < 0x250) {
            if (c < 0x100) return false; // ASCII and Latin-1 letters: English, French, TCVN3/VNI mojibake
            return "ĂăĐđĨĩŨũƠơƯưŒœŠšŽžŸƒ".indexOf(c) < 0;
        }
        return !(c >= '\u1EA0' && c <= '\u1EF9');
    }
}
