package io.planex.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * PDFs of the kinds that trouble text extraction, made here so tests need no real documents:
 * <ul>
 *   <li>{@link #signed}: an e-office document whose number and day exist only in signature widgets laid over
 *       the blanks of "Số: ... /UBND-XD" and "ngày ... tháng", plus a signature stamp with its caption;</li>
 *   <li>{@link #withToUnicode}: a text PDF whose font's ToUnicode map is replaced by a wrong one (letters
 *       mapped to other letters or scripts, or nothing mapped), as broken Word-to-Ghostscript PDFs have;</li>
 *   <li>{@link #legacyFonts}: text drawn in fonts named like the TCVN3 fonts (".VnTime", ".VnTimeH"), as
 *       mojibake with the font's Windows-1252 codes;</li>
 *   <li>{@link #withTurnedLines}: a signing stamp printed turned along the margin, drawn between two lines of
 *       the body;</li>
 *   <li>{@link #fallbackGlyphsAfterEachLine}: the letters a font lacks drawn from a fallback font after each line,
 *       as LibreOffice writes them.</li>
 * </ul>
 */
public final class PdfFixtures {
    private PdfFixtures() {}

    /** A line of page text, at a position from the page's top-left, in points. */
    public record Line(float x, float yFromTop, String text) {}

    /** A signature widget: a rectangle (from the top-left, in points) and the lines its appearance draws. */
    public record Widget(float x, float yFromTop, float width, float height, List<String> lines, float charSpacing) {
        public Widget(float x, float yFromTop, float width, float height, String text) {
            this(x, yFromTop, width, height, List.of(text), 0f);
        }
    }

    /**
     * One A4 page with the given lines in 13 pt type and signature widgets over them, each a field of the
     * document's AcroForm (Signature1, Signature2, ...), its text drawn in 13 pt in its appearance stream.
     */
    public static byte[] signed(List<Line> lines, List<Widget> widgets) {
        try (PDDocument doc = new PDDocument(); InputStream ttf = Fonts.openTtf()) {
            PDType0Font font = PDType0Font.load(doc, ttf, false); // whole font: the widgets share it
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float top = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Line line : lines) {
                    cs.beginText();
                    cs.setFont(font, 13);
                    cs.newLineAtOffset(line.x(), top - line.yFromTop());
                    cs.showText(line.text());
                    cs.endText();
                }
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            int n = 0;
            for (Widget w : widgets) {
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName("Signature" + (++n));
                PDAnnotationWidget widget = field.getWidgets().get(0);
                PDRectangle rect = new PDRectangle(w.x(), top - w.yFromTop() - w.height(), w.width(), w.height());
                widget.setRectangle(rect);
                widget.setPage(page);
                widget.setPrinted(true);
                widget.setLocked(true);
                PDAppearanceStream appearance = new PDAppearanceStream(doc);
                appearance.setBBox(new PDRectangle(w.width(), w.height()));
                PDResources resources = new PDResources();
                resources.put(COSName.getPDFName("F1"), font);
                appearance.setResources(resources);
                try (PDPageContentStream cs = new PDPageContentStream(doc, appearance)) {
                    float y = w.height() - 13;
                    for (String text : w.lines()) {
                        cs.beginText();
                        cs.setFont(font, 13);
                        if (w.charSpacing() != 0) cs.setCharacterSpacing(w.charSpacing());
                        cs.newLineAtOffset(0.5f, y + 3);
                        cs.showText(text);
                        cs.endText();
                        y -= 15;
                    }
                }
                PDAppearanceDictionary ap = new PDAppearanceDictionary();
                ap.setNormalAppearance(appearance);
                widget.setAppearance(ap);
                page.getAnnotations().add(widget);
                form.getFields().add(field);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a replaced ToUnicode map reads a glyph whose true text is the code point given. */
    public enum WrongMap {
        /** Letters read as Cyrillic letters ("6Ӣ CÔNG 7+ѬѪ1*"). */
        CYRILLIC(cp -> Character.isLetter(cp) ? 0x0410 + Math.floorMod(cp * 7, 64) : cp),
        /** Each letter read as another letter of the font ("QăP" for "năm"): Latin soup, Vietnamese letters kept. */
        SHUFFLED(cp -> cp),
        /** Only digits, spaces and punctuation mapped: the parser drops every letter. */
        LETTERS_UNMAPPED(cp -> Character.isLetter(cp) ? -1 : cp);

        final IntUnaryOperator map;

        WrongMap(IntUnaryOperator map) {
            this.map = map;
        }
    }

    /**
     * The text PDF of {@link Documents#textPdf} with every page's font given a wrong ToUnicode map. The pages
     * look exactly as before; only the text a parser reads from them changes.
     */
    public static byte[] withToUnicode(String text, Layout layout, WrongMap wrong) {
        return withToUnicode(Documents.textPdf(text, layout), wrong, Integer.MAX_VALUE);
    }

    /** As above, on an existing PDF; pages after {@code lastBrokenPage} (1-based) keep their maps. */
    public static byte[] withToUnicode(byte[] pdf, WrongMap wrong, int lastBrokenPage) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pageNo = 0;
            Map<COSDictionary, COSStream> replaced = new LinkedHashMap<>();
            for (PDPage page : doc.getPages()) {
                if (++pageNo > lastBrokenPage) break;
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    COSDictionary dict = font.getCOSObject();
                    if (replaced.containsKey(dict)) continue;
                    COSStream cmap = doc.getDocument().createCOSStream();
                    try (var out = cmap.createOutputStream()) {
                        out.write(wrongCmap(font, wrong).getBytes(StandardCharsets.US_ASCII));
                    }
                    replaced.put(dict, cmap);
                }
            }
            if (lastBrokenPage < pageNo || lastBrokenPage < doc.getNumberOfPages()) {
                // the fonts are shared by all pages: give the broken pages a copy of each font with the wrong map
                int p = 0;
                for (PDPage page : doc.getPages()) {
                    if (++p > lastBrokenPage) break;
                    PDResources res = page.getResources();
                    for (COSName name : res.getFontNames()) {
                        COSDictionary original = res.getFont(name).getCOSObject();
                        COSDictionary copy = new COSDictionary(original);
                        copy.setItem(COSName.TO_UNICODE, replaced.get(original));
                        res.getCOSObject().getCOSDictionary(COSName.FONT).setItem(name, copy);
                    }
                }
            } else {
                replaced.forEach((dict, cmap) -> dict.setItem(COSName.TO_UNICODE, cmap));
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String wrongCmap(PDFont font, WrongMap wrong) throws IOException {
        List<int[]> pairs = new ArrayList<>(); // code, true code point
        for (int code = 0; code <= 0xFFFF; code++) {
            String u = font.toUnicode(code);
            if (u != null && u.codePointCount(0, u.length()) == 1) pairs.add(new int[] {code, u.codePointAt(0)});
        }
        List<int[]> letters = new ArrayList<>();
        for (int[] p : pairs) if (Character.isLetter(p[1])) letters.add(p);
        StringBuilder body = new StringBuilder();
        List<String> entries = new ArrayList<>();
        for (int[] p : pairs) {
            int to;
            if (wrong == WrongMap.SHUFFLED && Character.isLetter(p[1])) {
                int i = letters.indexOf(p);
                to = letters.get((i * 7 + 3) % letters.size())[1];
            } else {
                to = wrong.map.applyAsInt(p[1]);
            }
            if (to < 0) continue;
            entries.add(String.format("<%04X> <%s>", p[0], utf16Hex(to)));
        }
        for (int i = 0; i < entries.size(); i += 100) {
            List<String> block = entries.subList(i, Math.min(entries.size(), i + 100));
            body.append(block.size()).append(" beginbfchar\n");
            for (String e : block) body.append(e).append('\n');
            body.append("endbfchar\n");
        }
        return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + body
                + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    }

    private static String utf16Hex(int cp) {
        StringBuilder s = new StringBuilder();
        for (char c : Character.toChars(cp)) s.append(String.format("%04X", (int) c));
        return s.toString();
    }

    /** A run of legacy-font text: the font's name (".VnTime", ".VnTimeH") and the mojibake it is typed as. */
    public record LegacyRun(String fontName, String mojibake) {}

    /**
     * One A4 page, one line per list of runs, each run in a Windows-1252 TrueType font named as given (the glyphs
     * are DejaVu Serif's: what matters to a reader is the name and the codes).
     */
    public static byte[] legacyFonts(List<List<LegacyRun>> lines) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            Map<String, PDTrueTypeFont> fonts = new LinkedHashMap<>();
            float top = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = top - 70;
                for (List<LegacyRun> line : lines) {
                    cs.beginText();
                    cs.newLineAtOffset(60, y);
                    for (LegacyRun run : line) {
                        PDTrueTypeFont font = fonts.get(run.fontName());
                        if (font == null) {
                            try (InputStream ttf = Fonts.openTtf()) {
                                font = PDTrueTypeFont.load(doc, ttf, WinAnsiEncoding.INSTANCE);
                            }
                            String name = "ABCDEF+" + run.fontName();
                            font.getCOSObject().setName(COSName.BASE_FONT, name);
                            COSDictionary descriptor = font.getCOSObject().getCOSDictionary(COSName.FONT_DESC);
                            if (descriptor != null) descriptor.setName(COSName.FONT_NAME, name);
                            fonts.put(run.fontName(), font);
                        }
                        cs.setFont(font, 13);
                        cs.showText(run.mojibake());
                    }
                    cs.endText();
                    y -= 20;
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text PDF pages (13 pt, a line a paragraph, as {@link Layout#standard()} wraps it) drawn as an office suite draws
     * a font that lacks some letters: each line in the main font with those letters left out (the pen moved past
     * them), then, after the line, each such letter from a fallback font at its place. Here the letters drawn
     * afterwards are those of {@code fallback}, and both fonts are DejaVu Serif embedded twice. A reader that writes
     * glyphs in the order drawn tears them out of their words ("Ban Th ng vườ ụ").
     */
    public static byte[] fallbackGlyphsAfterEachLine(String text, java.util.function.IntPredicate fallback) {
        Layout layout = Layout.standard();
        float size = layout.fontSizePt();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font main;
            PDType0Font other;
            try (InputStream a = Fonts.openTtf(); InputStream b = Fonts.openTtf()) {
                main = PDType0Font.load(doc, a);
                other = PDType0Font.load(doc, b);
            }
            PDType0Font measure = main;
            for (List<String> lines : layout.paginate(text, l -> {
                try {
                    return measure.getStringWidth(l) * size / 1000f;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = Layout.A4_HEIGHT_PT - layout.marginPt();
                    for (String line : lines) {
                        List<float[]> later = new ArrayList<>(); // {x, code point}
                        float x = layout.marginPt();
                        StringBuilder run = new StringBuilder();
                        float runX = x;
                        for (int i = 0; i < line.length(); ) {
                            int cp = line.codePointAt(i);
                            String ch = new String(Character.toChars(cp));
                            float w = main.getStringWidth(ch) * size / 1000f;
                            if (fallback.test(cp)) {
                                show(cs, main, size, runX, y, run);
                                later.add(new float[] {x, cp});
                                run.setLength(0);
                                runX = x + w;
                            } else {
                                run.append(ch);
                            }
                            x += w;
                            i += Character.charCount(cp);
                        }
                        show(cs, main, size, runX, y, run);
                        for (float[] l : later) {
                            show(cs, other, size, l[0], y, new StringBuilder().appendCodePoint((int) l[1]));
                        }
                        y -= layout.lineHeightPt();
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, CharSequence s)
            throws IOException {
        if (s.length() == 0) return;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s.toString());
        cs.endText();
    }

    /**
     * One A4 page with the given lines in 13 pt type and, drawn right after line {@code after} (0-based), the
     * {@code turned} lines in 8 pt turned 90 degrees (reading bottom to top), at their positions: a signing stamp
     * printed along the margin, as some e-office systems print it.
     */
    public static byte[] withTurnedLines(List<Line> lines, List<Line> turned, int after) {
        try (PDDocument doc = new PDDocument(); InputStream ttf = Fonts.openTtf()) {
            PDType0Font font = PDType0Font.load(doc, ttf);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float top = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < lines.size(); i++) {
                    Line line = lines.get(i);
                    cs.beginText();
                    cs.setFont(font, 13);
                    cs.newLineAtOffset(line.x(), top - line.yFromTop());
                    cs.showText(line.text());
                    cs.endText();
                    if (i != after) continue;
                    for (Line t : turned) {
                        cs.beginText();
                        cs.setFont(font, 8);
                        cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, t.x(), top - t.yFromTop()));
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width in points of {@code text} set in the fixtures' font (DejaVu Serif) at {@code size}. */
    public static float width(String text, float size) {
        try (PDDocument doc = new PDDocument(); InputStream ttf = Fonts.openTtf()) {
            return PDType0Font.load(doc, ttf).getStringWidth(text) * size / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

}
