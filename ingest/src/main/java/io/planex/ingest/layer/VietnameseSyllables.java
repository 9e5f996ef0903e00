package io.planex.ingest.layer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The shape of a written Vietnamese syllable: optional onset, one of the language's vowel nuclei, optional coda,
 * at most one tone mark. A small grammar rather than a syllable list: it accepts every real syllable and a few
 * unused ones, and rejects what a broken font map makes of words ("QăP", "Vӕ", "ĈӝF").
 */
public final class VietnameseSyllables {
    private VietnameseSyllables() {}

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
                    + "(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu"
                    + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
                    + "|[aăâeêioôơuưy])"
                    + "(?:ch|ng|nh|[cmnpt])?");

    /**
     * Answers for the words seen so far: a language of a few thousand syllables repeats them on every page, and
     * checking one afresh (two normalisations and a regular expression) is most of a page's judgement. Cleared
     * when full, so garbage cannot grow it without bound.
     */
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 50_000;

    /** True when {@code word} (letters only, any case, NFC or NFD) is a well-formed Vietnamese syllable. */
    public static boolean isSyllable(String word) {
        Boolean known = KNOWN.get(word);
        if (known != null) return known;
        boolean syllable = check(word);
        if (KNOWN.size() >= MAX_KNOWN) KNOWN.clear();
        KNOWN.put(word, syllable);
        return syllable;
    }

    private static boolean check(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(nfd.length());
        int tones = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                toneless.append(c);
            }
        }
        if (tones > 1) return false;
        return SYLLABLE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC)).matches();
    }

    /**
     * True for a letter only Vietnamese writes (ă đ ơ ư ĩ ũ and the toned vowels of U+1EA0-U+1EF9): a word that has
     * one is meant to be Vietnamese. â, ê, ô, é, à... are left out: French writes them too.
     */
    public static boolean isVietnameseOnlyLetter(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || "ĂăĐđƠơƯưĨĩŨũ".indexOf(c) >= 0;
    }

    /**
     * Vowel letters below U+2000 (every Vietnamese one), decided once: the text-layer judge asks for every letter of
     * every page, and decomposing each one (a String and a Normalizer call) was 2-3 % of a worker's CPU.
     */
    private static final boolean[] VOWEL = new boolean[0x2000];

    static {
        for (char c = 0; c < VOWEL.length; c++) VOWEL[c] = vowelByDecomposition(c);
    }

    static boolean isVowel(char c) {
        return c < VOWEL.length ? VOWEL[c] : vowelByDecomposition(c);
    }

    static boolean vowelByDecomposition(char c) {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (base.isEmpty()) return false;
        char b = Character.toLowerCase(base.charAt(0));
        return "aeiouy".indexOf(b) >= 0 || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư';
    }
}
