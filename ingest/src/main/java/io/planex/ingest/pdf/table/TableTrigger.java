package io.planex.ingest.pdf.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides from a page's text as first read (content-stream order, no positions) whether the page may hold a ruled
 * task table, and so is worth a second reading with glyph positions and ruling lines ({@link TableLayout}). It
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

    private TableTrigger() {}

    /** True when {@code pageText} may hold a ruled task table (see the class comment). */
    public static boolean mayHoldTable(String pageText) {
        if (pageText.isEmpty()) return false;
        String folded = fold(pageText);
        if (opensLineWithNumberHeader(folded)) return true;
        String oneLine = folded.replace('\n', ' ');
        int found = 0;
        for (String phrase : HEADER_PHRASES) {
            if (oneLine.contains(phrase) && ++found >= 2) return true;
        }
        return false;
    }

    /**
     * Lower case, every run of whitespace one space, or one line break where it holds one (a line's first word is
     * asked for; phrases are looked for with the breaks made spaces, so "Thời gian" / "hoàn thành" matches).
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                newline |= c == '\n' || c == '\r';
                continue;
            }
            if (space && out.length() > 0) out.append(newline ? '\n' : ' ');
            space = false;
            newline = false;
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static boolean opensLineWithNumberHeader(String folded) {
        int pos = 0;
        while (pos < folded.length()) {
            int nl = folded.indexOf('\n', pos);
            int end = nl < 0 ? folded.length() : nl;
            for (String header : NUMBER_HEADERS) {
                if (folded.startsWith(header, pos)) {
                    int after = pos + header.length();
                    if (after == end || !Character.isLetterOrDigit(folded.charAt(after))) return true;
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return false;
    }

    private static List<String> load(String resource) {
        try (InputStream in = TableTrigger.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(fold(t).toLowerCase(Locale.ROOT));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
