package io.planex.ingest.legacy;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds text typed in a legacy Vietnamese font (TCVN3 or VNI) by how Vietnamese it reads: each candidate reading
 * (as is, decoded as TCVN3, decoded as VNI) is scored by its words, +1 for a word of Vietnamese letters with at
 * most one tone mark and a plausible vowel run, -1 for a word with symbols or letters Vietnamese does not use
 * ("ho¹ch", "Uû", "Vieät"). A decoding is chosen only when it reads strictly better than the text as is, so
 * Unicode text and plain ASCII are never touched.
 */
public final class LegacyTextDetector {
    private LegacyTextDetector() {}

    /** The encoding the text is best read in, or empty when it reads best as it is. */
    public static Optional<LegacyEncoding> detect(String text) {
        return detect(text, Optional.empty());
    }

    /**
     * The encoding a whole document is best read in: {@link #detect(String)}, except that a text is Unicode without
     * a word scored when the letters in it that only Unicode writes (ă, đ, ĩ, ũ, ơ, ư and the letters with a tone
     * mark of U+1EA0-U+1EF9: ạ, ả, ế, ệ, ở ...) are at least as many as its chars that could be font codes (Latin-1
     * and Windows-1252: à, á, ê, ô ... in Unicode text). Text typed in a legacy font reaches us as Latin-1 and
     * Windows-1252 chars only, so it has none of the first; Unicode Vietnamese has about twice as many of them as of
     * the second (2.0 and more on 1,191 real-size, small and real texts; text with a legacy half, 0.57-0.60). The
     * test is one table read per char, where scoring the words was about 4 % of extracting a Unicode text. Where a
     * document is mostly Unicode with a legacy part, its Unicode lines of Latin-1 letters alone ("Phan Trung Bá")
     * are then read as they are, not decoded in the part's encoding ("Phan Trung Bỏ"); the legacy part's lines
     * still decode on their own reading.
     */
    public static Optional<LegacyEncoding> detectDocument(String text) {
        return readsAsUnicode(text) ? Optional.empty() : detect(text);
    }

    /** Whether the letters only Unicode writes are at least as many as the chars that could be font codes. */
    static boolean readsAsUnicode(String text) {
        int unicodeOnly = 0;
        int codes = 0;
        for (char c : text.toCharArray()) { // an array: C1 does not hoist String.charAt's checks out of the loop
            byte k = CLASS[c];
            if (k == UNICODE_LETTER) unicodeOnly++;
            else if (k == CODE) codes++;
        }
        return unicodeOnly > 0 && unicodeOnly >= codes;
    }

