package io.planex.ingest;

import io.planex.extract.text.CapitalLines;
import io.planex.extract.text.Words;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document inside a saved web page: a portal prints its menu, breadcrumbs and a box of the document's fields
 * ("Số ký hiệu", "Ngày ban hành", "Cơ quan ban hành") above the document, and a sharing bar and lists of other
 * documents below it. Read whole, the box's fields came before the document's own header (the symbol and issuer were
 * the box's) and the lists' numbered documents were cited. The document starts at the issuer's block over its own
 * motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM") and ends where, after its signature's
 * "Nơi nhận", the page's furniture begins ({@code web-page-furniture.txt}). A page with no motto is left whole.
 * The lines around the document are blanked, not removed, so offsets within the page keep their lines.
 */
final class WebPageFrame {
    private WebPageFrame() {}

    private static final List<String> FURNITURE = Words.folded(WebPageFrame.class, "web-page-furniture.txt");
    private static final Pattern MOTTO = Pattern.compile(
            "\\s*(?:CỘNG\\s+HÒA\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA(?:\\s+VIỆT\\s+NAM)?|CỘNG\\s+HOÀ\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA(?:\\s+VIỆT\\s+NAM)?"
                    + "|ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM)\\s*");
    private static final Pattern NUMBER_LINE = Pattern.compile("\\s*(?:Số|SỐ)(?![\\p{L}]).*");
    /** How many lines (blank ones aside) above its motto a document's header may start (issuer, number, subject). */
    private static final int HEADER_REACH = 8;

    /**
     * {@code page} with each run of spaces (or no-break spaces) between two printed chars made one space: markup
     * shows white space so, and a page saved by a word processor pads its lines with no-break spaces ("PHÓ    BÍ
     * THƯ", "Nguyễn    Thị Thu Hà"), which a name or a title is not read through.
     */
    static String singleSpaces(String page) {
        StringBuilder out = null;
        int n = page.length();
        for (int i = 0; i < n; i++) {
            char c = page.charAt(i);
            boolean space = c == ' ' || c == '\u00A0';
            if (space && i > 0 && !Character.isWhitespace(page.charAt(i - 1)) && page.charAt(i - 1) != '\u00A0') {
                int end = i;
                while (end < n && (page.charAt(end) == ' ' || page.charAt(end) == '\u00A0')) end++;
                if (end < n && !Character.isWhitespace(page.charAt(end)) && (end - i > 1 || c != ' ')) {
                    if (out == null) out = new StringBuilder(n).append(page, 0, i);
                    out.append(' ');
                    i = end - 1;
                    continue;
                }
            }
            if (out != null) out.append(c);
        }
        return out == null ? page : out.toString();
    }

    /** The page's text with the portal's lines around the document blanked; the text itself when none is found. */
    static String documentOf(String page) {
        String[] lines = page.split("\n", -1);
        int motto = -1;
        for (int i = 0; i < lines.length && motto < 0; i++) if (MOTTO.matcher(lines[i]).matches()) motto = i;
        if (motto < 0) return page;
        int start = headerStart(lines, motto);
        int end = furnitureStart(lines, motto);
        if (start == 0 && end == lines.length) return page;
        StringBuilder out = new StringBuilder(page.length());
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            if (i >= start && i < end) out.append(lines[i]);
        }
        return out.toString();
    }

    /**
     * The first line of the document's header above its motto: the run of capital lines (the issuer) right above the
     * document's number line ("Số: 845/SYT-NVY", when the left column comes first) or else above the motto, within
     * {@link #HEADER_REACH} lines; the number line or the motto itself when no capital line stands above it.
     */
    private static int headerStart(String[] lines, int motto) {
        int anchor = motto;
        for (int i = motto - 1, seen = 0; i >= 0 && seen < HEADER_REACH; i--) {
            if (lines[i].isBlank()) continue;
            seen++;
            if (NUMBER_LINE.matcher(lines[i]).matches()) {
                anchor = i;
                break;
            }
        }
        // (a page's blocks come apart by blank lines: they do not end the run)
        return CapitalLines.runAbove(lines, anchor, -1, HEADER_REACH);
    }

    /** The first line of the page's furniture after the document's "Nơi nhận"; the page's end when there is none. */
    private static int furnitureStart(String[] lines, int motto) {
        int recipients = -1;
        for (int i = motto + 1; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.startsWith("Nơi nhận") || s.startsWith("NƠI NHẬN")) recipients = i;
        }
        if (recipients < 0) return lines.length;
        for (int i = recipients + 1; i < lines.length; i++) {
            String f = Words.fold(lines[i].strip());
            if (f.isEmpty()) continue;
            for (String w : FURNITURE) {
                if (f.startsWith(w) && (f.length() == w.length() || !Character.isLetter(f.charAt(w.length())))) return i;
            }
        }
        return lines.length;
    }
}
