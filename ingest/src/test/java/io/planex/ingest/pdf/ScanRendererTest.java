package io.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.BitSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A scan's image scaled up for OCR is smoothed, not blown up pixel by pixel. */
class ScanRendererTest {
    @ParameterizedTest(name = "scan at {0} dpi rendered at {1} dpi, /Interpolate {2}")
    @CsvSource({
        "100, 300, absent",
        "200, 300, absent",
        "150, 300, false",
        "200, 300, true",
    })
    void scalesAScanUpSmoothly(int scanDpi, int renderDpi, String interpolate) throws Exception {
        byte[] pdf = stripesPdf(scanDpi, interpolate);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new ScanRenderer(doc).renderImageWithDPI(0, renderDpi, ImageType.GRAY);
            BitSet levels = new BitSet(256);
            for (int x = 0; x < page.getWidth(); x++) levels.set(page.getRaster().getSample(x, page.getHeight() / 2, 0));
            // pixel-by-pixel scaling of black and white stripes gives two levels; smooth scaling the grey between
            assertTrue(levels.cardinality() > 2, "grey levels across the stripes: " + levels);
            PDImageXObject image = (PDImageXObject) doc.getPage(0).getResources()
                    .getXObject(doc.getPage(0).getResources().getXObjectNames().iterator().next());
            // the document is only read: the image's flag is as it was
            assertEquals(interpolate, !image.getCOSObject().containsKey(COSName.INTERPOLATE) ? "absent"
                    : String.valueOf(image.getInterpolate()));
        }
    }

    /** A one-inch page holding one image of black and white stripes two pixels wide, at the scan's resolution. */
    private static byte[] stripesPdf(int dpi, String interpolate) throws Exception {
        BufferedImage img = new BufferedImage(dpi, dpi, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < dpi; y++) {
            for (int x = 0; x < dpi; x++) img.getRaster().setSample(x, y, 0, (x / 2) % 2 == 0 ? 0 : 255);
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(72, 72));
            doc.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            if (!"absent".equals(interpolate)) x.setInterpolate(Boolean.parseBoolean(interpolate));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, 72, 72);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
