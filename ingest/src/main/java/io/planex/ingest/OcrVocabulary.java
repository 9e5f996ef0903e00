package io.planex.ingest;

import io.planex.extract.text.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts back the marks Tesseract drops from the fixed phrases of tasks and deadlines ("chậm nhat" for "chậm nhất",
 * "phôi hợp" for "phối hợp", "kiêm tra" for "kiểm tra"), from the phrases of {@code ocr-vocabulary.txt}.
 *
 * <p>Why: the extractors read these phrases as printed; a scan read with one mark lost loses the deadline or the
 * partner it introduces. A run of OCR words is mended only when it has the phrase's letters (đ may have lost its
 * stroke) and each letter's marks are some of the phrase's own, or the ones Tesseract reads for them (an acute for a
 * hook above, a circumflex for a breve: "kiếm tra", "Tố chức"): OCR loses marks, so a word with another mark the
 * phrase lacks ("nhạt") is another word and stays. A run that fits two phrases differently is left as read. Phrases have
 * two words or more, so a lone word that is right without its marks ("ngay") is never touched. Applied to OCR
 * output only.
 */
final class OcrVocabulary {
    /** A phrase as printed, in lower case, split into words. */
    private record Phrase(String[] words) {}

    /** The phrases by the bare form of their first word. */
    private static final Map<String, List<Phrase>> BY_FIRST = load("ocr-vocabulary.txt");

    private OcrVocabulary() {}

    static String mend(String page) {
        List<int[]> words = words(page);
        if (words.isEmpty()) return page;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            List<Phrase> candidates = BY_FIRST.get(Words.bare(page.substring(w[0], w[1])));
            if (candidates == null) continue;
            String[] mended = null;
            int length = 0;
            boolean ambiguous = false;
            boolean asPrinted = false;
            for (Phrase p : candidates) {
                String[] m = fit(page, words, i, p);
                if (m == null) continue;
                if (m == AS_PRINTED) {
                    asPrinted = true; // "hàng năm" as printed is no "hằng năm" that lost a mark
                    break;
                }
                if (mended != null && p.words().length == length && !String.join(" ", m).equals(String.join(" ", mended))) {
                    ambiguous = true;
                } else if (mended == null || p.words().length > length) {
                    mended = m;
                    length = p.words().length;
                    ambiguous = false;
                }
            }
            if (mended == null || ambiguous || asPrinted) continue;
            if (out == null) out = new StringBuilder(page.length());
            for (int k = 0; k < length; k++) {
                int[] word = words.get(i + k);
                out.append(page, copied, word[0]).append(mended[k]);
                copied = word[1];
            }
            i += length - 1;
        }
        if (out == null) return page;
        return out.append(page, copied, page.length()).toString();
    }

    /** What {@link #fit} returns for words that already are the phrase. */
    private static final String[] AS_PRINTED = new String[0];

    /**
     * The words from {@code from} as the phrase prints them, with the OCR words' case, when they fit it (same
     * letters, marks a subset of the phrase's); {@link #AS_PRINTED} when they already are the phrase; null when
     * they do not fit.
     */
    private static String[] fit(String page, List<int[]> words, int from, Phrase p) {
        if (from + p.words().length > words.size()) return null;
        String[] out = new String[p.words().length];
        boolean changed = false;
        for (int k = 0; k < p.words().length; k++) {
            int[] w = words.get(from + k);
            // the words of a phrase stand on one line, one space or tab apart
            if (k > 0 && !spacesOnly(page, words.get(from + k - 1)[1], w[0])) return null;
            String read = page.substring(w[0], w[1]);
            String m = mendWord(read, p.words()[k]);
            if (m == null) return null;
            changed |= !m.equals(read);
            out[k] = m;
        }
        return changed ? out : AS_PRINTED;
    }

    /** Whether {@code page[from, to)} is one to three spaces or tabs. */
    private static boolean spacesOnly(String page, int from, int to) {
        if (to - from < 1 || to - from > 3) return false;
        for (int i = from; i < to; i++) {
            char c = page.charAt(i);
            if (c != ' ' && c != '\t') return false;
        }
        return true;
    }

    /** {@code read} with the marks of {@code printed} (lower case) and its own case; null when it does not fit. */
    static String mendWord(String read, String printed) {
        String r = Normalizer.normalize(read, Normalizer.Form.NFD);
        String p = Normalizer.normalize(printed, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(p.length());
        int i = 0;
        int j = 0;
        while (i < r.length() || j < p.length()) {
            if (i >= r.length() || j >= p.length()) return null;
            char rc = r.charAt(i);
            char pc = p.charAt(j);
            char rBase = baseOf(rc);
            if (isMark(rc) || isMark(pc) || rBase != baseOf(pc)) return null;
            boolean upper = Character.isUpperCase(rc);
            // đ lost its stroke ("d") is mended; a stroke the phrase lacks is another word
            if (Character.toLowerCase(rc) == 'đ' && pc != 'đ') return null;
            out.append(upper ? Character.toUpperCase(pc) : pc);
            i++;
            j++;
            StringBuilder readMarks = new StringBuilder();
            while (i < r.length() && isMark(r.charAt(i))) readMarks.append(r.charAt(i++));
            int marksStart = j;
            while (j < p.length() && isMark(p.charAt(j))) j++;
            String printedMarks = p.substring(marksStart, j);
            for (int k = 0; k < readMarks.length(); k++) {
                char mark = readMarks.charAt(k);
                // a mark the phrase lacks, unless it is the one Tesseract reads for the phrase's ("kiếm tra" for
                // "kiểm tra": the hook above read as an acute; "gọi tất là" for "gọi tắt là": the breve as a circumflex)
                if (printedMarks.indexOf(mark) < 0 && printedMarks.indexOf(confusedWith(mark)) < 0) return null;
            }
            out.append(printedMarks);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The mark Tesseract confuses {@code mark} with: hook above and acute, breve and circumflex; else itself. */
    private static char confusedWith(char mark) {
        switch (mark) {
            case '\u0301': return '\u0309';
            case '\u0309': return '\u0301';
            case '\u0302': return '\u0306';
            case '\u0306': return '\u0302';
            default: return mark;
        }
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A letter's base for comparison: lower case, đ as d. */
    private static char baseOf(char c) {
        char l = Character.toLowerCase(c);
        return l == 'đ' ? 'd' : l;
    }

    /** [start, end) of each run of letters and marks (also how {@link PageOrientation} counts a reading's words). */
    static List<int[]> words(String page) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = page.length();
        while (i < n) {
            if (!Character.isLetter(page.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(page.charAt(i)) || isMark(page.charAt(i)))) i++;
            out.add(new int[] {start, i});
        }
        return out;
    }

    private static Map<String, List<Phrase>> load(String resource) {
        try (InputStream in = OcrVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Map<String, List<Phrase>> out = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] words = l.toLowerCase(java.util.Locale.ROOT).split("\\s+");
                if (words.length < 2) throw new IllegalStateException(resource + ": a phrase needs two words: " + l);
                out.computeIfAbsent(Words.bare(words[0]), k -> new ArrayList<>()).add(new Phrase(words));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
