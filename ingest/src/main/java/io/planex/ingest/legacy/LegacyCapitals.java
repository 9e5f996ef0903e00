package io.planex.ingest.legacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * TCVN3 capitals fonts (".VnTimeH", ".VnArialH", ...). TCVN3 has no codes for capitals with tone marks: typists
 * switch to a capitals font, whose glyphs for the lower-case codes are capitals, and type in lower case ("§¶ng
 * bé" shows "ĐẢNG BỘ"). Read without the font, the text decodes to lower case. Where a file names the font of
 * each run (PDF, DOCX, DOC), the runs set in a capitals font are rewritten here to the codes a decoder reads as
 * capitals: ASCII letters upper-cased, the seven lower-case letters with a capital code (ă â ê ô ơ ư đ) given
 * it; the toned vowels, which have no capital code, are then made capitals by {@link LegacyEncoding#decode}
 * because the rest of their word is in capitals.
 */
public final class LegacyCapitals {
    private LegacyCapitals() {}

    /**
     * A TCVN3 capitals font name: ".Vn" (the dot may be lost in PDF names), the face, "H"; a PDF subset prefix
     * ("ABCDEF+") and a style suffix (",Bold", "-BoldItalic") allowed.
     */
    private static final Pattern CAPITALS_FONT = Pattern.compile(
            "^(?:[A-Z]{6}\\+)?\\.?Vn[A-Za-z ]*H(?:[-,](?:Bold|Italic|BoldItalic|Oblique|BoldOblique|Regular))?$");
    private static final String LOWER_WITH_CAPITAL = "\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE"; // ă â ê ô ơ ư đ
    private static final String CAPITAL_CODES = "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7";       // Ă Â Ê Ô Ơ Ư Đ

    public static boolean isCapitalsFont(String fontName) {
        return fontName != null && CAPITALS_FONT.matcher(fontName.strip()).matches();
    }

    /** The mojibake of a run typed in a capitals font, in the codes that decode to what the font shows. */
    public static String toCapitalCodes(String mojibake) {
        StringBuilder s = new StringBuilder(mojibake.length());
        for (int i = 0; i < mojibake.length(); i++) {
            char c = mojibake.charAt(i);
            int k = LOWER_WITH_CAPITAL.indexOf(c);
            if (k >= 0) {
                s.append(CAPITAL_CODES.charAt(k));
            } else if (c >= 'a' && c <= 'z') {
                s.append((char) (c - 'a' + 'A'));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * A text with the given capitals-font runs rewritten ({@link #toCapitalCodes}), each found in order after the
     * previous one; a run not found (the parser split or joined it differently) is left alone.
     */
    public static String rewriteRuns(String text, List<String> capitalRuns) {
        StringBuilder out = new StringBuilder(text);
        int from = 0;
        for (String run : capitalRuns) {
            if (run.isBlank()) continue;
            int at = out.indexOf(run, from);
            if (at < 0) continue;
            String rewritten = toCapitalCodes(run);
            out.replace(at, at + run.length(), rewritten);
            from = at + rewritten.length();
        }
        return out.toString();
    }

    /** True when a text holds TCVN3 letter codes that Unicode Vietnamese never writes (¸ ¹ µ ¶ · § ®...). */
    public static boolean looksLikeTcvn3(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u00A1' && c <= '\u00BE' && c != '\u00AD' && c != '\u00B0') && ++marks >= 3) return true;
        }
        return false;
    }

}
