package io.planex.ingest;

import io.planex.ingest.pdf.table.TableText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what Tesseract makes of specks and scan edges: stray punctuation tokens at the ends of lines
 * ("KẾ HOẠCH | _", "Công an xã '"), a doubled list dash ("-- UBND huyện"), an opening quote with no closing one
 * glued to a line's first word ("“Nơi nhận:"), and lone bars between words. Letters and digits are never
 * touched, so nothing a reader could need is lost. Then it mends what Tesseract misreads in the fixed words of
 * headers and signature blocks: the formulas of {@code ocr-formulas.tsv} ("Só:" at the start of a line is "Số:"),
 * the phrases of {@code ocr-phrases.tsv} ("GIÁM ĐÓC" for "GIÁM ĐỐC"), the marks dropped from the phrases of tasks
 * and deadlines ({@link OcrVocabulary}: "chậm nhat" for "chậm nhất"), and the digits of dates and numbers read as
 * letters ({@link OcrDigits}). Applied to OCR output only: typed text keeps what it says.
 */
public final class OcrPostCorrection {
    private OcrPostCorrection() {}

    /** A token of specks: one or two characters, none a letter or digit, and not a list marker. */
    private static final String SPECK = "[|_'\"“”‘’`:;,.~^°•·¬]{1,2}";
    private static final Pattern TRAILING_SPECKS = Pattern.compile("(?:[ \\t]+" + SPECK + ")+[ \\t]*$");
    private static final Pattern LEADING_SPECKS = Pattern.compile("^[ \\t]*(?:" + SPECK + "[ \\t]+)+(?=\\S)");
    private static final Pattern ONLY_SPECKS = Pattern.compile("[ \\t]*(?:" + SPECK + "[ \\t]*)+");
    private static final Pattern DOUBLE_DASH = Pattern.compile("^([ \\t]*)[-–—]{2}(?=[ \\t]+\\S)");
    /**
     * A bar, an underscore or a single quote mark alone between words: a table's rule or a speck read as a
     * character ("Hướng dẫn ' số 1502/SGDĐT-GDTC" kept the citation from being read). No quote stands alone so.
     */
    private static final Pattern LONE_BAR = Pattern.compile("(?<=\\S)[ \\t]+[|_'`‘’][ \\t]+(?=\\S)");
    private static final Pattern OPEN_QUOTE = Pattern.compile("^([ \\t]*)[“\"](?=\\p{L})");
    /**
     * A dash after a sentence's or a clause's last mark, ending the line ("kể từ ngày ký. -"): a speck at the
     * margin. A list's dash opens its line and a symbol's ends on a letter, so neither is taken.
     */
    private static final Pattern DASH_AFTER_STOP = Pattern.compile("(?<=[.;,!?])[ \\t]+[-–—]{1,2}[ \\t]*$");
    /**
     * A full stop between two lower-case words ("Ủy ban nhân. dân tỉnh", "an toàn thực. phẩm"): a speck read as a
     * stop, which would end the sentence in the middle of a name. A sentence never opens in lower case, and an
     * abbreviation's stop ("v.v.", "tr.") follows fewer than three letters.
     */
    private static final Pattern STOP_INSIDE_WORDS = Pattern.compile("(?<=(?<![\\p{L}\\p{M}.])[\\p{Ll}\\p{M}]{3,12})\\.(?=[ \\t]+\\p{Ll})");

    /** The formula rules of {@code ocr-formulas.tsv} ("Só:" for "Số:", "Theo để nghị"), compiled once, in order. */
    private static final java.util.List<Rule> FORMULAS = loadFormulas("ocr-formulas.tsv");

    /** A misreading of a fixed formula and what replaces it ({@link Matcher#replaceAll} syntax). */
    private record Rule(Pattern pattern, String replacement) {}

    /** The phrases of {@code ocr-phrases.tsv}, each as a whole-words pattern compiled once. */
    private static final java.util.List<Phrase> PHRASES = phrases(loadPhrases("ocr-phrases.tsv"));

