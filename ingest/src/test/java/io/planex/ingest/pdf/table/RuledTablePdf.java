package io.planex.ingest.pdf.table;

import io.planex.testkit.Fonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes test PDFs holding tables laid out as word processors print them: cells whose text wraps inside the cell,
 * ruling lines drawn in one of the ways producers draw them, text shown cell by cell or line by line across the
 * row, optionally all under a scaling transformation matrix. Text in embedded DejaVu Serif (Vietnamese letters).
 *
 * <p>A table is its column widths and its rows of cell texts; a cell {@code "<"} is merged with the cell to its
 * left, {@code "^"} with the cell above (no rule between them). Blocks flow down the page; {@link #page()} starts a
 * new one (a table continued there is simply another table with the same columns and no header row).
 */
final class RuledTablePdf {
    /** How the rules are drawn. */
    enum Rules {
        /** each cell edge a stroked line ({@code m l S}) */
        STROKED_LINES,
        /** each cell edge a filled bar half a point thick ({@code re f}) */
        FILLED_BARS,
        /** each (merged) cell a stroked rectangle ({@code re S}) */
        CELL_RECTANGLES,
        /** no rules at all: a borderless layout in columns */
        NONE
    }

    /** The order the cells' text is shown in the content stream. */
    enum Order {
        CELL_BY_CELL,
        LINE_ACROSS
    }

    static final float SIZE = 10;
    private static final float LEADING = 12;
    private static final float PAD = 3;
    private static final float MARGIN = 50;

    private sealed interface Block permits Text, Table, PageBreak {}

    private record Text(String text) implements Block {}

    private record Table(float[] widths, List<List<String>> rows) implements Block {}

    private record PageBreak() implements Block {}

    private final List<Block> blocks = new ArrayList<>();
    private Rules rules = Rules.STROKED_LINES;
    private Order order = Order.CELL_BY_CELL;
    private float scale = 1;
    private boolean turned;

    /**
     * Landscape pages made as portrait pages shown turned a quarter (/Rotate 90), the content drawn turned the other
     * way under the matrix, as some producers make a landscape appendix.
     */
    RuledTablePdf turned() {
        this.turned = true;
        return this;
    }

    /** The height of the page as shown, in points. */
    private float pageHeight() {
        return turned ? PDRectangle.A4.getWidth() : PDRectangle.A4.getHeight();
    }

    private float pageWidth() {
        return turned ? PDRectangle.A4.getHeight() : PDRectangle.A4.getWidth();
    }

    RuledTablePdf rules(Rules r) {
        this.rules = r;
        return this;
    }

    RuledTablePdf order(Order o) {
        this.order = o;
        return this;
    }

    /** Draws everything in a user space scaled down by {@code s}, under a matrix that scales it back up. */
    RuledTablePdf scaled(float s) {
        this.scale = s;
        return this;
    }

    RuledTablePdf text(String... lines) {
        for (String l : lines) blocks.add(new Text(l));
        return this;
    }

    RuledTablePdf table(float[] widths, List<List<String>> rows) {
        blocks.add(new Table(widths, rows));
        return this;
    }

    RuledTablePdf page() {
        blocks.add(new PageBreak());
        return this;
    }

    byte[] build() {
        try (PDDocument doc = new PDDocument(); InputStream ttf = Fonts.openTtf()) {
            PDType0Font font = PDType0Font.load(doc, ttf);
            List<List<Block>> pages = new ArrayList<>();
            pages.add(new ArrayList<>());
            for (Block b : blocks) {
                if (b instanceof PageBreak) pages.add(new ArrayList<>());
                else pages.get(pages.size() - 1).add(b);
            }
            for (List<Block> page : pages) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    if (turned) {
                        // shown turned a quarter clockwise: draw turned a quarter the other way
                        p.setRotation(90);
                        cs.transform(new Matrix(0, 1, -1, 0, PDRectangle.A4.getWidth(), 0));
                    }
                    cs.transform(new Matrix(scale, 0, 0, scale, 0, 0));
                    Drawer d = new Drawer(cs, font);
                    float y = MARGIN;
                    for (Block b : page) {
                        if (b instanceof Text t) {
                            for (String line : wrap(font, t.text(), pageWidth() - 2 * MARGIN)) {
                                d.show(MARGIN, y + SIZE, line);
                                y += LEADING;
                            }
                            y += 4;
                        } else if (b instanceof Table t) {
                            y = drawTable(d, font, t, y) + 8;
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws in page coordinates from the top (pt); the content stream's user space is scaled by {@link #scale}. */
    private final class Drawer {
        final PDPageContentStream cs;
        final PDType0Font font;

        Drawer(PDPageContentStream cs, PDType0Font font) {
            this.cs = cs;
            this.font = font;
        }

        void show(float x, float baselineFromTop, String text) throws IOException {
            if (text.isEmpty()) return;
            cs.beginText();
            cs.setFont(font, SIZE / scale);
            cs.newLineAtOffset(x / scale, (pageHeight() - baselineFromTop) / scale);
            cs.showText(text);
            cs.endText();
        }

        void line(float x0, float y0, float x1, float y1) throws IOException {
            if (rules == Rules.NONE) return;
            if (rules == Rules.FILLED_BARS) {
                float t = 0.5f;
                float x = Math.min(x0, x1) - (x0 == x1 ? t / 2 : 0);
                float y = Math.max(y0, y1) + (y0 == y1 ? t / 2 : 0);
                float w = x0 == x1 ? t : Math.abs(x1 - x0);
                float h = y0 == y1 ? t : Math.abs(y1 - y0);
                cs.addRect(x / scale, (pageHeight() - y) / scale, w / scale, h / scale);
                cs.fill();
                return;
            }
            cs.setLineWidth(0.5f / scale);
            cs.moveTo(x0 / scale, (pageHeight() - y0) / scale);
            cs.lineTo(x1 / scale, (pageHeight() - y1) / scale);
            cs.stroke();
        }

        void rectangle(float x, float yTop, float w, float h) throws IOException {
            cs.setLineWidth(0.5f / scale);
            cs.addRect(x / scale, (pageHeight() - yTop - h) / scale, w / scale, h / scale);
            cs.stroke();
        }
    }

    private float drawTable(Drawer d, PDType0Font font, Table t, float top) throws IOException {
        int rows = t.rows().size();
        int cols = t.widths().length;
        float[] xs = new float[cols + 1];
        xs[0] = MARGIN;
        for (int c = 0; c < cols; c++) xs[c + 1] = xs[c] + t.widths()[c];
        // each cell's origin (top-left grid cell) and span
        int[][] spanCols = new int[rows][cols];
        int[][] spanRows = new int[rows][cols];
        List<List<List<String>>> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<List<String>> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                String text = t.rows().get(r).get(c);
                if (isMerged(text)) {
                    row.add(List.of());
                    continue;
                }
                int cs = 1;
                while (c + cs < cols && "<".equals(t.rows().get(r).get(c + cs))) cs++;
                int rs = 1;
                while (r + rs < rows && "^".equals(t.rows().get(r + rs).get(c))) rs++;
                spanCols[r][c] = cs;
                spanRows[r][c] = rs;
                row.add(wrap(font, text, xs[c + cs] - xs[c] - 2 * PAD));
            }
            lines.add(row);
        }
        float[] ys = new float[rows + 1];
        ys[0] = top;
        for (int r = 0; r < rows; r++) {
            int most = 1;
            for (int c = 0; c < cols; c++) if (spanRows[r][c] == 1) most = Math.max(most, lines.get(r).get(c).size());
            ys[r + 1] = ys[r] + most * LEADING + 2 * PAD;
        }
        // rules
        if (d != null && rules == Rules.CELL_RECTANGLES) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (spanCols[r][c] == 0) continue;
                    d.rectangle(xs[c], ys[r], xs[c + spanCols[r][c]] - xs[c], ys[r + spanRows[r][c]] - ys[r]);
                }
            }
        } else {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    String text = t.rows().get(r).get(c);
                    if (!"^".equals(text)) d.line(xs[c], ys[r], xs[c + 1], ys[r]);
                    if (!"<".equals(text)) d.line(xs[c], ys[r], xs[c], ys[r + 1]);
                }
                d.line(xs[cols], ys[r], xs[cols], ys[r + 1]);
            }
            for (int c = 0; c < cols; c++) d.line(xs[c], ys[rows], xs[c + 1], ys[rows]);
        }
        // text
        for (int r = 0; r < rows; r++) {
            List<List<String>> row = lines.get(r);
            if (order == Order.CELL_BY_CELL) {
                for (int c = 0; c < cols; c++) {
                    for (int k = 0; k < row.get(c).size(); k++) {
                        d.show(xs[c] + PAD, ys[r] + PAD + SIZE + k * LEADING, row.get(c).get(k));
                    }
                }
            } else {
                int most = 0;
                for (List<String> cell : row) most = Math.max(most, cell.size());
                for (int k = 0; k < most; k++) {
                    for (int c = 0; c < cols; c++) {
                        if (k < row.get(c).size()) d.show(xs[c] + PAD, ys[r] + PAD + SIZE + k * LEADING, row.get(c).get(k));
                    }
                }
            }
        }
        return ys[rows];
    }

    private static boolean isMerged(String text) {
        return "<".equals(text) || "^".equals(text);
    }

    /** Greedy word wrap at {@code width} points. */
    static List<String> wrap(PDType0Font font, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        // a "\n" in a cell's text is a paragraph break: the next words start a line of their own
        int br = text.indexOf('\n');
        if (br >= 0) {
            out.addAll(wrap(font, text.substring(0, br), width));
            out.addAll(wrap(font, text.substring(br + 1), width));
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            String tried = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(tried) * SIZE / 1000f > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
