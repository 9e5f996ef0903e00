package io.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.PdfFixtures;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.cmap.LoopingCMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Once installed, the fonts PDFBox loads decode their codes through {@link LoopingCMap}, and read the same text. */
class EncodingCMapsTest {
    @Test
    void type0FontsOfALoadedPdfUseTheLoopingCMapAndReadTheirText() throws IOException {
        assertTrue(EncodingCMaps.install());
        assertTrue(EncodingCMaps.install()); // once per JVM; again is a no-op
        String line = "Kế hoạch số 12/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân xã Hòa An";
        byte[] pdf = PdfFixtures.signed(List.of(new PdfFixtures.Line(50, 80, line)), List.of());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDType0Font font = (PDType0Font) doc.getPage(0).getResources()
                    .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertInstanceOf(LoopingCMap.class, font.getCMap());
            assertEquals(line, new PDFTextStripper().getText(doc).strip());
        }
    }
}
