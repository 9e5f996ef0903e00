package io.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.planex.ingest.DocumentReader;
import io.planex.ingest.IngestedDocument;
import io.planex.ingest.OcrMode;
import io.planex.ingest.OcrSupport;
import io.planex.testkit.Layout;
import io.planex.testkit.PdfFixtures;
import io.planex.testkit.PdfFixtures.WrongMap;
import io.planex.testkit.corpus.PlanGenerator;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seals and signatures left out of the page image OCR reads on pages whose text layer is garbled. */
class PrintRendererTest {
    private static final float A4_AREA = Layout.A4_WIDTH_PT * Layout.A4_HEIGHT_PT;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} x {1} pt: overlay {2}")
    @CsvSource({
            // a seal, 4 cm across
            "113, 113, true",
            // a signature image
            "170, 60, true",
            // a logo in the header
            "80, 80, true",
            // a scanned page filling the sheet
            "595, 842, false",
            // a table pasted as a picture across the text width, half a page tall
            "475, 420, false",
    })
    void smallImagesAreOverlays(float width, float height, boolean overlay) {
        Matrix placement = new Matrix(width, 0, 0, height, 60, 60);
        assertEquals(overlay, PrintRenderer.isOverlay(placement, PDRectangle.A4));
    }

    @Test
    void aPageSizedImageIsDrawn() throws Exception {
        BufferedImage black = new BufferedImage(50, 70, BufferedImage.TYPE_INT_RGB); // all black
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, black);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            BufferedImage rendered = new PrintRenderer(pdf).renderImageWithDPI(0, 36, ImageType.GRAY);
            assertEquals(0, rendered.getRaster().getSample(rendered.getWidth() / 2, rendered.getHeight() / 2, 0));
        }
    }

    /**
     * A garbled page whose first line, the signer's name, lies under an opaque seal: OCR of the print reads the
     * name; OCR of the page as it looks could not.
     */
    @Test
    void theNameUnderASealIsReadOnAGarbledPage() throws Exception {
        assumeTrue(OcrSupport.vietnameseAvailable(), "tesseract with vie is not installed");
        String name = "Nguyễn Thị Hồng Nhung";
        String text = name + "\n" + new PlanGenerator(11).generate(2).text();
        byte[] garbled = PdfFixtures.withToUnicode(text, Layout.standard(), WrongMap.CYRILLIC);
        Path file = dir.resolve("sealed.pdf");
        Files.write(file, withSealOverFirstLine(garbled));

        assertFalse(firstLineVisible(file), "the fixture's seal must hide the name on the rendered page");
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.AUTO).read(file);
        assertTrue(doc.source().ocrPages().contains(1), "page 1 is OCRed: " + doc.source().ocrPages());
        assertTrue(doc.text().contains("Hồng Nhung"), doc.text().substring(0, Math.min(400, doc.text().length())));
    }

    /**
     * Whether the first line shows on page 1 as it looks: whether the region of the line differs from the same
     * seal on an empty page.
     */
    private static boolean firstLineVisible(Path file) throws Exception {
        byte[] empty;
        try (PDDocument blank = new PDDocument()) {
            blank.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            blank.save(out);
            empty = withSealOverFirstLine(out.toByteArray());
        }
        try (PDDocument sealed = Loader.loadPDF(file.toFile()); PDDocument sealOnly = Loader.loadPDF(empty)) {
            BufferedImage a = new org.apache.pdfbox.rendering.PDFRenderer(sealed).renderImageWithDPI(0, 72, ImageType.GRAY);
            BufferedImage b = new org.apache.pdfbox.rendering.PDFRenderer(sealOnly).renderImageWithDPI(0, 72, ImageType.GRAY);
            Layout l = Layout.standard();
            int baseline = Math.round(l.marginPt() + l.fontSizePt());
            for (int y = baseline - 10; y <= baseline + 2; y++) {
                for (int x = (int) l.marginPt(); x < l.marginPt() + 150; x++) {
                    if (a.getRaster().getSample(x, y, 0) != b.getRaster().getSample(x, y, 0)) return true;
                }
            }
            return false;
        }
    }

    /** The PDF with an opaque red seal (white disc, red rings and letters) over the first line of page 1. */
    private static byte[] withSealOverFirstLine(byte[] pdf) throws Exception {
        BufferedImage seal = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = seal.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.setColor(new Color(220, 30, 30));
        g.setStroke(new BasicStroke(14));
        g.drawOval(10, 10, 380, 380);
        g.setStroke(new BasicStroke(5));
        g.drawOval(60, 60, 280, 280);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 48));
        g.drawString("SỞ", 160, 190);
        g.drawString("TÀI CHÍNH", 85, 250);
        g.dispose();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDImageXObject image = LosslessFactory.createFromImage(doc, seal);
            Layout l = Layout.standard();
            float baseline = Layout.A4_HEIGHT_PT - l.marginPt() - l.fontSizePt();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.drawImage(image, l.marginPt() - 20, baseline - 70, 200, 200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertTrue(200f * 200f < PrintRenderer.MAX_OVERLAY_SHARE * A4_AREA);
            return out.toByteArray();
        }
    }
}
