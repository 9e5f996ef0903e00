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
import java.util.regex.Pattern;

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

    /**
     * A lexicon's phrases as one regex alternation: words apart by any spacing (a comma with or without a space
     * after it), "*" any one word.
     */
    public static String alternation(List<String> entries) {
        StringBuilder alternation = new StringBuilder();
        for (String entry : entries) {
            StringBuilder one = new StringBuilder();
            boolean afterComma = false;
            for (String word : entry.strip().split("\\s+")) {
                boolean comma = word.endsWith(",");
                String w = comma ? word.substring(0, word.length() - 1) : word;
                if (one.length() > 0) one.append(afterComma ? "\\s*" : "\\s+");
                one.append(w.equals("*") ? "\\p{L}+" : Pattern.quote(w));
                if (comma) one.append(",");
                afterComma = comma;
            }
            alternation.append(alternation.length() == 0 ? "" : "|").append(one);
        }
        return alternation.toString();
    }

    /** Entries of a resource as written, in file order. */
    /**
     * The lines of a two-column lexicon ({@code left TAB right}, as {@link #raw} reads lines), each as its two columns
     * stripped; a line with no tab is left out. The callers fold, respell or bare the columns as their lexicon needs.
     */
    public static List<String[]> pairs(Class<?> owner, String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : raw(owner, resource)) {
            String[] kv = line.split("\t", 2);
            if (kv.length == 2) out.add(new String[] {kv[0].strip(), kv[1].strip()});
        }
        return out;
    }

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

    /** Whether {@code s[i, i + length)} stands as a word of its own: no letter right before it or right after it. */
    public static boolean standsAlone(String s, int i, int length) {
        int end = i + length;
        return (i == 0 || !Character.isLetter(s.charAt(i - 1))) && (end >= s.length() || !Character.isLetter(s.charAt(end)));
    }

    /**
     * Lower case with tone marks on the new-style vowel and every whitespace character made a plain space. Keeps
     * the length of NFC input, so positions in the folded string are positions in the input.
     */
    public static String fold(String s) {
        if (s == null) return "";
        return new String(foldChars(s));
    }

    /** {@link #fold} as a char array, for a caller that only scans it (no string made of it). */
    public static char[] foldChars(String s) {
        // one char array, folded and respelled in place: fold runs on every paragraph and name candidate
        char[] a = s.toCharArray();
        char[] fold = FOLD;
        for (int i = 0; i < a.length; i++) a[i] = fold[a[i]];
        respell(a);
        return a;
    }

    /**
     * {@link #fold}'s per-char step for every char: whitespace to a space, else {@code Character.toLowerCase}. A
     * table read instead of two Unicode property lookups per char (128 kB).
     */
    private static final char[] FOLD = foldTable();

    private static char[] foldTable() {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = Character.isWhitespace((char) c) ? ' ' : Character.toLowerCase((char) c);
        }
        return t;
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
        return new String(bareChars(s));
    }

    /** {@link #bare} as a char array (of exactly its length), for a caller that scans it. */
    public static char[] bareChars(String s) {
        // Latin letters, their marks and punctuation decompose to one base letter (combining class 0) and marks
        // that are dropped, so such text is bare char by char; anything else takes the full normalisation
        char[] a = s.toCharArray();
        char[] table = BARE_CHAR;
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            char b = c < table.length ? table[c] : NOT_ONE;
            if (b == NOT_ONE) return bareByStrings(s).toCharArray();
            if (b != DROPPED) a[k++] = b;
        }
        return k == a.length ? a : java.util.Arrays.copyOf(a, k);
    }

    /** {@link #bare} from the per-char strings, for text with a char whose bare form is not one char or none. */
    private static String bareByStrings(String s) {
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
    /** In {@link #BARE_CHAR}: the char's bare form is empty (a mark), or is not exactly one char (or not known). */
    private static final char DROPPED = '\uFFFE';
    private static final char NOT_ONE = '\uFFFF';
    /** {@link #BARE} as chars: the one char of each bare form, {@link #DROPPED} or {@link #NOT_ONE}. */
    private static final char[] BARE_CHAR = bareChars(BARE);

    private static char[] bareChars(String[] bare) {
        char[] t = new char[bare.length];
        for (int c = 0; c < t.length; c++) {
            String b = bare[c];
            t[c] = b == null ? NOT_ONE : b.isEmpty() ? DROPPED : b.length() == 1 && b.charAt(0) < DROPPED ? b.charAt(0) : NOT_ONE;
        }
        return t;
    }

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

    /**
     * {@code s.split("\\s+").length} without the split: {@code String.split} compiles a pattern for a regex of more
     * than one char on every call, and the unit extractor counts the words of every heading, item and name so.
     * Same count: the non-space runs, plus the empty leading piece when {@code s} opens with a space; an empty
     * string is one piece, a string of spaces none.
     */
    public static int splitCount(String s) {
        int n = s.length();
        if (n == 0) return 1;
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            boolean space = isRegexSpace(s.charAt(i));
            if (!space && !inRun) runs++;
            inRun = !space;
        }
        if (runs == 0) return 0;
        return isRegexSpace(s.charAt(0)) ? runs + 1 : runs;
    }

    /**
     * {@code s.replaceAll("\\s+", " ")} without the regex: each run of {@link #isRegexSpace} chars made one space.
     * The deadline and header readers collapse every sentence and header line they read so.
     */
    public static String collapseSpaces(String s) {
        char[] a = s.toCharArray();
        int k = 0;
        boolean changed = false;
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if (!isRegexSpace(c)) {
                a[k++] = c;
                continue;
            }
            int j = i + 1;
            while (j < a.length && isRegexSpace(a[j])) j++;
            if (c != ' ' || j > i + 1) changed = true;
            a[k++] = ' ';
            i = j - 1;
        }
        return changed ? new String(a, 0, k) : s;
    }

    /** {@code \s} of {@code java.util.regex} without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
