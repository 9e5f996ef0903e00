package io.planex.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import io.planex.ingest.legacy.LegacyCapitals;
import io.planex.ingest.pdf.table.RuledTable;
import io.planex.ingest.pdf.table.RulingOperators;
import io.planex.ingest.pdf.table.Rulings;
import io.planex.ingest.pdf.table.TableText;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF page's text the way the Tika parse does (PDFBox's text stripper, content-stream order), and also
 * reads the text that form and signature widgets draw in their appearance streams, in place.
 *
 * <p>E-office systems stamp a document's number and the day of its date into signature widgets laid over the
 * blanks of "Số:      /UBND-XD" and "ngày      tháng 7": the page content has only the blanks, so a reader of
 * page content alone gets "Số: /UBND-XD". Here each widget's glyphs, placed by the widget's rectangle and
 * matrix, are joined into one run (its own letter spacing dropped, so "7432" does not come out "7 4 3 2") and
 * put into the page's glyph list where they sit: after the glyph to their left on the same line, the page's
 * placeholder spaces beneath them dropped, and any page glyph they are stamped over replaced ("tháng 54" with a
 * "5" stamped over a typed "4" reads "tháng 5"). The stripper's own spacing then puts one space on each side.
 * A widget whose text is a signature caption (signer, time, e-mail: {@link SignatureCaptions}) is left out.
 *
 * <p>Words in a TCVN3 capitals font (".VnTimeH") are written in capital codes ({@link LegacyCapitals}), so that
 * legacy decoding gives the capitals the page shows.
 *
 * <p>Made with {@code tables}, it also reads the page's ruling lines in the same pass ({@link RulingOperators}) and
 * writes each ruled table it finds ({@link RuledTable}) as rows of cells kept apart ({@link TableText}), where the
 * table's first glyph was drawn; the text outside the tables is written as the stripper writes it. The stripper
 * alone prints a table line by line across its columns, so cells that wrap run together and interleave.
 * Not thread-safe: one instance per thread.
 */
public final class PdfPageReader extends PDFTextStripper {
    /**
     * One page's text, how many widget runs (or digits drawn last into a blank) were put into it, how many words were in a capitals font, how many
     * ruled tables were written as rows, and whether the page's last table runs to the foot of the page (at most
     * one line of text below it: a page number), so that it may go on over the next page, and how many glyphs running
     * across the page's text were dropped ({@link #dropCrossRunningGlyphs}).
     */
    public record PageRead(String text, int widgetRuns, int capitalWords, int tables, boolean endsInTable,
                           int crossGlyphs) {}

    private List<TextPosition> capture;
    private int widgetRuns;
    private int capitalWords;
    private final Map<PDFont, Boolean> capitalsFonts = new IdentityHashMap<>();
    private final boolean canReadTables;
    private boolean readTables;
    private final Rulings rulings = new Rulings();
    private int tablesWritten;
    private boolean endsInTable;
    private int crossGlyphs;

    public PdfPageReader() throws IOException {
        this(false);
    }

    /** @param tables able to read ruled tables as rows of cells (see the class comment), on the pages asked */
    public PdfPageReader(boolean tables) throws IOException {
        // as Tika's PDF parser sets the stripper up by default
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        setLineSeparator("\n");
        setParagraphEnd("\n");
        this.canReadTables = tables;
        // a widget's appearance (its border) is no part of the page's tables
        if (tables) RulingOperators.install(this, rulings, () -> readTables && capture == null);
    }

    /**
     * A reader that writes a page's text in the order of the page (top to bottom, left to right) rather than the
     * order the glyphs were drawn in: for a page whose maker drew the letters its font lacks from a fallback font
     * after the rest of each line, which the drawing order tears out of their words ("Ban Th ng vườ ụ").
     */
    public static PdfPageReader inPageOrder(boolean tables) throws IOException {
        PdfPageReader r = new PdfPageReader(tables);
        r.setSortByPosition(true);
        return r;
    }

