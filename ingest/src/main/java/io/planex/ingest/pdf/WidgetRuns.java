package io.planex.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/** Groups a widget's glyphs into lines and each line into one text run. */
final class WidgetRuns {
    private WidgetRuns() {}

    /** The glyphs by line, top to bottom, each line left to right. */
    static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort((a, b) -> Float.compare(a.getYDirAdj(), b.getYDirAdj()));
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition g : sorted) {
            List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && PdfPageReader.sameLine(last.get(0), g)) {
                last.add(g);
            } else {
                List<TextPosition> line = new ArrayList<>();
                line.add(g);
                lines.add(line);
            }
        }
        for (List<TextPosition> line : lines) line.sort(PdfPageReader.BY_X);
        return lines;
    }

    /**
     * A line's text. Signing software often spreads a number out with character spacing; gaps that are all about
     * the same are that spacing and get no space, while a gap clearly wider than the others is a word space.
     */
    static String text(List<TextPosition> line) {
        StringBuilder s = new StringBuilder();
        float smallest = Float.MAX_VALUE;
        for (int i = 1; i < line.size(); i++) smallest = Math.min(smallest, gap(line, i));
        for (int i = 0; i < line.size(); i++) {
            TextPosition g = line.get(i);
            if (i > 0) {
                float em = Math.max(g.getFontSizeInPt(), 1f);
                if (gap(line, i) > smallest + 0.2f * em && gap(line, i) > 0.15f * em) s.append(' ');
            }
            s.append(g.getUnicode());
        }
        return s.toString();
    }

    private static float gap(List<TextPosition> line, int i) {
        TextPosition prev = line.get(i - 1);
        return line.get(i).getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
    }

    /** The same run carrying another text. */
    static TextPosition withText(TextPosition run, String text) {
        return new TextPosition(run.getRotation(), run.getPageWidth(), run.getPageHeight(), run.getTextMatrix(),
                run.getEndX(), run.getEndY(), run.getHeight(), run.getWidthDirAdj(), run.getWidthOfSpace(), text,
                new int[] {0}, run.getFont(), run.getFontSize(), (int) run.getFontSizeInPt());
    }

    /** One text position spanning the whole line, carrying its text. */
    static TextPosition merge(List<TextPosition> line) {
        if (line.isEmpty()) return null;
        TextPosition first = line.get(0);
        TextPosition last = line.get(line.size() - 1);
        String text = text(line);
        float height = 0;
        for (TextPosition g : line) height = Math.max(height, g.getHeight());
        float width = (last.getXDirAdj() + last.getWidthDirAdj()) - first.getXDirAdj();
        // Widget fonts are often subsets whose space is missing or wide (7 pt at 13 pt): a quarter em, a
        // typical space, lets the stripper see the gap between the run and the page text as a word space.
        float space = Math.min(first.getWidthOfSpace(), 0.25f * Math.max(first.getFontSizeInPt(), 1f));
        return new TextPosition(first.getRotation(), first.getPageWidth(), first.getPageHeight(),
                first.getTextMatrix(), last.getEndX(), last.getEndY(), height, width, space,
                text, new int[] {0}, first.getFont(), first.getFontSize(), (int) first.getFontSizeInPt());
    }
}
