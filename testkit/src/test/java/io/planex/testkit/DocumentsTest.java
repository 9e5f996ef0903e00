package io.planex.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentsTest {
    private static final String TEXT = "KẾ HOẠCH\nTriển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023\n"
            + "\fỦY BAN NHÂN DÂN XÃ HÒA BÌNH";

    @Test
    void textPdfKeepsVietnameseTextAndForcedPageBreaks() throws Exception {
        byte[] pdf = Documents.textPdf(TEXT, Layout.standard());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Kết luận số 57-KL/TW"), text);
            assertTrue(text.contains("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"), text);
        }
    }

    @Test
    void longParagraphsWrapAndOverflowToNewPages() {
        String para = "Tuyên truyền sâu rộng chủ trương của Đảng. ".repeat(400);
        List<List<String>> pages = Layout.standard().paginate(para, s -> s.length() * 6.5);
        assertTrue(pages.size() > 1);
        for (List<String> page : pages) assertTrue(page.size() <= Layout.standard().linesPerPage());
    }

    @Test
    void scannedPdfHasNoTextLayer() throws Exception {
        byte[] pdf = Documents.scannedPdf(TEXT, Layout.standard(), 100, PageImages.Degradation.mild(1));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            assertEquals("", new PDFTextStripper().getText(doc).strip());
        }
    }

    @Test
    void noiseChangesPixelsDeterministically() {
        List<BufferedImage> a = PageImages.render("Hòa Phong", Layout.standard(), 72, PageImages.Degradation.mild(7));
        List<BufferedImage> b = PageImages.render("Hòa Phong", Layout.standard(), 72, PageImages.Degradation.mild(7));
        List<BufferedImage> clean = PageImages.render("Hòa Phong", Layout.standard(), 72,
                PageImages.Degradation.none());
        assertEquals(a.get(0).getRGB(10, 10), b.get(0).getRGB(10, 10));
        int differing = 0;
        for (int x = 0; x < 50; x++) if (a.get(0).getRGB(x, 5) != clean.get(0).getRGB(x, 5)) differing++;
        assertTrue(differing > 10, "noise should touch most background pixels, touched " + differing);
    }

    @Test
    void docxHasOneParagraphPerLine() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Documents.docx(TEXT)))) {
            assertEquals(3, doc.getParagraphs().size());
            assertEquals("KẾ HOẠCH", doc.getParagraphs().get(0).getText());
        }
    }

    @Test
    void tiffHoldsEveryPage() throws Exception {
        List<BufferedImage> pages = PageImages.render(TEXT, Layout.standard(), 50, PageImages.Degradation.none());
        byte[] tiff = Documents.tiff(pages);
        try (var in = javax.imageio.ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            var reader = javax.imageio.ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(2, reader.getNumImages(true));
        }
    }
}