    /** Reads page {@code index} (0-based) of the document. */
    public PageRead read(PDDocument document, int index) throws IOException {
        return read(document, index, false);
    }

    /**
     * Reads page {@code index} (0-based) of the document, with {@code tables} its ruled tables as rows (a reader made
     * able to).
     */
    public PageRead read(PDDocument document, int index, boolean tables) throws IOException {
        if (tables && !canReadTables) throw new IllegalStateException("made without tables");
        readTables = tables;
        setStartPage(index + 1);
        setEndPage(index + 1);
        widgetRuns = 0;
        capitalWords = 0;
        tablesWritten = 0;
        endsInTable = false;
        crossGlyphs = 0;
        String text = getText(document);
        return new PageRead(text, widgetRuns, capitalWords, tablesWritten, endsInTable, crossGlyphs);
    }

    /** True when the page uses a TCVN3 capitals font (".VnTimeH"...): its text decodes right only if read here. */
    public static boolean hasCapitalsFont(PDPage page) {
        try {
            PDResources resources = page.getResources();
            if (resources == null) return false;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font != null && LegacyCapitals.isCapitalsFont(font.getName())) return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * Words set in a TCVN3 capitals font are written in the codes that decode to capitals
     * ({@link LegacyCapitals}): the font shows capitals whatever case was typed.
     */
    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        super.writeString(capitalCodes(text, positions), positions);
    }

    /** The text, its words in a TCVN3 capitals font written in capital codes. */
    private String capitalCodes(String text, List<TextPosition> positions) {
        if (positions != null && !positions.isEmpty()) {
            boolean all = true;
            boolean any = false;
            for (TextPosition p : positions) {
                boolean caps = isCapitalsFont(p.getFont());
                all &= caps;
                any |= caps;
            }
            if (all) {
                text = LegacyCapitals.toCapitalCodes(text);
                capitalWords++;
            } else if (any && text.length() == positions.size()) {
                StringBuilder s = new StringBuilder(text.length());
                for (int i = 0; i < text.length(); i++) {
                    String c = String.valueOf(text.charAt(i));
                    s.append(isCapitalsFont(positions.get(i).getFont()) ? LegacyCapitals.toCapitalCodes(c) : c);
                }
                text = s.toString();
                capitalWords++;
            }
        }
        return text;
    }

    private boolean isCapitalsFont(PDFont font) {
        if (font == null) return false;
        return capitalsFonts.computeIfAbsent(font, f -> LegacyCapitals.isCapitalsFont(f.getName()));
    }

