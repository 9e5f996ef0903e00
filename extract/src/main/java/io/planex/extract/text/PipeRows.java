package io.planex.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's rows as the readers write them, one line a row with its cells between bars ("| 1 | Rà soát hồ sơ | Công
 * an xã | Quý I/2026 |"): where a row's line starts, whether a line is a row, the row above, a row's cells. Pure.
 */
public final class PipeRows {
    private PipeRows() {}

    /** Where the line holding {@code at} starts. */
    public static int lineStart(String w, int at) {
        return w.lastIndexOf('\n', at - 1) + 1;
    }

    /** Whether the line at {@code lineStart} is a row: it opens with a bar, after spaces or tabs. */
    public static boolean isRow(String w, int lineStart) {
        int i = lineStart;
        while (i < w.length() && (w.charAt(i) == ' ' || w.charAt(i) == '\t')) i++;
        return i < w.length() && w.charAt(i) == '|';
    }

    /** Where the row right above the line at {@code lineStart} starts; -1 when that line is no row or there is none. */
    public static int rowAbove(String w, int lineStart) {
        if (lineStart <= 0) return -1;
        int previous = w.lastIndexOf('\n', lineStart - 2) + 1;
        return previous < lineStart && isRow(w, previous) ? previous : -1;
    }

    /** The row's cells, stripped, between its bars (the pieces before the first bar and after the last left out). */
    public static List<String> cells(String w, int lineStart) {
        int end = w.indexOf('\n', lineStart);
        String line = w.substring(lineStart, end < 0 ? w.length() : end).strip();
        List<String> out = new ArrayList<>();
        String[] parts = line.split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) out.add(parts[i].strip());
        return out;
    }
}
