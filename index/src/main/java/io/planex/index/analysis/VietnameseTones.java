package io.planex.index.analysis;

import java.text.Normalizer;

/**
 * Puts the tone mark of a Vietnamese syllable where the "new" (phonological) placement rule puts it, so that the
 * two spellings in use ("hòa"/"hoà", "thủy"/"thuỷ", "ủy"/"uỷ") and common misplacements ("qúy" for "quý") become
 * one string. Pure function; input of any shape is accepted and returned NFC-normalised, unchanged when it is not
 * a single Vietnamese syllable with exactly one tone mark.
 *
 * <p>Rule: a vowel carrying a quality mark (â ă ê ô ơ ư) takes the tone (the last one: "ươ" -> ơ); otherwise "u"
 * after "q" and "i" after "g" belong to the consonant; a closed syllable puts it on the last vowel of the nucleus;
 * an open one puts it on the middle of three vowels, on the second of "oa", "oe", "uy" and on the first of other
 * pairs ("múa", "mía", "hái").
 */
public final class VietnameseTones {
    private VietnameseTones() {}

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT_BELOW = '\u0323';
    private static final char CIRCUMFLEX = '\u0302';
    private static final char BREVE = '\u0306';
    private static final char HORN = '\u031B';

    /** The syllable with its tone mark moved to the canonical vowel, NFC-normalised. */
    public static String normalize(String token) {
        if (token == null || token.isEmpty()) return token;
        String nfc = Normalizer.isNormalized(token, Normalizer.Form.NFC)
                ? token : Normalizer.normalize(token, Normalizer.Form.NFC);
        if (isAscii(nfc)) return nfc;
        String d = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        int n = d.length();
        // Letters of the decomposed syllable: base char, its quality mark (or 0), and where the tone sits.
        char[] base = new char[n];
        char[] quality = new char[n];
        int letters = 0;
        char tone = 0;
        int toneOn = -1;
        for (int i = 0; i < n; i++) {
            char c = d.charAt(i);
            if (isTone(c)) {
                if (tone != 0 || letters == 0) return nfc; // two tones, or a mark on nothing: not a syllable
                tone = c;
                toneOn = letters - 1;
            } else if (c == CIRCUMFLEX || c == BREVE || c == HORN) {
                if (letters == 0 || quality[letters - 1] != 0) return nfc;
                quality[letters - 1] = c;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return nfc; // some other diacritic: not Vietnamese, leave alone
            } else {
                base[letters++] = c;
            }
        }
        if (tone == 0) return nfc;
        int target = tonePosition(base, quality, letters);
        if (target < 0 || target == toneOn) return nfc;
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < letters; i++) {
            b.append(base[i]);
            if (quality[i] != 0) b.append(quality[i]);
            if (i == target) b.append(tone);
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** Index of the letter that should carry the tone, or -1 when the token is not one syllable. */
    static int tonePosition(char[] base, char[] quality, int letters) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < letters; i++) {
            if (isVowel(base[i])) {
                if (start < 0) start = i;
                else if (end != i) return -1; // a second vowel run: not a single syllable
                end = i + 1;
            } else if (!Character.isLetter(base[i])) {
                return -1;
            }
        }
        if (start < 0) return -1;
        char before = start > 0 ? Character.toLowerCase(base[start - 1]) : 0;
        char first = Character.toLowerCase(base[start]);
        if (end - start > 1 && quality[start] == 0
                && ((before == 'q' && first == 'u') || (before == 'g' && first == 'i'))) {
            start++;
        }
        int len = end - start;
        for (int i = end - 1; i >= start; i--) {
            if (quality[i] != 0) return i;
        }
        if (len == 1) return start;
        if (len > 3) return -1;
        boolean closed = end < letters;
        if (closed) return end - 1;
        if (len == 3) return start + 1;
        char a = Character.toLowerCase(base[start]);
        char b = Character.toLowerCase(base[start + 1]);
        boolean secondTakesTone = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
        return secondTakesTone ? start + 1 : start;
    }

    private static boolean isVowel(char c) {
        switch (Character.toLowerCase(c)) {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
                return true;
            default:
                return false;
        }
    }

    private static boolean isTone(char c) {
        return c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT_BELOW;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
