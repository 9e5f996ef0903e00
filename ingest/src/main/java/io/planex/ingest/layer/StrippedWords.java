package io.planex.ingest.layer;

import io.planex.extract.text.Words;
import java.util.Arrays;

/**
 * The words of {@code stripped-words.txt} ("cua", "duoc", "cac"), looked up without making a string: each word's
 * lower-case ASCII letters packed five bits apiece into a long, found by binary search. The judge asks it of every
 * word of every PDF page.
 */
final class StrippedWords {
    static final int MAX_LENGTH = 6;
    private static final long[] KEYS = Words.raw(StrippedWords.class, "stripped-words.txt").stream()
            .mapToLong(w -> key(w, 0, w.length())).filter(k -> k >= 0).sorted().toArray();

    private StrippedWords() {}

    /** Whether {@code s[from, to)} is one of the words, in lower case (a capitalised word is a name or a heading). */
    static boolean contains(CharSequence s, int from, int to) {
        long k = key(s, from, to);
        return k >= 0 && Arrays.binarySearch(KEYS, k) >= 0;
    }

    /** The packed letters, or -1 when a char is not a lower-case ASCII letter or the word is too long. */
    private static long key(CharSequence s, int from, int to) {
        if (to - from > MAX_LENGTH) return -1;
        long k = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') return -1;
            k = (k << 5) | (c - 'a' + 1);
        }
        return k;
    }
}
