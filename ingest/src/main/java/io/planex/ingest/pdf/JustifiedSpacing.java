package io.planex.ingest.pdf;

/**
 * The space a PDF's text layer doubles between the words of a justified line. A justified line stretches its gaps
 * (word spacing or glyph positioning) and keeps its space glyphs, and the text stripper then writes the glyph and a
 * separator for the gap: "Sở  Xây  dựng  hoàn  thiện  hồ  sơ". Read so, a phrase is no longer itself to the
 * extractors ("hoàn  thiện" is no verb, and a name runs on past it), and two spaces look like a table's cell gap.
 * A run of exactly two spaces between two printed chars is one; longer runs (a typed header's alignment, a blank to
 * fill in, "Số:          /UBND") and spaces at a line's ends are kept as they are.
 */
public final class JustifiedSpacing {
    private JustifiedSpacing() {}

    /** {@code text} with each run of exactly two spaces between two chars that are not whitespace made one space. */
    public static String collapse(String text) {
        int first = text.indexOf("  ");
        if (first < 0) return text;
        StringBuilder out = null;
        int copied = 0;
        for (int i = first; i >= 0; i = text.indexOf("  ", i + 1)) {
            int end = i + 2;
            if (i == 0 || end >= text.length() || Character.isWhitespace(text.charAt(i - 1))
                    || Character.isWhitespace(text.charAt(end))) {
                // a longer run or one at a line's edge: skip the whole run
                while (end < text.length() && text.charAt(end) == ' ') end++;
                i = end - 1;
                continue;
            }
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, copied, i + 1);
            copied = end;
            i = end - 1;
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }
}
