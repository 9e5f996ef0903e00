package io.planex.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A word Tesseract read, with its box in the page image's pixels, the line it was read on (Tesseract's block,
 * paragraph and line numbers: words of one line share all three) and Tesseract's confidence in it (0 to 100).
 */
record OcrWord(int block, int paragraph, int line, int left, int top, int width, int height, int confidence,
        String text) {
    /** Tesseract's TSV columns: level, page, block, paragraph, line, word, left, top, width, height, conf, text. */
    private static final int COLUMNS = 12;
    /** The level of a word's row in the TSV (1 page, 2 block, 3 paragraph, 4 line, 5 word). */
    private static final String WORD_LEVEL = "5";

    float centreX() {
        return left + width / 2f;
    }

    float centreY() {
        return top + height / 2f;
    }

    /** Whether the word holds a letter or a digit (not a speck read as a comma or a quote). */
    boolean hasLetterOrDigit() {
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }

    /** Whether {@code other} was read on the same line of the same paragraph. */
    boolean sameLine(OcrWord other) {
        return sameParagraph(other) && line == other.line;
    }

    boolean sameParagraph(OcrWord other) {
        return block == other.block && paragraph == other.paragraph;
    }

    /** The words grouped by the line Tesseract read them on, in its order (consecutive words of one line). */
    static List<List<OcrWord>> byLine(List<OcrWord> words) {
        List<List<OcrWord>> out = new ArrayList<>();
        List<OcrWord> line = null;
        for (OcrWord w : words) {
            if (line == null || !w.sameLine(line.get(0))) {
                line = new ArrayList<>();
                out.add(line);
            }
            line.add(w);
        }
        return out;
    }

    /** The words of Tesseract's TSV output ({@code tesseract IMAGE stdout tsv}), in its order; blank words left out. */
    static List<OcrWord> parseTsv(String tsv) {
        List<OcrWord> out = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            if (!row.startsWith(WORD_LEVEL + "\t")) continue;
            String[] f = row.split("\t", -1);
            if (f.length < COLUMNS) continue;
            String text = f[COLUMNS - 1].strip();
            if (text.isEmpty()) continue;
            try {
                out.add(new OcrWord(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        (int) Math.max(0, Math.round(Double.parseDouble(f[10]))), text));
            } catch (NumberFormatException e) {
                // a row this reader does not know: skipped, as a blank word is
            }
        }
        return out;
    }
}