    /**
     * As {@link #detect(String)}; when both encodings read equally well, the preferred one (the document's,
     * for a line) wins: short runs often read as plausible words in both.
     */
    public static Optional<LegacyEncoding> detect(String text, Optional<LegacyEncoding> preferred) {
        // The chars read from an array: String.charAt checks its index and coder on every call, which C1 (the
        // launcher's compiler for extract and ingest) does not hoist out of these loops.
        char[] chars = text.toCharArray();
        if (!hasHighByteChar(chars)) return Optional.empty();
        int[] gain = gains(chars);
        if (gain == null) return detectByDecoding(text, preferred);
        LegacyEncoding best = null;
        int bestGain = 0;
        for (LegacyEncoding e : LegacyEncoding.values()) {
            int g = gain[e.ordinal()];
            if (g > bestGain || (g == bestGain && best != null && preferred.orElse(null) == e)) {
                best = e;
                bestGain = g;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The decision by the definition: the whole text scored as is and decoded in each encoding. {@link #detect}
     * reaches the same decision word by word; this is its fallback for the rare text where that shortcut does not
     * hold (see {@link #gains}).
     */
    static Optional<LegacyEncoding> detectByDecoding(String text, Optional<LegacyEncoding> preferred) {
        int asIs = score(text);
        LegacyEncoding best = null;
        int bestScore = asIs;
        for (LegacyEncoding e : LegacyEncoding.values()) {
            int s = score(e.decode(text));
            if (s > bestScore || (s == bestScore && best != null && preferred.orElse(null) == e)) {
                best = e;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * For each encoding, how much better the text reads decoded than as is ({@code score(e.decode(text)) -
     * score(text)}), computed from the words that hold a possible font code only, or null when that shortcut
     * may not hold for this text. Decoding the whole text (three full passes, a string per char looked up) was
     * the largest single cost of extracting Unicode text, which has plenty of Latin-1 letters (à, á, ê, ô) but
     * gains nothing from decoding. The shortcut is exact because
     * <ul>
     *   <li>every code of both tables holds a byte 0x80-0xFF (not the no-break space) and decodes to letters, so
     *       decoding never turns a separator into a letter or back, and a word without such a char stays as it
     *       is;</li>
     *   <li>no code spans a separator, so a word decodes alone as it does inside the text;</li>
     *   <li>a word's score ignores letter case and Unicode normalisation, so neither the capitals TCVN3 restores
     *       from neighbouring words nor the final NFC changes it, except where NFC joins or splits words: a
     *       combining long solidus after '&lt;', '=' or '&gt;' ("≠"), and the Greek question mark and varia that
     *       become ';' and '`'. Text holding one of those three is decoded in full.</li>
     * </ul>
     * Per-word readings are memoised (Vietnamese has a few thousand syllables), so Unicode text costs one scan and
     * a map lookup per word with an accented Latin-1 letter. {@code LegacyTextDetectorTest} checks the shortcut
     * against the definition.
     */
    private static int[] gains(char[] text) {
        int n = text.length;
        int[] gain = new int[LegacyEncoding.values().length];
        SeenWords seen = SEEN.get();
        int i = 0;
        while (i < n) {
            while (i < n && CLASS[text[i]] == SEPARATOR) i++;
            int start = i;
            boolean coded = false;
            int hash = 0;
            while (i < n) {
                char c = text[i];
                byte k = CLASS[c];
                if (k == SEPARATOR) break;
                if (k == JOINS) return null;
                coded |= k == CODE;
                hash = 31 * hash + c;
                i++;
            }
            if (coded) {
                int[] readings = seen.get(text, start, i, hash);
                if (readings == null) {
                    readings = readings(new String(text, start, i - start));
                    seen.put(text, start, i, hash, readings);
                }
                for (int e = 0; e < gain.length; e++) gain[e] += readings[e + 1] - readings[0];
            }
        }
        return gain;
    }

    /**
     * This thread's words with a possible font code and their {@link #readings}, looked up by the word's chars in
     * the text: the shared memo is keyed by strings, and a string and its hash a word (most words of Vietnamese
     * text hold an accented Latin-1 letter) were most of the legacy check of Unicode text. Readings depend on the
     * word alone, so which table answers does not matter.
     */
    static final class SeenWords {
        private static final int MAX_WORDS = 1 << 14;
        private char[][] keys = new char[1 << 12][];
        private int[] hashes = new int[1 << 12];
        private int[][] values = new int[1 << 12][];
        private int size;

        int[] get(char[] text, int from, int to, int hash) {
            int mask = keys.length - 1;
            for (int at = mix(hash) & mask; keys[at] != null; at = (at + 1) & mask) {
                if (hashes[at] == hash && java.util.Arrays.equals(keys[at], 0, keys[at].length, text, from, to)) {
                    return values[at];
                }
            }
            return null;
        }

        void put(char[] text, int from, int to, int hash, int[] readings) {
            if (size >= MAX_WORDS) clear();
            if (2 * (size + 1) > keys.length) grow();
            insert(java.util.Arrays.copyOfRange(text, from, to), hash, readings);
        }

        private void insert(char[] key, int hash, int[] readings) {
            int mask = keys.length - 1;
            int at = mix(hash) & mask;
            while (keys[at] != null) at = (at + 1) & mask;
            keys[at] = key;
            hashes[at] = hash;
            values[at] = readings;
            size++;
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldHashes = hashes;
            int[][] oldValues = values;
            keys = new char[oldKeys.length * 2][];
            hashes = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2][];
            size = 0;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != null) insert(oldKeys[k], oldHashes[k], oldValues[k]);
            }
        }

        private void clear() {
            keys = new char[1 << 12][];
            hashes = new int[1 << 12];
            values = new int[1 << 12][];
            size = 0;
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }
    }

    private static final ThreadLocal<SeenWords> SEEN = ThreadLocal.withInitial(SeenWords::new);

    /** Word to its scores: as is, then decoded in each encoding (in declaration order). */
    private static final Map<String, int[]> WORD_READINGS = new ConcurrentHashMap<>();

    private static int[] readings(String word) {
        int[] known = WORD_READINGS.get(word);
        if (known != null) return known;
        LegacyEncoding[] encodings = LegacyEncoding.values();
        int[] r = new int[encodings.length + 1];
        r[0] = score(word);
        for (int e = 0; e < encodings.length; e++) r[e + 1] = score(encodings[e].decode(word));
        if (WORD_READINGS.size() >= MAX_CACHED_WORDS) WORD_READINGS.clear();
        WORD_READINGS.put(word, r);
        return r;
    }

    /** The plausibility score of a text as Vietnamese (see the class comment). */
    public static int score(String text) {
        int score = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) i++;
            int start = i;
            while (i < n && !isSeparator(text.charAt(i))) i++;
            if (i > start) score += wordScore(text.substring(start, i));
        }
        return score;
    }

    private static boolean hasHighByteChar(char[] text) {
        for (char c : text) {
            if (HIGH_BYTE[c]) return true;
        }
        return false;
    }

    private static final byte OTHER = 0;
    private static final byte SEPARATOR = 1;
    /** A char that may be a font code ({@link LegacyEncoding#isHighByteChar}). */
    private static final byte CODE = 2;
    /** U+0338, U+037E, U+1FEF: NFC joins or splits words at them (see {@link #gains}). */
    private static final byte JOINS = 3;
    /** A Vietnamese letter no legacy font code reads as (see {@link #detectDocument}); a letter to {@link #gains}. */
    private static final byte UNICODE_LETTER = 4;
    /** What {@link #gains} needs to know of each char, one table read instead of several calls per char. */
    private static final byte[] CLASS = classes();

    /** {@link LegacyEncoding#isHighByteChar} of every char (the no-break space is one, and a separator too). */
    private static final boolean[] HIGH_BYTE = highByteChars();

    private static boolean[] highByteChars() {
        boolean[] t = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) t[i] = LegacyEncoding.isHighByteChar((char) i);
        return t;
    }

    private static byte[] classes() {
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (isSeparator(c)) t[i] = SEPARATOR;
            else if (c == '\u0338' || c == '\u037E' || c == '\u1FEF') t[i] = JOINS;
            else if (LegacyEncoding.isHighByteChar(c)) t[i] = CODE;
            else if (isUnicodeOnlyLetter(c)) t[i] = UNICODE_LETTER;
        }
        return t;
    }

    private static boolean isUnicodeOnlyLetter(char c) {
        return "ăĂđĐĩĨũŨơƠưƯ".indexOf(c) >= 0 || (c >= '\u1EA0' && c <= '\u1EF9');
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || (c < 0x80 && !Character.isLetterOrDigit(c));
    }

    /**
     * Scores of the words seen so far. A document is scored three times (as is, as TCVN3, as VNI) and the
     * language has a few thousand syllables, so almost every word is a repeat; scoring one afresh (two
     * normalisations and a regular expression) was a fifth of a text PDF's ingest time. Cleared when full, so
     * garbage input cannot grow it without bound.
     */
    private static final Map<String, Integer> WORD_SCORES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_WORDS = 50_000;

    private static int wordScore(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) ascii &= word.charAt(i) < 0x80;
        if (ascii) return 0;
        Integer known = WORD_SCORES.get(word);
        if (known != null) return known;
        int score = scoreAfresh(word);
        if (WORD_SCORES.size() >= MAX_CACHED_WORDS) WORD_SCORES.clear();
        WORD_SCORES.put(word, score);
        return score;
    }

    private static int scoreAfresh(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        int tones = 0;
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tones++;
                case '\u0302', '\u0306', '\u031B' -> {
                    // vowel quality marks: fine on the vowels that take them, checked below by letter
                }
                default -> {
                    if (c == 'đ' || c == 'Đ') {
                        base.append('d');
                    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || Character.isDigit(c)) {
                        base.append(Character.toLowerCase(c));
                    } else {
                        return -1; // a symbol or a letter Vietnamese does not write
                    }
                }
            }
        }
        if (tones > 1 || !validMarks(word)) return -1;
        return isSyllable(word) ? 1 : -1;
    }

    /** Each precomposed letter is one Vietnamese writes (â, ê, ô, ă, ơ, ư; no û, ï, ä, ñ...). */
    private static boolean validMarks(String word) {
        String nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c < 0x80 || Character.isDigit(c)) continue;
            if (VIETNAMESE_LETTERS.indexOf(Character.toLowerCase(c)) < 0) return false;
        }
        return true;
    }

    private static final String VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
            + "ùúủũụưừứửữựỳýỷỹỵđ";

    /**
     * Vietnamese syllable shape, tone marks removed: onset, one of the language's vowel nuclei, coda. Words
     * with digits pass (numbers and codes are judged by their letters elsewhere).
     */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
                    + "(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
                    + "|[aăâeêioôơuưy])"
                    + "(?:ch|ng|nh|[cmnpt])?");

    private static boolean isSyllable(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) < 0) toneless.append(c);
        }
        String t = Normalizer.normalize(toneless, Normalizer.Form.NFC);
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) return true;
        }
        return SYLLABLE.matcher(t).matches();
    }
}
