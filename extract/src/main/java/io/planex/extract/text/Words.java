package io.planex.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Word lists kept as resources (one entry a line, '#' starts a comment), and the folding used to compare
 * Vietnamese words: lower case, NFC, and the old tone placement ("uỷ", "hoà") moved to the new one ("ủy",
 * "hòa") because both spellings occur in the same texts.
 */
public final class Words {
    private Words() {}

    /** Entries of a resource next to {@code owner}, folded, longest first (so prefixes never shadow longer heads). */
    public static List<String> folded(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        for (String line : raw(owner, resource)) out.add(fold(line.replaceAll("\\s+", " ")));
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** Entries of a resource as written, in file order. */
    public static List<String> raw(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!s.isEmpty()) out.add(Normalizer.normalize(s, Normalizer.Form.NFC));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Lower case with tone marks on the new-style vowel and every whitespace character made a plain space. Keeps
     * the length of NFC input, so positions in the folded string are positions in the input.
     */
    public static String fold(String s) {
        if (s == null) return "";
        // one char array, folded and respelled in place: fold runs on every paragraph and name candidate
        char[] a = new char[s.length()];
        for (int i = 0; i < a.length; i++) {
            char c = s.charAt(i);
            a[i] = c < ASCII_FOLD.length ? ASCII_FOLD[c] : Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
        respell(a);
        return new String(a);
    }

    /** {@link #fold} of each ASCII char. */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < ASCII_FOLD.length; c++) {
            ASCII_FOLD[c] = Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
        }
    }

    /**
     * Moves tone marks to the new-style position in "oa", "oe", "uy" (hoà -> hòa, uỷ -> ủy). Works on any case
     * mix and keeps the length, so offsets stay valid.
     */
    public static String respell(String s) {
        char[] b = s.toCharArray();
        respell(b);
        return new String(b);
    }

    private static void respell(char[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            char second = b[i + 1];
            // a bare o/u followed by a toned a/e/y: move the tone onto the first vowel
            if (second >= TONED_VOWEL.length || TONED_VOWEL[second] == null) continue;
            char first = b[i];
            char base = Character.toLowerCase(first);
            if (base != 'o' && base != 'u') continue;
            String plain = TONED_VOWEL[second];
            char v = Character.toLowerCase(plain.charAt(0));
            char mark = plain.charAt(1);
            boolean pair = (base == 'o' && (v == 'a' || v == 'e')) || (base == 'u' && v == 'y');
            if (!pair || !isTone(mark)) continue;
            // only when the syllable ends here: "hoàn", "uyển" keep their marks
            if (i + 2 < b.length && Character.isLetter(b[i + 2])) continue;
            // "qua", "gia"-like onsets make o/u a glide only after q; "quý" keeps its mark
            if (i > 0 && Character.toLowerCase(b[i - 1]) == 'q') continue;
            String moved = Normalizer.normalize(first + String.valueOf(mark), Normalizer.Form.NFC);
            if (moved.length() != 1) continue;
            b[i] = moved.charAt(0);
            b[i + 1] = plain.charAt(0) == v ? (Character.isUpperCase(second) ? Character.toUpperCase(v) : v)
                    : plain.charAt(0);
        }
    }

    /**
     * For each char whose NFD is a vowel and one tone mark ("à" -> "a" + U+0300), that NFD; null for other chars.
     * respell looked it up with a normalisation per 'o'/'u' of every text it folded. All such letters lie
     * below U+1F00 ({@code WordsTest} checks the table against every char).
     */
    private static final String[] TONED_VOWEL = tonedVowels(0x1F00);

    static String[] tonedVowels(int limit) {
        String[] t = new String[limit];
        for (char c = 0; c < limit; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            if (nfd.length() == 2 && isTone(nfd.charAt(1))) t[c] = nfd;
        }
        return t;
    }

    private static boolean isTone(char mark) {
        return mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309' || mark == '\u0323';
    }

    /**
     * Lower case without any diacritics (đ -> d): for matching a few fixed words where OCR misreads marks
     * ("TỔ CHỨC THỤC HIỆN"), never for names.
     */
    public static String bare(String s) {
        // Latin letters, their marks and punctuation decompose to one base letter (combining class 0) and marks
        // that are dropped, so such text is bare char by char; anything else takes the full normalisation
        StringBuilder fast = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String b = c < BARE.length ? BARE[c] : null;
            if (b == null) return bareNormalised(s);
            fast.append(b);
        }
        return fast.toString();
    }

    /** {@link #bare} of each char of the Latin, combining-mark, Latin Extended Additional and punctuation blocks. */
    private static final String[] BARE = bareTable();

    private static String[] bareTable() {
        String[] t = new String[0x2070];
        for (int c = 0; c < t.length; c++) {
            boolean latin = c < 0x250 || c >= 0x300 && c < 0x370 || c >= 0x1E00 && c < 0x1F00 || c >= 0x2000;
            if (latin && !Character.isSurrogate((char) c)) t[c] = bareNormalised(String.valueOf((char) c));
        }
        return t;
    }

    private static String bareNormalised(String s) {
        String d = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** True when the text has letters and none of them is lower case ("ỦY BAN NHÂN DÂN", "KẾ HOẠCH 2025"). */
    public static boolean isCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) return false;
                letter = true;
            }
        }
        return letter;
    }
}
