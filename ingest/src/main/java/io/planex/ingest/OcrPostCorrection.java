package io.planex.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what Tesseract makes of specks and scan edges: stray punctuation tokens at the ends of lines
 * ("KẾ HOẠCH | _", "Công an xã '"), a doubled list dash ("-- UBND huyện"), an opening quote with no closing one
 * glued to a line's first word ("“Nơi nhận:"), and lone bars between words. Letters and digits are never
 * touched, so nothing a reader could need is lost. Applied to OCR output only: typed text keeps what it says.
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

    public static String clean(String page) {
        if (page == null || page.isEmpty()) return page;
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
