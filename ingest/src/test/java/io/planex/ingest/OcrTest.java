package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Citation;
import io.planex.extract.model.Extraction;
import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.PageImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR with the real Tesseract (skipped when it or its Vietnamese model is missing; CI installs both). Kept to
 * three pages at 300 dpi: about ten seconds.
 */
class OcrTest {
    private static final DocumentReader READER = new DocumentReader();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTesseract() {
        TesseractOcr.Availability a = TesseractOcr.probe("vie");
        assumeTrue(a.available(), "no OCR: " + a.problem());
    }

    @Test
    void scannedPdfIsOcredInVietnameseWithinThreePercentCer() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, Documents.scannedPdf(SamplePlans.PLAN, Layout.standard(), 300, PageImages.Degradation.mild(5)));
        IngestedDocument ocr = READER.read(scan);
        assertTrue(ocr.source().ocr());
        assertEquals(1, ocr.source().pages());
        assertTrue(ocr.rawPages().get(0).ocr());

        double cer = cer(squeeze(SamplePlans.PLAN), squeeze(ocr.text()));
        assertTrue(cer <= 0.03, "CER " + cer + "\n" + ocr.text());
        assertTrue(ocr.text().contains("Đ"), "Ð from OCR is made Đ"); // U+0110, never U+00D0
        assertFalse(ocr.text().contains("\u00D0"));

        // Extraction on the scan is within reach of extraction on the text PDF.
        Path text = dir.resolve("text.pdf");
        Files.write(text, Documents.textPdf(SamplePlans.PLAN, Layout.standard()));
        IngestedDocument typed = READER.read(text);
        assertFalse(typed.source().ocr());
        PlanExtractor extractor = new PlanExtractor();
        Extraction fromScan = extractor.extract(ocr.text(), ocr.pageMap());
        Extraction fromText = extractor.extract(typed.text(), typed.pageMap());
        List<String> scanKeys = fromScan.citations().stream().map(Citation::key).toList();
        List<String> textKeys = fromText.citations().stream().map(Citation::key).toList();
        assertFalse(textKeys.isEmpty());
        assertEquals(textKeys, scanKeys);
        assertEquals(fromText.deadlines().size(), fromScan.deadlines().size());
        assertEquals(fromText.document().symbol(), fromScan.document().symbol());
    }

    @Test
    void multiPageTiffGivesOnePagePerFrame() throws Exception {
        List<java.awt.image.BufferedImage> pages = PageImages.render(
                SamplePlans.SHORT_PAGE_1 + "\n\f" + SamplePlans.SHORT_PAGE_2, Layout.standard(), 300,
                PageImages.Degradation.none());
        assertEquals(2, pages.size());
        Path tiff = dir.resolve("scan.tif");
        Files.write(tiff, Documents.tiff(pages));
        IngestedDocument doc = READER.read(tiff);
        assertEquals(2, doc.source().pages());
        assertEquals("image/tiff", doc.source().mediaType());
        assertTrue(doc.source().ocr());
        assertTrue(doc.rawPages().stream().allMatch(PageText::ocr));
        int first = doc.text().indexOf("Đại đoàn kết");
        int second = doc.text().indexOf("18 tháng 11 năm 2024");
        assertTrue(first >= 0 && second > first, doc.text());
        assertEquals(1, doc.pageMap().pageOf(first));
        assertEquals(2, doc.pageMap().pageOf(second));
    }

    @Test
    void onlyPagesWithoutATextLayerAreOcred() throws Exception {
        byte[] typed = Documents.textPdf(SamplePlans.SHORT_PAGE_1, Layout.standard());
        byte[] scanned = Documents.scannedPdf(SamplePlans.SHORT_PAGE_2, Layout.standard(), 300,
                PageImages.Degradation.none());
        Path mixed = dir.resolve("mixed.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument a = org.apache.pdfbox.Loader.loadPDF(typed);
                org.apache.pdfbox.pdmodel.PDDocument b = org.apache.pdfbox.Loader.loadPDF(scanned)) {
            a.importPage(b.getPage(0));
            a.save(mixed.toFile());
        }
        IngestedDocument doc = READER.read(mixed);
        assertEquals(2, doc.source().pages());
        assertFalse(doc.rawPages().get(0).ocr());
        assertTrue(doc.rawPages().get(1).ocr());
        assertTrue(doc.source().ocr());
        int due = doc.text().indexOf("18 tháng 11 năm 2024");
        assertTrue(due > 0, doc.text());
        assertEquals(2, doc.pageMap().pageOf(due));
    }

    static String squeeze(String s) {
        return s.strip().replaceAll("(?U)\\s+", " ");
    }

    /** Character error rate: Levenshtein distance over the reference length. */
    static double cer(String reference, String hypothesis) {
        int[] prev = new int[hypothesis.length() + 1];
        int[] cur = new int[hypothesis.length() + 1];
        for (int j = 0; j <= hypothesis.length(); j++) prev[j] = j;
        for (int i = 1; i <= reference.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= hypothesis.length(); j++) {
                int sub = prev[j - 1] + (reference.charAt(i - 1) == hypothesis.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[hypothesis.length()] / Math.max(1, reference.length());
    }
}
