package io.planex.ingest.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * A pre-Unicode Vietnamese font encoding: TCVN3 (ABC, TCVN 5712:1993 VN3) or VNI (VNI-Windows fonts).
 *
 * <p>Text typed in these fonts reaches us as "mojibake": the font's byte codes read as Windows-1252 (or Latin-1)
 * characters, because the PDF or Word file only knows the bytes, not the letters the font draws for them
 * ("KÕ ho¹ch" for "Kế hoạch" in TCVN3, "Keá hoaïch" in VNI). {@link #decode} turns such a string into Unicode;
 * {@link #encode} does the reverse (for tests and for round trips). The tables are resource files.
 */
public enum LegacyEncoding {
    TCVN3("tcvn3.tsv"),
    VNI("vni.tsv");

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Windows-1252 characters of bytes 0x80-0x9F, back to their byte. */
    private static final Map<Character, Integer> CP1252_HIGH = cp1252High();
    /**
     * The same as a table indexed by char (0 where none): both tests run on every char of every document, and a
     * boxed map lookup per Vietnamese letter (all of which lie in this range) was a visible cost.
     */
    private static final char[] CP1252_BYTE_OF = cp1252ByteTable();

    /** Byte sequence (as a string of chars 0-255) to Unicode letter. */
    private final Map<String, String> decodeTable = new HashMap<>();
    /** Unicode letter (NFC) to byte sequence. */
    private final Map<String, String> encodeTable = new HashMap<>();
    private final int longestSequence;

    LegacyEncoding(String resource) {
        int longest = 1;
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                StringBuilder bytes = new StringBuilder();
                for (String hex : cols[0].trim().split(" ")) bytes.append((char) Integer.parseInt(hex, 16));
                String letter = Normalizer.normalize(cols[1].trim(), Normalizer.Form.NFC);
                decodeTable.put(bytes.toString(), letter);
                encodeTable.putIfAbsent(letter, bytes.toString());
                longest = Math.max(longest, bytes.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.longestSequence = longest;
    }

    /**
     * Decodes mojibake into Unicode (NFC). Characters that are no code of this encoding pass through. In TCVN3,
     * a lower-case-only code inside an upper-case word becomes a capital, since the capitals font draws it so.
     */
    public String decode(String mojibake) {
        return Normalizer.normalize(decodeMapped(mojibake).text(), Normalizer.Form.NFC);
    }

    /** A decoded text and, for each of its chars, the index of the input char it came from. */
    public record Decoded(String text, int[] origin) {}

    /** As {@link #decode}, without the final NFC, keeping where each output char came from. */
    public Decoded decodeMapped(String mojibake) {
        String bytes = toBytes(mojibake);
        StringBuilder out = new StringBuilder(mojibake.length());
        int[] origin = new int[mojibake.length()];
        // Which output chars came from a code with no capital form (TCVN3 capitals font): fix their case after.
        boolean[] caseless = new boolean[mojibake.length() + 1];
        int i = 0;
        while (i < bytes.length()) {
            String letter = null;
            int len = Math.min(longestSequence, bytes.length() - i);
            for (; len >= 1; len--) {
                letter = decodeTable.get(bytes.substring(i, i + len));
                if (letter == null && len == 2 && this == VNI) letter = decodeTable.get(otherCaseMark(bytes, i));
                if (letter != null) break;
            }
            origin[out.length()] = i;
            if (letter == null) {
                out.append(mojibake.charAt(i));
                i++;
            } else {
                if (this == TCVN3 && Character.isLowerCase(letter.charAt(0))) caseless[out.length()] = true;
                out.append(letter);
                i += len;
            }
        }
        if (this == TCVN3) restoreCapitals(out, caseless);
        return new Decoded(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }

    /** Encodes Unicode text into this encoding's mojibake form (Windows-1252 characters). */
    public String encode(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder bytes = new StringBuilder(nfc.length() + 16);
        for (int i = 0; i < nfc.length(); i++) {
            String ch = String.valueOf(nfc.charAt(i));
            String code = encodeTable.get(ch);
            if (code == null && this == TCVN3 && Character.isUpperCase(ch.charAt(0))) {
                // No capital code: write the lower-case code, as typing in the capitals font does.
                code = encodeTable.get(ch.toLowerCase(java.util.Locale.ROOT));
            }
            bytes.append(code != null ? code : ch);
        }
        return fromBytes(bytes.toString());
    }

    /** True when the character can be one of this encoding's codes (a byte 0x80-0xFF as 1252/Latin-1). */
    static boolean isHighByteChar(char c) {
        return c >= 0x80 && (c <= 0xFF || (c < CP1252_BYTE_OF.length && CP1252_BYTE_OF[c] != 0));
    }

    private static String otherCaseMark(String bytes, int i) {
        char mark = bytes.charAt(i + 1);
        char other = mark >= 0xE0 ? (char) (mark - 0x20) : mark >= 0xC0 ? (char) (mark + 0x20) : mark;
        return "" + bytes.charAt(i) + other;
    }

    /**
     * A caseless code becomes a capital inside a capitals word: one whose other letters are all capitals, at
     * least two of them, or one capital if a neighbouring word is in capitals too ("KÕ HO¹CH" but "Uû ban").
     * A caseless first letter of a lower-case word that starts a sentence becomes a capital as well.
     */
    private static void restoreCapitals(StringBuilder s, boolean[] caseless) {
        int n = s.length();
        java.util.List<int[]> words = new java.util.ArrayList<>(); // start, end, upper, lower
        int start = 0;
        while (start < n) {
            while (start < n && !Character.isLetter(s.charAt(start))) start++;
            int end = start;
            int upper = 0;
            int lower = 0;
            while (end < n && Character.isLetter(s.charAt(end))) {
                if (!caseless[end]) {
                    if (Character.isUpperCase(s.charAt(end))) upper++;
                    else if (Character.isLowerCase(s.charAt(end))) lower++;
                }
                end++;
            }
            if (end > start) words.add(new int[] {start, end, upper, lower});
            start = end;
        }
        for (int w = 0; w < words.size(); w++) {
            int[] word = words.get(w);
            boolean any = false;
            for (int k = word[0]; k < word[1]; k++) any |= caseless[k];
            if (!any) continue;
            int upper = word[2];
            int lower = word[3];
            boolean caps = lower == 0 && (upper >= 2 || (upper == 1 && (capitalsNeighbour(s, words, w, w - 1)
                    || capitalsNeighbour(s, words, w, w + 1))));
            boolean sentenceStart = upper == 0 && startsSentence(s, word[0]);
            for (int k = word[0]; k < word[1]; k++) {
                if (caseless[k] && (caps || (sentenceStart && k == word[0]))) {
                    s.setCharAt(k, Character.toUpperCase(s.charAt(k)));
                }
            }
        }
    }

    /** Whether word {@code other}, next to word {@code w} with only spaces between, is a capitals word. */
    private static boolean capitalsNeighbour(CharSequence s, java.util.List<int[]> words, int w, int other) {
        if (other < 0 || other >= words.size()) return false;
        int from = Math.min(words.get(w)[1], words.get(other)[1]);
        int to = Math.max(words.get(w)[0], words.get(other)[0]);
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\t') return false;
        }
        int[] word = words.get(other);
        return word[3] == 0 && word[2] >= 2;
    }

    private static boolean startsSentence(CharSequence s, int at) {
        int k = at - 1;
        while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k--;
        if (k < 0) return true;
        char c = s.charAt(k);
        if (c == '.' || c == '!' || c == '?') return true;
        if (c == '\n') {
            int j = k - 1;
            while (j >= 0 && Character.isWhitespace(s.charAt(j))) j--;
            return j < 0 || ".!?".indexOf(s.charAt(j)) >= 0;
        }
        return false;
    }

    /** Each char to its byte value as a char 0-255 (Windows-1252 punctuation back to 0x80-0x9F). */
    private static String toBytes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char high = c > 0xFF && c < CP1252_BYTE_OF.length ? CP1252_BYTE_OF[c] : 0;
            b.append(high != 0 ? high : c);
        }
        return b.toString();
    }

    private static String fromBytes(String bytes) {
        StringBuilder s = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String mapped = new String(new byte[] {(byte) c}, CP1252);
                s.append(mapped.charAt(0) == '\uFFFD' ? c : mapped.charAt(0));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static char[] cp1252ByteTable() {
        int max = 0;
        for (char c : CP1252_HIGH.keySet()) max = Math.max(max, c);
        char[] t = new char[max + 1];
        CP1252_HIGH.forEach((c, b) -> t[c] = (char) b.intValue());
        return t;
    }

    private static Map<Character, Integer> cp1252High() {
        Map<Character, Integer> m = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            String s = new String(new byte[] {(byte) b}, CP1252);
            if (s.charAt(0) != '\uFFFD') m.put(s.charAt(0), b);
        }
        return m;
    }
}