    /** A misread phrase, the whole-words pattern that finds it, and what is printed. */
    private record Phrase(String misread, Pattern pattern, String replacement) {}

    public static String clean(String page) {
        if (page == null || page.isEmpty()) return page;
        return OcrDigits.mend(OcrVocabulary.mend(mendWords(removeSpecks(page))));
    }

    /** The fixed words of headers and signature blocks, as printed. */
    static String mendWords(String page) {
        String s = page;
        for (Rule r : FORMULAS) s = r.pattern().matcher(s).replaceAll(r.replacement());
        // twice: a phrase may be mended in two steps ("PHO CHU TỊCH": "CHU TỊCH", then "PHO CHỦ TỊCH")
        for (int pass = 0; pass < 2; pass++) {
            for (Phrase p : PHRASES) {
                if (s.contains(p.misread())) s = p.pattern().matcher(s).replaceAll(p.replacement());
            }
        }
        return s;
    }

    private static java.util.List<Phrase> phrases(java.util.List<String[]> lines) {
        java.util.List<Phrase> out = new java.util.ArrayList<>();
        for (String[] p : lines) {
            out.add(new Phrase(p[0], Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(p[0]) + "(?![\\p{L}\\p{M}])"),
                    Matcher.quoteReplacement(p[1])));
        }
        return java.util.List.copyOf(out);
    }

    private static java.util.List<Rule> loadFormulas(String resource) {
        java.util.List<Rule> out = new java.util.ArrayList<>();
        for (String[] cols : loadPhrases(resource)) out.add(new Rule(Pattern.compile(cols[0]), cols[1]));
        return java.util.List.copyOf(out);
    }

    private static java.util.List<String[]> loadPhrases(String resource) {
        try (java.io.InputStream in = OcrPostCorrection.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            java.util.List<String[]> out = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                // -1: an empty replacement (a speck removed) is a column too; a replacement keeps its spaces (" và")
                String[] cols = line.split("\t", -1);
                if (cols.length == 2) out.add(new String[] {cols[0].strip(), cols[1].replace("\r", "")});
            }
            return java.util.List.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Whether the line is a table's row as {@link OcrTableText} writes it ("| 1 | Rà soát ... | Phòng Tư pháp |"):
     * its bars are the cells' bounds, no specks.
     */
    static boolean isTableRow(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.charAt(0) != '|' || s.charAt(s.length() - 1) != '|') return false;
        int bars = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '|') bars++;
        return bars >= 3;
    }

    /** A table row with each cell cleaned as a line of its own. */
    private static String cleanCells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.length() - 1).split("\\|", -1)) cells.add(cleanLine(cell.strip()).strip());
        return TableText.row(cells);
    }

    private static String removeSpecks(String page) {
        StringBuilder out = new StringBuilder(page.length());
        String[] lines = page.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            out.append(cleanLine(lines[i]));
        }
        return out.toString();
    }

    static String cleanLine(String line) {
        if (line.isBlank()) return line;
        if (isTableRow(line)) return cleanCells(line.strip());
        if (ONLY_SPECKS.matcher(line).matches()) return ""; // a speck line: the layout repair sees a blank line
        String s = line;
        String withoutTrailing = TRAILING_SPECKS.matcher(s).replaceFirst("");
        if (!withoutTrailing.isBlank()) s = withoutTrailing;
        String withoutLeading = LEADING_SPECKS.matcher(s).replaceFirst("");
        if (!withoutLeading.isBlank()) s = withoutLeading;
        s = DOUBLE_DASH.matcher(s).replaceFirst("$1-");
        s = DASH_AFTER_STOP.matcher(s).replaceFirst("");
        s = STOP_INSIDE_WORDS.matcher(s).replaceAll("");
        s = LONE_BAR.matcher(s).replaceAll(" ");
        Matcher q = OPEN_QUOTE.matcher(s);
        if (q.find() && s.indexOf('”', q.end()) < 0 && s.indexOf('"', q.end()) < 0) {
            s = q.replaceFirst("$1");
        }
        return s;
    }
}
