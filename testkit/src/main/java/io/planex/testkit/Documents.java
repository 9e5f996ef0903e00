package io.planex.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Writes a text as the file formats archives hold: text PDF, scanned PDF, DOCX, multi-page TIFF. */
public final class Documents {
    private Documents() {}

    /** A PDF with a real text layer (embedded DejaVu Serif), laid out as {@link Layout#paginate}. */
    public static byte[] textPdf(String text, Layout layout) {
        try (PDDocument doc = new PDDocument(); InputStream ttf = Fonts.openTtf()) {
            PDType0Font font = PDType0Font.load(doc, ttf);
            float size = layout.fontSizePt();
            List<List<String>> pages = layout.paginate(text, s -> width(font, s) * size / 1000f);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.setLeading(layout.lineHeightPt());
                    cs.newLineAtOffset(layout.marginPt(), Layout.A4_HEIGHT_PT - layout.marginPt() - size);
                    for (String line : lines) {
                        if (!line.isEmpty()) cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image-only PDF, as a scanner makes: one page image per page, no text layer. */
    public static byte[] scannedPdf(String text, Layout layout, int dpi, PageImages.Degradation degradation) {
        return imagePdf(PageImages.render(text, layout, dpi, degradation), dpi);
    }

    /** An image-only PDF of the given page images (lossless), each placed on a page of the image's size. */
    public static byte[] imagePdf(List<BufferedImage> images, int dpi) {
        return imagePdf(images, dpi, -1f);
    }

    /**
     * An image-only PDF of the given page images. {@code jpegQuality} in (0, 1] stores the pages as JPEG, as most
     * scanners do (far smaller files); a negative value stores them losslessly.
     */
    public static byte[] imagePdf(List<BufferedImage> images, int dpi, float jpegQuality) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : images) {
                PDPage page = new PDPage(new PDRectangle(img.getWidth() * 72f / dpi, img.getHeight() * 72f / dpi));
                doc.addPage(page);
                PDImageXObject x = jpegQuality > 0 ? JPEGFactory.createFromImage(doc, img, jpegQuality)
                        : LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with one paragraph per line of the text. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.replace("\f", "").split("\n", -1)) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setFontFamily("Times New Roman");
                run.setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX with one paragraph per line, where {@code "[[text]]"} is a footnote: its reference where it stands, its
     * text in the document's footnotes (as Word sets a note citing a directive).
     */
    public static byte[] docxWithFootnotes(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                XWPFParagraph p = doc.createParagraph();
                Matcher note = NOTE.matcher(line);
                int from = 0;
                while (note.find()) {
                    p.createRun().setText(line.substring(from, note.start()));
                    XWPFFootnote footnote = doc.createFootnote();
                    footnote.createParagraph().createRun().setText(note.group(1));
                    p.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
                    from = note.end();
                }
                p.createRun().setText(line.substring(from));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern NOTE = Pattern.compile("\\[\\[(.*?)\\]\\]");

    /**
     * A DOCX laid out as real ones are: lines of the form {@code "| cell | cell |"} become the rows of a table (the
     * header's issuer and motto columns, a task table, "Nơi nhận" beside the signature), a line break inside a
     * cell written {@code "\\n"}; other lines are paragraphs. A cell {@code "^"} is merged with the cell above (a
     * vertical merge); a cell opening with {@code "<2>"} spans two columns; a row of fewer columns than the table's
     * first has its last cell span the columns left.
     */
    public static byte[] docxWithTables(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            int width = 0;
            // for each row of the table so far, which of its cells covers each column
            List<int[]> cellAt = new ArrayList<>();
            for (String line : text.replace("\f", "").split("\n", -1)) {
                String l = line.strip();
                if (!(l.startsWith("|") && l.endsWith("|") && l.length() > 1)) {
                    table = null;
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText(line);
                    continue;
                }
                String[] cells = l.substring(1, l.length() - 1).split("\\|", -1);
                int[] spans = new int[cells.length];
                int total = 0;
                for (int c = 0; c < cells.length; c++) {
                    Matcher span = SPAN.matcher(cells[c].strip());
                    spans[c] = 1;
                    if (span.lookingAt()) {
                        spans[c] = Integer.parseInt(span.group(1));
                        cells[c] = cells[c].strip().substring(span.end());
                    }
                    total += spans[c];
                }
                XWPFTableRow row;
                if (table == null) {
                    width = total;
                    table = doc.createTable(1, width);
                    cellAt.clear();
                    row = table.getRow(0);
                } else {
                    row = table.createRow();
                }
                // a row of fewer columns than the table: its last cell spans the columns left (a group heading)
                if (total < width) spans[cells.length - 1] += width - total;
                int[] columns = new int[width];
                int col = 0;
                for (int c = 0; c < cells.length; c++) {
                    for (int k = 0; k < spans[c] && col < width; k++) columns[col++] = c;
                }
                col = 0;
                for (int c = 0; c < cells.length; c++) {
                    XWPFTableCell cell = row.getCell(c) != null ? row.getCell(c) : row.addNewTableCell();
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (spans[c] > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(spans[c]));
                    if (cells[c].strip().equals("^") && !cellAt.isEmpty()) {
                        // merged with the cell above: Word's vertical merge, the text in the first cell only
                        int rowAbove = table.getRows().size() - 2;
                        XWPFTableCell above =
                                table.getRow(rowAbove).getCell(cellAt.get(cellAt.size() - 1)[col]);
                        CTTcPr abovePr = above.getCTTc().isSetTcPr() ? above.getCTTc().getTcPr() : above.getCTTc().addNewTcPr();
                        if (!abovePr.isSetVMerge()) abovePr.addNewVMerge().setVal(STMerge.RESTART);
                        pr.addNewVMerge().setVal(STMerge.CONTINUE);
                        if (cell.getParagraphs().isEmpty()) cell.addParagraph();
                        col += spans[c];
                        continue;
                    }
                    String[] paragraphs = cells[c].strip().split("\\\\n", -1);
                    XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                    first.createRun().setText(paragraphs[0].strip());
                    for (int k = 1; k < paragraphs.length; k++) cell.addParagraph().createRun().setText(paragraphs[k].strip());
                    col += spans[c];
                }
                while (row.getTableCells().size() > cells.length) row.removeCell(row.getTableCells().size() - 1);
                cellAt.add(columns);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "<2>" opening a cell of {@link #docxWithTables}: the cell spans two columns. */
    private static final Pattern SPAN = Pattern.compile("<(\\d)>\\s*");

    /** A multi-page TIFF (deflate-compressed) of page images. */
    public static byte[] tiff(List<BufferedImage> pages) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        if (!writers.hasNext()) throw new IllegalStateException("no TIFF writer in this JVM");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // The bytes are taken only after the image stream is closed: a cached ImageOutputStream writes its
        // tail to the underlying stream on close, not on flush, so reading them earlier truncates the TIFF.
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) writer.writeToSequence(new IIOImage(page, null, null), param);
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A PNG of one page image. */
    public static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small PNG whose header claims {@code width} x {@code height} RGB pixels, with the first row's data only:
     * what a reader learns from the header costs nothing, decoding it would take width x height x 3 bytes.
     */
    public static byte[] pngClaiming(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                    .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
            pngChunk(out, "IHDR", ihdr.array());
            ByteArrayOutputStream row = new ByteArrayOutputStream();
            try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(row)) {
                z.write(new byte[1 + 3 * Math.min(width, 4096)]);
            }
            pngChunk(out, "IDAT", row.toByteArray());
            pngChunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static float width(PDType0Font font, String s) {
        try {
            return font.getStringWidth(s);
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
