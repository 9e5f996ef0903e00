package io.planex.extract.text;

import java.lang.ref.WeakReference;
import java.text.Normalizer;

/**
 * {@code Normalizer.isNormalized(s, NFC)} with a table for the common case: text made only of chars that are NFC on
 * their own, have combining class 0 and never compose with a char before them (Latin, Latin-1, Latin Extended,
 * the precomposed Vietnamese letters of Latin Extended Additional, general punctuation) is NFC as a whole, because
 * NFC can only change such text by reordering marks or composing a pair whose second char is one of those excluded.
 * The JDK's check walks its normalisation data per char; it was a few per cent of extraction under C1, run twice
 * per text (the pipeline's own check and the citation reader's working copy). Any other char takes the JDK's check.
 * {@code NfcTest} checks the table's premise (no safe char is the second of a composition) and compares the result
 * with the JDK's on random and generated texts.
 */
public final class Nfc {
    private Nfc() {}

    static final boolean[] SAFE = safe();

    private static boolean[] safe() {
        boolean[] safe = new boolean[0x2070];
        for (int c = 0; c < safe.length; c++) {
            boolean range = c < 0x300 || c >= 0x1E00 && c < 0x1F00 || c >= 0x2000;
            if (!range) continue;
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.SURROGATE) {
                continue;
            }
            safe[c] = Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFC);
        }
        return safe;
    }

    /** Whether {@code s} is in NFC, as {@code Normalizer.isNormalized(s, Normalizer.Form.NFC)} says. */
    public static boolean isNormalized(String s) {
        // the pipeline asks it of a text, then the citation reader of the same instance for its working copy
        WeakReference<String> last = LAST_NORMALIZED.get();
        if (last != null && last.get() == s) return true;
        boolean nfc = isNormalized(s, TextChars.of(s));
        if (nfc) LAST_NORMALIZED.set(new WeakReference<>(s));
        return nfc;
    }

    /**
     * The last text of this thread found in NFC (a string is immutable, so an instance once NFC stays so); weakly
     * held, so a large text is not kept for it.
     */
    private static final ThreadLocal<WeakReference<String>> LAST_NORMALIZED = new ThreadLocal<>();

    /** As {@link #isNormalized(String)}, given the chars of {@code s}. */
    public static boolean isNormalized(String s, char[] chars) {
        boolean[] safe = SAFE;
        for (char c : chars) {
            if (c >= safe.length || !safe[c]) return Normalizer.isNormalized(s, Normalizer.Form.NFC);
        }
        return true;
    }
}
