package io.planex.ingest.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.planex.ingest.DocumentReader;
import io.planex.ingest.IngestedDocument;
import io.planex.ingest.OcrMode;
import io.planex.ingest.OcrSupport;
import io.planex.ingest.ReadOptions;
import io.planex.ingest.UnreadableFileException;
import io.planex.testkit.Documents;
import io.planex.testkit.Layout;
import io.planex.testkit.PdfFixtures;
import io.planex.testkit.PdfFixtures.WrongMap;
import io.planex.testkit.corpus.PlanGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PDFs whose font has a wrong ToUnicode map: judged garbled, OCRed, or failed "garbled-text-layer". */
class GarbledPdfTest {
    private static final String PLAN = new PlanGenerator(7).generate(1).text();
    /** A reader whose OCR cannot run (no such Tesseract model): what a machine without Tesseract does. */
    private static final DocumentReader WITHOUT_OCR = new DocumentReader(ReadOptions.defaults().language("zzz"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(WrongMap.class)
    void garbledFileNeedsOcrWhenOcrIsMissing(WrongMap wrong) throws Exception {
        Path file = write("garbled.pdf", PdfFixtures.withToUnicode(PLAN, Layout.standard(), wrong));
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> WITHOUT_OCR.read(file));
        assertEquals("garbled-text-layer", e.reason(), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = WrongMap.class, names = {"CYRILLIC", "LETTERS_UNMAPPED"})
    void garbledPagesAreOcredWithTheirReason(WrongMap wrong) throws Exception {
        assumeTrue(OcrSupport.vietnameseAvailable());
        byte[] clean = Documents.textPdf(PLAN, Layout.standard());
        Path file = write("mixed.pdf", PdfFixtures.withToUnicode(clean, wrong, 1));
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.AUTO).read(file);
        assertTrue(doc.source().pages() >= 2);
        assertEquals(List.of(1), doc.source().ocrPages(), "only the garbled page is OCRed");
        assertEquals(Map.of(1, "garbled-text-layer"), doc.source().ocrReasons());
        assertTrue(doc.rawPages().get(0).ocr());
        assertFalse(doc.rawPages().get(1).ocr());
        String firstLine = PLAN.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        assertTrue(doc.text().contains(firstLine.substring(0, Math.min(12, firstLine.length()))), doc.text());
    }

    @Test
    void ocrNeverKeepsTheTextLayerAsItIs() throws Exception {
        Path file = write("garbled.pdf", PdfFixtures.withToUnicode(PLAN, Layout.standard(), WrongMap.CYRILLIC));
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        assertFalse(doc.source().ocr());
        assertTrue(doc.source().ocrPages().isEmpty());
        assertTrue(doc.text().codePoints().anyMatch(cp -> cp >= 0x0400 && cp <= 0x04FF), doc.text());
    }

    /**
     * A text layer that lost its marks (a scanner's own OCR under the scan) is OCRed; with no OCR to read it, its
     * words are still kept, marks or not, rather than failing the file.
     */
    @Test
    void aTextLayerWithoutItsMarksIsOcredOrKept() throws Exception {
        String plain = java.text.Normalizer.normalize(PLAN, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        Path file = write("stripped.pdf", Documents.textPdf(plain, Layout.standard()));
        IngestedDocument kept = WITHOUT_OCR.read(file);
        assertFalse(kept.source().ocr());
        assertTrue(kept.text().contains(" cac ") || kept.text().contains(" cua "), kept.text());
        if (OcrSupport.vietnameseAvailable()) {
            IngestedDocument doc = DocumentReader.withOcr(OcrMode.AUTO).read(file);
            assertEquals("garbled-text-layer", doc.source().ocrReasons().get(1), doc.source().ocrReasons().toString());
        }
    }

    /** Clean text PDFs and DOCX of generated plans are never judged garbled (OCR missing: it would fail). */
    @Test
    void cleanGeneratedFilesAreNotJudgedGarbled() throws Exception {
        PlanGenerator generator = new PlanGenerator(21);
        int pages = 0;
        for (int i = 0; i < 8; i++) {
            String text = generator.generate(i).text();
            Path pdf = write("plan" + i + ".pdf", Documents.textPdf(text, Layout.standard()));
            IngestedDocument doc = WITHOUT_OCR.read(pdf);
            assertFalse(doc.source().ocr());
            pages += doc.source().pages();
            Path docx = write("plan" + i + ".docx", Documents.docx(text));
            assertFalse(WITHOUT_OCR.read(docx).source().ocr());
        }
        assertTrue(pages >= 16, "pages read: " + pages);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }
}