    /** True when the page has a widget annotation with an appearance to read. */
    public static boolean hasWidgets(PDPage page) {
        try {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationWidget && a.getAppearance() != null && !a.isHidden() && !a.isNoView()) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (capture != null) {
            capture.add(text);
        } else {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void writePage() throws IOException {
        PDPage page = getCurrentPage();
        if (page != null) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof PDAnnotationWidget) || a.getAppearance() == null || a.isHidden() || a.isNoView()) {
                    continue;
                }
                capture = new ArrayList<>();
                try {
                    showAnnotation(a);
                } catch (IOException | RuntimeException e) {
                    capture.clear(); // a broken appearance adds nothing
                } finally {
                    List<TextPosition> glyphs = capture;
                    capture = null;
                    place(glyphs);
                }
            }
        }
        placeLateFills();
        dropCrossRunningGlyphs();
        if (readTables && page != null) {
            writeWithTables(Math.floorMod(page.getRotation(), 360));
        } else {
            super.writePage();
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        rulings.clear();
        super.startPage(page);
    }

    /**
     * Writes the page with its ruled tables as rows: the glyphs outside every table as the stripper writes them,
     * in runs between the tables, each table where its first glyph was drawn. Only glyphs upright on the page as
     * shown (their direction the page's rotation) are placed in tables: the rules are in their frame.
     */
    private void writeWithTables(int rotation) throws IOException {
        List<RuledTable> found = RuledTable.find(rulings.segments());
        if (found.isEmpty()) {
            super.writePage();
            return;
        }
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) all.addAll(article);
        int[] tableOf = new int[all.size()];
        List<List<TextPosition>> inTable = new ArrayList<>();
        for (int t = 0; t < found.size(); t++) inTable.add(new ArrayList<>());
        for (int i = 0; i < all.size(); i++) {
            TextPosition g = all.get(i);
            tableOf[i] = -1;
            if ((int) g.getDir() != rotation) continue;
            for (int t = 0; t < found.size(); t++) {
                if (found.get(t).cellAt(TableText.centreX(g), TableText.centreY(g)) >= 0) {
                    tableOf[i] = t;
                    inTable.get(t).add(g);
                    break;
                }
            }
        }
        List<List<TextPosition>> saved = new ArrayList<>(charactersByArticle);
        // the page's start and end written once, around all runs and tables, as a page read whole has them
        String pageStart = getPageStart();
        String pageEnd = getPageEnd();
        writePageStart();
        setPageStart("");
        setPageEnd("");
        try {
            boolean[] written = new boolean[found.size()];
            List<TextPosition> run = new ArrayList<>();
            float lastBottom = -Float.MAX_VALUE;
            for (int i = 0; i < all.size(); i++) {
                int t = tableOf[i];
                if (t < 0) {
                    run.add(all.get(i));
                    continue;
                }
                if (written[t] || isBlank(all.get(i))) continue;
                written[t] = true;
                writeRun(run);
                run.clear();
                RuledTable table = found.get(t);
                Map<Integer, String> cells = new java.util.HashMap<>();
                for (Map.Entry<Integer, List<TextPosition>> e : TableText.cells(table, inTable.get(t)).entrySet()) {
                    cells.put(e.getKey(), TableText.cellText(e.getValue(), this::capitalCodes));
                }
                for (String line : TableText.lines(table, cells)) {
                    output.write(line);
                    output.write(getLineSeparator());
                }
                tablesWritten++;
                lastBottom = Math.max(lastBottom, table.bottom());
            }
            writeRun(run);
            if (tablesWritten > 0) endsInTable = linesBelow(all, tableOf, lastBottom) <= 1;
        } finally {
            setPageStart(pageStart);
            setPageEnd(pageEnd);
            charactersByArticle.clear();
            charactersByArticle.addAll(saved);
        }
        writePageEnd();
    }

    /** Writes glyphs outside the tables as the stripper writes a page. */
    private void writeRun(List<TextPosition> run) throws IOException {
        if (run.isEmpty()) return;
        charactersByArticle.clear();
        charactersByArticle.add(new ArrayList<>(run));
        super.writePage();
    }

    /** How many lines of text outside the tables lie below {@code y}. */
    private static int linesBelow(List<TextPosition> all, int[] tableOf, float y) {
        List<Float> baselines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            TextPosition g = all.get(i);
            if (tableOf[i] >= 0 || isBlank(g) || TableText.centreY(g) <= y) continue;
            boolean known = false;
            for (float b : baselines) known |= Math.abs(b - g.getYDirAdj()) <= Math.max(2f, g.getHeightDir() / 2);
            if (!known) baselines.add(g.getYDirAdj());
        }
        return baselines.size();
    }

    /**
     * Drops the glyphs that run across the page's text: those whose direction is not the one most of the page's
     * glyphs have, when they are under half of them. Why: a signing system prints its stamp ("Ký bởi: ... Thời
     * gian ký: ...") turned along the margin, a scanner's software its watermark across the page; the stripper
     * writes such a run as a column of one- to three-letter lines wherever it was drawn, often between a heading and
     * its body, where they cut a part in two. A page whose text is mostly turned keeps that direction (a landscape
     * page is shown turned by its rotation, and its glyphs are upright in its frame).
     */
    private void dropCrossRunningGlyphs() {
        int[] byDirection = new int[4];
        int total = 0;
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition g : article) {
                byDirection[quarter(g)]++;
                total++;
            }
        }
        int main = 0;
        for (int d = 1; d < 4; d++) if (byDirection[d] > byDirection[main]) main = d;
        int across = total - byDirection[main];
        if (across == 0 || across * 2 >= total) return;
        final int kept = main;
        for (List<TextPosition> article : charactersByArticle) article.removeIf(g -> quarter(g) != kept);
        crossGlyphs += across;
    }

    /**
     * Whether a page's text as the plain stripper wrote it may hold a run of turned glyphs: at least {@value
     * #TURNED_RUN} lines in a row of one to four chars each, as a stamp turned along the margin comes out ("K ý",
     * "bở i:", "Ủ y", ...). A column of a table's short cells may pass too; its re-reading drops nothing.
     */
    public static boolean mayHoldTurnedRun(String pageText) {
        int run = 0;
        int lineChars = 0;
        for (int i = 0, n = pageText.length(); i <= n; i++) {
            char c = i < n ? pageText.charAt(i) : '\n';
            if (c == '\n') {
                if (lineChars == 0) continue; // a blank line neither ends nor adds to a run
                run = lineChars <= 4 ? run + 1 : 0;
                if (run >= TURNED_RUN) return true;
                lineChars = 0;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                lineChars++;
            }
        }
        return false;
    }

    private static final int TURNED_RUN = 8;

    /** A glyph's direction (0, 90, 180 or 270 degrees) as 0..3. */
    private static int quarter(TextPosition g) {
        return Math.floorMod(Math.round(g.getDir() / 90f), 4);
    }

    /**
     * Moves the digits an e-office system drew last into the blanks they fill ({@link LateFills}): "Số: 2417
     * /QĐ-UBND", "ngày 18 tháng 11", where the drawing order put them after the page's footer.
     */
    private void placeLateFills() {
        for (int a = 0; a < charactersByArticle.size(); a++) {
            List<TextPosition> article = charactersByArticle.get(a);
            List<int[]> fills = LateFills.find(article);
            if (fills.isEmpty()) continue;
            // every fill taken out before any is put back: putting one in moves the indices of the others
            List<List<TextPosition>> runs = new ArrayList<>();
            for (int[] r : fills) runs.add(new ArrayList<>(article.subList(r[0], r[1])));
            for (int f = fills.size() - 1; f >= 0; f--) article.subList(fills.get(f)[0], fills.get(f)[1]).clear();
            for (List<TextPosition> glyphs : runs) {
                glyphs.removeIf(PdfPageReader::isBlank);
                TextPosition run = WidgetRuns.merge(WidgetRuns.lines(glyphs).get(0));
                if (run != null && insert(run)) widgetRuns++;
            }
        }
    }

    /** Puts one widget's glyphs into the page's glyph list, one run per line of the widget. */
    private void place(List<TextPosition> glyphs) {
        glyphs.removeIf(g -> g.getUnicode() == null || g.getUnicode().isBlank());
        if (glyphs.isEmpty()) return;
        List<List<TextPosition>> lines = WidgetRuns.lines(glyphs);
        StringBuilder all = new StringBuilder();
        for (List<TextPosition> line : lines) all.append(WidgetRuns.text(line)).append('\n');
        if (SignatureCaptions.isCaption(all.toString())) return;
        for (List<TextPosition> line : lines) {
            TextPosition run = WidgetRuns.merge(line);
            if (run != null && insert(run)) widgetRuns++;
        }
    }

    private boolean insert(TextPosition run) {
        if (charactersByArticle.isEmpty()) charactersByArticle.add(new ArrayList<>());
        float x0 = run.getXDirAdj();
        float x1 = x0 + run.getWidthDirAdj();
        // the glyphs to the run's left and right on its line, over all articles
        TextPosition left = null;
        TextPosition right = null;
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition p : article) {
                if (!sameLine(p, run) || isBlank(p)) continue;
                float c = centre(p);
                if (c < x0 && (left == null || end(p) > end(left))) left = p;
                if (c > x1 && (right == null || p.getXDirAdj() < right.getXDirAdj())) right = p;
            }
        }
        float gapFrom = left == null ? x0 : end(left);
        float gapTo = right == null ? x1 : right.getXDirAdj();
        // drop what the run covers: the blanks it fills and any glyph it is stamped over; keep the blank next to
        // the text on the left, and end the run with a space when blanks followed it, so it stays a word
        float mid = (x0 + x1) / 2;
        TextPosition keepLeft = null;
        TextPosition keepRight = null;
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition p : article) {
                if (!sameLine(p, run) || !isBlank(p)) continue;
                float c = centre(p);
                if (c < gapFrom || c > gapTo) continue;
                if (c < mid && (keepLeft == null || c < centre(keepLeft))) keepLeft = p;
                if (c >= mid && (keepRight == null || c > centre(keepRight))) keepRight = p;
            }
        }
        Map<TextPosition, Boolean> dropped = new IdentityHashMap<>();
        TextPosition keptLeft = keepLeft;
        TextPosition keptRight = null;
        for (List<TextPosition> article : charactersByArticle) {
            article.removeIf(p -> {
                if (p == keptLeft || p == keptRight || !sameLine(p, run)) return false;
                float c = centre(p);
                boolean drop = (c >= x0 && c <= x1) || (isBlank(p) && c >= gapFrom && c <= gapTo);
                if (drop) dropped.put(p, Boolean.TRUE);
                return drop;
            });
        }
        if (left != null && dropped.containsKey(left)) left = null;
        if (right != null && dropped.containsKey(right)) right = null;
        TextPosition before = keepLeft != null ? keepLeft : left;
        TextPosition after = right;
        TextPosition placed = keepRight != null ? WidgetRuns.withText(run, run.getUnicode() + " ") : run;
        for (List<TextPosition> article : charactersByArticle) {
            int at = before != null ? indexOf(article, before) + 1 : after != null ? indexOf(article, after) : -1;
            if (at > 0 || (at == 0 && before == null)) {
                article.add(at, placed);
                return true;
            }
        }
        // alone on its line: before the first glyph below it, in the first article
        List<TextPosition> article = charactersByArticle.get(0);
        for (int i = 0; i < article.size(); i++) {
            TextPosition p = article.get(i);
            if (p.getYDirAdj() - p.getHeightDir() > run.getYDirAdj()) {
                article.add(i, run);
                return true;
            }
        }
        article.add(run);
        return true;
    }

    private static boolean isBlank(TextPosition p) {
        return p.getUnicode() == null || p.getUnicode().isBlank();
    }

    private static int indexOf(List<TextPosition> list, TextPosition p) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == p) return i;
        }
        return -1;
    }

    private static float centre(TextPosition p) {
        return p.getXDirAdj() + p.getWidthDirAdj() / 2;
    }

    private static float end(TextPosition p) {
        return p.getXDirAdj() + p.getWidthDirAdj();
    }

    /** The two glyphs' boxes (baseline up by height) overlap vertically by half the smaller height. */
    static boolean sameLine(TextPosition a, TextPosition b) {
        float ha = Math.max(a.getHeightDir(), 1f);
        float hb = Math.max(b.getHeightDir(), 1f);
        float top = Math.max(a.getYDirAdj() - ha, b.getYDirAdj() - hb);
        float bottom = Math.min(a.getYDirAdj(), b.getYDirAdj());
        return bottom - top >= 0.5f * Math.min(ha, hb);
    }

    static final Comparator<TextPosition> BY_X = Comparator.comparingDouble(TextPosition::getXDirAdj);
}
