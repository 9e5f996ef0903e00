package io.planex.index.analysis;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

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
 *
 * <p>Indexing calls this for every non-ASCII token, so precomposed letters are split by table lookup rather than
 * by {@link Normalizer}; only text holding combining marks takes the slow path through NFC.
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

    /** For each precomposed Latin letter below U+1F00: plain letter, quality mark, tone mark (0 when none). */
    private static final char[] PLAIN = new char[0x1F00];
    private static final char[] QUALITY = new char[0x1F00];
    private static final char[] TONE = new char[0x1F00];
    /** Not a letter Vietnamese writes (e.g. ï, ç): such a token is left alone. */
    private static final boolean[] FOREIGN = new boolean[0x1F00];
    /** (plain, quality, tone) -> precomposed letter. */
    private static final Map<Long, Character> COMPOSE = new HashMap<>();

    static {
        for (char c = 0x80; c < 0x1F00; c++) {
            if (!Character.isLetter(c)) continue;
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (d.length() == 1) {
                PLAIN[c] = c; // đ, Đ and letters without decomposition
                continue;
            }
            char plain = d.charAt(0);
            char quality = 0;
            char tone = 0;
            boolean ok = plain < 0x80 && d.length() <= 3;
            for (int i = 1; i < d.length() && ok; i++) {
                char m = d.charAt(i);
                if (isTone(m) && tone == 0) tone = m;
                else if ((m == CIRCUMFLEX || m == BREVE || m == HORN) && quality == 0) quality = m;
                else ok = false;
            }
            if (!ok) {
                FOREIGN[c] = true;
                continue;
            }
            PLAIN[c] = plain;
            QUALITY[c] = quality;
            TONE[c] = tone;
            COMPOSE.put(key(plain, quality, tone), c);
        }
    }

    private static long key(char plain, char quality, char tone) {
        return ((long) plain << 32) | ((long) quality << 16) | tone;
    }

    /** The syllable with its tone mark moved to the canonical vowel, NFC-normalised. */
    public static String normalize(String token) {
        if (token == null || token.isEmpty()) return token;
        char[] buf = token.toCharArray();
        int r = normalizeInPlace(buf, buf.length);
        if (r == NEEDS_NFC) return slowPath(token);
        return r == CHANGED ? new String(buf) : token;
    }

    /** {@link #normalizeInPlace} left the token as it was. */
    public static final int UNCHANGED = 0;
    /** {@link #normalizeInPlace} moved the tone mark. */
    public static final int CHANGED = 1;
    /** The token holds combining marks: compose it (NFC) and call again, or use {@link #normalize(String)}. */
    public static final int NEEDS_NFC = -1;

    /**
     * Moves the tone mark of {@code buf[0, length)} in place (precomposed letters keep the length); returns
     * {@link #UNCHANGED}, {@link #CHANGED} or {@link #NEEDS_NFC}. No allocation on the common paths.
     */
    public static int normalizeInPlace(char[] buf, int length) {
        char tone = 0;
        int toneOn = -1;
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            char c = buf[i];
            if (c < 0x80) continue;
            ascii = false;
            if (c >= 0x0300 && c <= 0x036F) return NEEDS_NFC;
            if (c >= 0x1F00 || FOREIGN[c] || PLAIN[c] == 0) return UNCHANGED; // not Vietnamese letters
            if (TONE[c] != 0) {
                if (tone != 0) return UNCHANGED; // two tones: not one syllable
                tone = TONE[c];
                toneOn = i;
            }
        }
        if (ascii || tone == 0) return UNCHANGED;
        char[] plain = new char[length];
        char[] quality = new char[length];
        for (int i = 0; i < length; i++) {
            char c = buf[i];
            plain[i] = c < 0x80 ? c : PLAIN[c];
            quality[i] = c < 0x80 ? 0 : QUALITY[c];
        }
        int target = tonePosition(plain, quality, length);
        if (target < 0 || target == toneOn) return UNCHANGED;
        Character without = compose(plain[toneOn], quality[toneOn], (char) 0);
        Character with = compose(plain[target], quality[target], tone);
        if (without == null || with == null) return UNCHANGED;
        buf[toneOn] = without;
        buf[target] = with;
        return CHANGED;
    }

    private static Character compose(char plain, char quality, char tone) {
        if (quality == 0 && tone == 0) return plain;
        return COMPOSE.get(key(plain, quality, tone));
    }

    /** Input holding combining marks: compose it first, then apply the fast path. */
    private static String slowPath(String token) {
        String nfc = Normalizer.normalize(token, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c >= 0x0300 && c <= 0x036F) return nfc; // marks that do not compose: not Vietnamese
        }
        return normalize(nfc);
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
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
            case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
                return true;
            default:
                return false;
        }
    }

    private static boolean isTone(char c) {
        return c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT_BELOW;
    }

    /**
     * The canonical form ({@link #normalize}) in the traditional placement that official names print ("Ủy ban",
     * "Hòa", "Thủy"): in an open syllable ending in "oa", "oe" or "uy" (not "qu-") the tone sits on the first of
     * the pair. Used to show names, never to match them. Input: one syllable.
     */
    public static String toTraditional(String syllable) {
        String s = normalize(syllable);
        int n = s.length();
        if (n < 2) return s;
        char first = s.charAt(n - 2);
        char second = s.charAt(n - 1);
        if (second >= 0x1F00 || first >= 0x1F00) return s;
        char plainFirst = Character.toLowerCase(PLAIN[first] == 0 ? first : PLAIN[first]);
        char plainSecond = Character.toLowerCase(PLAIN[second] == 0 ? second : PLAIN[second]);
        char tone = TONE[second];
        if (tone == 0 || TONE[first] != 0 || QUALITY[first] != 0 || QUALITY[second] != 0) return s;
        boolean pair = plainFirst == 'o' && (plainSecond == 'a' || plainSecond == 'e')
                || plainFirst == 'u' && plainSecond == 'y';
        if (!pair) return s;
        if (plainFirst == 'u' && n >= 3 && Character.toLowerCase(s.charAt(n - 3)) == 'q') return s;
        Character toned = COMPOSE.get(key(PLAIN[first] == 0 ? first : PLAIN[first], (char) 0, tone));
        Character bare = COMPOSE.get(key(PLAIN[second] == 0 ? second : PLAIN[second], (char) 0, (char) 0));
        if (toned == null) return s;
        return s.substring(0, n - 2) + toned + (bare == null ? (PLAIN[second] == 0 ? second : PLAIN[second]) : bare);
    }
}
