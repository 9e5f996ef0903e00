package io.planex.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A page layout: A4, margins and font size. Lays text out into pages of lines. A form feed ({@code \f}) in
 * the text forces a page break; each other line of the text is a paragraph, wrapped at word boundaries.
 */
public record Layout(float fontSizePt, float marginPt, float lineSpacing) {
    public static final float A4_WIDTH_PT = 595.28f;
    public static final float A4_HEIGHT_PT = 841.89f;

    public static Layout standard() {
        return new Layout(13f, 60f, 1.35f);
    }

    public float lineHeightPt() {
        return fontSizePt * lineSpacing;
    }

    public int linesPerPage() {
        return (int) Math.floor((A4_HEIGHT_PT - 2 * marginPt) / lineHeightPt());
    }

    /**
     * Splits {@code text} into pages of lines no wider than the text area, as measured by {@code widthPt}
     * (the width of a string in points at this layout's font size).
     */
    public List<List<String>> paginate(String text, ToDoubleFunction<String> widthPt) {
        double maxWidth = A4_WIDTH_PT - 2 * marginPt;
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String rawLine : text.replace("\r\n", "\n").split("\n", -1)) {
            boolean pageBreak = rawLine.startsWith("\f");
            String line = rawLine.replace("\f", "");
            if (pageBreak && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
            }
            for (String wrapped : wrap(line, maxWidth, widthPt)) {
                if (page.size() >= linesPerPage()) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                page.add(wrapped);
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) pages.add(page);
        return pages;
    }

    private static List<String> wrap(String line, double maxWidth, ToDoubleFunction<String> widthPt) {
        List<String> out = new ArrayList<>();
        if (line.isBlank()) {
            out.add("");
            return out;
        }
        StringBuilder current = new StringBuilder();
        for (String word : line.strip().split(" +")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && widthPt.applyAsDouble(candidate) > maxWidth) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        out.add(current.toString());
        return out;
    }
}
