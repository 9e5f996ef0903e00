package io.planex.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import io.planex.ingest.legacy.LegacyCapitals;
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
 * Not thread-safe: one instance per thread.
 */
public final class PdfPageReader extends PDFTextStripper {
    /** One page's text, how many widget runs were put into it and how many words were in a capitals font. */
    public record PageRead(String text, int widgetRuns, int capitalWords) {}

    private List<TextPosition> capture;
    private int widgetRuns;
    private int capitalWords;
    private final Map<PDFont, Boolean> capitalsFonts = new IdentityHashMap<>();

    public PdfPageReader() throws IOException {
        // as Tika's PDF parser sets the stripper up by default
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        setLineSeparator("\n");
        setParagraphEnd("\n");
    }

    /** Reads page {@code index} (0-based) of the document. */
    public PageRead read(PDDocument document, int index) throws IOException {
        setStartPage(index + 1);
        setEndPage(index + 1);
        widgetRuns = 0;
        capitalWords = 0;
        String text = getText(document);
        return new PageRead(text, widgetRuns, capitalWords);
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
        super.writeString(text, positions);
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
        super.writePage();
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
