package io.planex.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what Tesseract makes of specks and scan edges: stray punctuation tokens at the ends of lines
 * ("KẾ HOẠCH | _", "Công an xã '"), a doubled list dash ("-- UBND huyện"), an opening quote with no closing one
 * glued to a line's first word ("“Nơi nhận:"), and lone bars between words. Letters and digits are never
 * touched, so nothing a reader could need is lost. Then it mends what Tesseract misreads in the fixed words of
 * headers and signature blocks: "Só:" at the start of a line is "Số:", and the phrases of {@code ocr-phrases.tsv}
 * ("GIÁM ĐÓC" for "GIÁM ĐỐC"), and the digits of dates and numbers read as letters ({@link OcrDigits}). Applied to OCR output only: typed text keeps what it says.
 */
public final class OcrPostCorrection {
    private OcrPostCorrection() {}

    /** A token of specks: one or two characters, none a letter or digit, and not a list marker. */
    private static final String SPECK = "[|_'\"“”‘’`:;,.~^°•·]{1,2}";
    private static final Pattern TRAILING_SPECKS = Pattern.compile("(?:[ \\t]+" + SPECK + ")+[ \\t]*$");
    private static final Pattern LEADING_SPECKS = Pattern.compile("^[ \\t]*(?:" + SPECK + "[ \\t]+)+(?=\\S)");
    private static final Pattern ONLY_SPECKS = Pattern.compile("[ \\t]*(?:" + SPECK + "[ \\t]*)+");
    private static final Pattern DOUBLE_DASH = Pattern.compile("^([ \\t]*)[-–—]{2}(?=[ \\t]+\\S)");
    private static final Pattern LONE_BAR = Pattern.compile("(?<=\\S)[ \\t]+\\|[ \\t]+(?=\\S)");
    private static final Pattern OPEN_QUOTE = Pattern.compile("^([ \\t]*)[“\"](?=\\p{L})");

    /** "Số:" opening a line (the number line of a header), read with the wrong or no mark on its vowel. */
    private static final Pattern NUMBER_LABEL = Pattern.compile("(?m)^([ \\t]*)S[óòỏõọoôồổỗộơớờởỡợ][ \\t]*:");
    /** "V/v" (về việc) opening a title line, its slash read as a fraction slash or its V as a W. */
    private static final Pattern ABOUT_LABEL = Pattern.compile("(?m)^([ \\t]*)[VW][/\u2044\u2215][vV](?=[ \\t])");
    /**
     * "Theo đề nghị" opening a line: the preamble's formula naming who proposed the decision, its "đề" read with
     * another mark ("để", "đê") or without the stroke. Only "đề" makes a phrase there.
     */
    private static final Pattern PROPOSAL = Pattern.compile("(?m)^([ \\t]*)Theo[ \\t]+[đd][eêéèẻẽẹềếểễệ][ \\t]+nghị(?![\\p{L}\\p{M}])");
    /**
     * "số" (number) before the digits of a document number, its accent read as a circumflex alone ("Công văn sô
     * 13821/CHQ-GSQL"): "sô" is a word only in loans ("sô cô la"), never before a number.
     */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])([sS])ô(?=[ \\t]{1,2}\\d)");
    /**
     * The number of a heading read with a comma for its dot ("1, Về công bố ..." for "1. Về"): a numbered heading or
     * item opens a line with a number and a dot or a bracket; a comma after a line's first number, before a capital,
     * is no Vietnamese form.
     */
    private static final Pattern HEADING_COMMA = Pattern.compile("(?m)^([ \\t]*)(\\d{1,2}|[IVX]{1,4}),(?=[ \\t]+\\p{Lu})");
    private static final java.util.List<String[]> PHRASES = loadPhrases("ocr-phrases.tsv");

    public static String clean(String page) {
        if (page == null || page.isEmpty()) return page;
        return OcrDigits.mend(mendWords(removeSpecks(page)));
    }

    /** The fixed words of headers and signature blocks, as printed. */
    static String mendWords(String page) {
        String s = NUMBER_LABEL.matcher(page).replaceAll("$1Số:");
        s = ABOUT_LABEL.matcher(s).replaceAll("$1V/v");
        s = PROPOSAL.matcher(s).replaceAll("$1Theo đề nghị");
        s = NUMBER_WORD.matcher(s).replaceAll("$1ố");
        s = HEADING_COMMA.matcher(s).replaceAll("$1$2.");
        // twice: a phrase may be mended in two steps ("PHO CHU TỊCH": "CHU TỊCH", then "PHO CHỦ TỊCH")
        for (int pass = 0; pass < 2; pass++) {
            for (String[] p : PHRASES) {
                if (s.contains(p[0])) {
                    s = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(p[0]) + "(?![\\p{L}\\p{M}])").matcher(s)
                            .replaceAll(Matcher.quoteReplacement(p[1]));
                }
            }
        }
        return s;
    }

    private static java.util.List<String[]> loadPhrases(String resource) {
        try (java.io.InputStream in = OcrPostCorrection.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            java.util.List<String[]> out = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length == 2) out.add(new String[] {cols[0].strip(), cols[1].strip()});
            }
            return java.util.List.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        if (ONLY_SPECKS.matcher(line).matches()) return ""; // a speck line: the layout repair sees a blank line
        String s = line;
        String withoutTrailing = TRAILING_SPECKS.matcher(s).replaceFirst("");
        if (!withoutTrailing.isBlank()) s = withoutTrailing;
        String withoutLeading = LEADING_SPECKS.matcher(s).replaceFirst("");
        if (!withoutLeading.isBlank()) s = withoutLeading;
        s = DOUBLE_DASH.matcher(s).replaceFirst("$1-");
        s = LONE_BAR.matcher(s).replaceAll(" ");
        Matcher q = OPEN_QUOTE.matcher(s);
        if (q.find() && s.indexOf('”', q.end()) < 0 && s.indexOf('"', q.end()) < 0) {
            s = q.replaceFirst("$1");
        }
        return s;
    }
}
