package io.planex.ingest.pdf.table;

import io.planex.extract.text.Words;
import java.util.List;
import java.util.Locale;

/**
 * Decides from a page's text as first read (content-stream order, no positions) whether the page may hold a ruled
 * task table, and so is worth a second reading with glyph positions and ruling lines ({@link RuledTable}, {@link TableText}). It
 * must be cheap and must stay false on pages of prose: every page it lets through is parsed twice.
 *
 * <p>A page may hold a table when a line opens with a row-number header ("STT", "TT", "Số TT"), or when its text
 * holds two different header phrases of the task-table lexicon ("Cơ quan chủ trì", "Thời gian hoàn thành"...).
 * Both lists are resources ({@code number-headers.txt}, {@code header-phrases.txt}). Wrapped header cells
 * ("Cơ quan chủ" / "trì") may break a phrase; the row-number header seldom wraps, which is why either suffices.
 * Pure and thread-safe.
 */
public final class TableTrigger {
    private static final List<String> NUMBER_HEADERS = load("number-headers.txt");
    private static final List<String> HEADER_PHRASES = load("header-phrases.txt");
    /** The first letters of the row-number headers, lower case: a line opening otherwise is done with at once. */
    private static final String NUMBER_HEADER_FIRSTS = firstLetters(NUMBER_HEADERS);
    private static final String PHRASE_FIRSTS = firstLetters(HEADER_PHRASES);

    private TableTrigger() {}

    /** True when {@code pageText} may hold a ruled task table (see the class comment). */
    public static boolean mayHoldTable(String pageText) {
        if (pageText.isEmpty()) return false;
        // read from an array: String.charAt is a call per char under C1, the compiler the CLI's workers run with
        char[] text = pageText.toCharArray();
        return opensLineWithNumberHeader(text) || headerPhrases(text, 2) >= 2;
    }

    private static final java.util.Set<String> HEADER_CELLS = java.util.Set.copyOf(load("header-cells.txt"));

    /**
     * True when the cells of a table's first rows (a Word or HTML table's, cut at its cells) head a task table: two
     * cells each of which is a lead or time column's header alone ({@code header-cells.txt}: "Thời hạn") or holds a
     * header phrase ("Cơ quan chủ trì"), or the cells' text read as a page's ({@link #mayHoldTable}).
     */
    public static boolean headsTaskTable(List<String> cells) {
        int headers = 0;
        StringBuilder text = new StringBuilder();
        for (String cell : cells) {
            text.append(cell).append('\n');
            String f = fold(cell.strip());
            if (f.isEmpty() || f.length() > 40) continue;
            if (HEADER_CELLS.contains(f) || namesTimeOf(f) || headerPhrases(f.toCharArray(), 1) >= 1) headers++;
        }
        return headers >= 2 || mayHoldTable(text.toString());
    }

    private static final List<String> TIME_CELL_OPENERS = load("time-cell-openers.txt");

    /**
     * A folded cell opening with a time column's words and one or two words more ("thời gian trình", "thời hạn nộp
     * báo cáo" is three more: a sentence's).
     */
    static boolean namesTimeOf(String folded) {
        for (String opener : TIME_CELL_OPENERS) {
            if (folded.length() <= opener.length() + 1 || !folded.startsWith(opener)
                    || folded.charAt(opener.length()) != ' ') {
                continue;
            }
            int words = 1;
            for (int i = opener.length() + 1; i < folded.length(); i++) if (folded.charAt(i) == ' ') words++;
            return words <= 2;
        }
        return false;
    }

    /** True when {@code line} opens with a row-number column's header ("TT", "STT", "Số TT") as a whole word. */
    public static boolean opensWithNumberHeader(String line) {
        return !line.isEmpty() && opensLineWithNumberHeader(line.toCharArray());
    }

    /**
     * How many different header phrases occur in the text, counted up to {@code enough}: in any case, with any run of
     * whitespace (a line break too: "Thời gian" / "hoàn thành") between their words. One pass over the text's word
     * starts, a phrase tried only where a word opens with its first letter: this runs on every page of every PDF,
     * without copying it.
     */
    private static int headerPhrases(char[] text, int enough) {
        boolean[] found = null;
        int count = 0;
        int length = text.length;
        boolean wordStart = true;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (isSpace(c)) {
                wordStart = true;
                continue;
            }
            if (!wordStart) continue;
            wordStart = false;
            char lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            if (PHRASE_FIRSTS.indexOf(lower) < 0) continue;
            for (int p = 0; p < HEADER_PHRASES.size(); p++) {
                String phrase = HEADER_PHRASES.get(p);
                if (phrase.charAt(0) != lower || found != null && found[p] || matchEnd(text, i, phrase) < 0) continue;
                if (found == null) found = new boolean[HEADER_PHRASES.size()];
                found[p] = true;
                if (++count >= enough) return count;
            }
        }
        return count;
    }

    /**
     * Where {@code phrase} (lower case, single spaces) ends when it occurs at {@code at}, in any case and spacing;
     * -1 when it does not.
     */
    static int matchEnd(char[] text, int at, String phrase) {
        int i = at;
        for (int k = 0; k < phrase.length(); k++) {
            char p = phrase.charAt(k);
            if (p == ' ') {
                if (i >= text.length || !isSpace(text[i])) return -1;
                while (i < text.length && isSpace(text[i])) i++;
                continue;
            }
            if (i >= text.length || Character.toLowerCase(text[i]) != p) return -1;
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' ? c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B
                : c == '\u00A0' || c > 0x7F && Character.isWhitespace(c);
    }

    /** Lower case, every run of whitespace one space (how the lexicon's entries are kept). */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) out.append(' ');
            space = false;
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** Whether a line opens (after its indent) with a row-number header as a whole word, in any case. */
    private static boolean opensLineWithNumberHeader(char[] text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r') {
                lineStart = true;
                continue;
            }
            if (!lineStart || isSpace(c)) continue;
            lineStart = false;
            if (NUMBER_HEADER_FIRSTS.indexOf(Character.toLowerCase(c)) < 0) continue;
            for (String header : NUMBER_HEADERS) {
                int after = matchEnd(text, i, header);
                if (after >= 0 && (after == text.length || !Character.isLetterOrDigit(text[after]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLetters(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) if (b.indexOf(w.substring(0, 1)) < 0) b.append(w.charAt(0));
        return b.toString();
    }

    /** The entries of a lexicon resource, folded as {@link #fold} folds text (lower case, single spaces). */
    private static List<String> load(String resource) {
        return Words.raw(TableTrigger.class, resource).stream().map(t -> fold(t).toLowerCase(Locale.ROOT)).toList();
    }
}
