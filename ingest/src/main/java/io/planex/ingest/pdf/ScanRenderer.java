package io.planex.ingest.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders pages for OCR with images scaled smoothly.
 *
 * <p>Why: a scanned page is an image of fewer pixels than OCR wants (200 dpi scans rendered at 300 dpi), and a PDF
 * image without the /Interpolate flag (nearly all of them) is scaled up by PDFBox pixel by pixel, as the PDF
 * specification allows: letters become staircases, and Tesseract splits and misreads the digits of numbers and dates (a space inside a
 * number, a digit changed, a slash read as a letter) where the same scan scaled smoothly reads right. For OCR the image is drawn as if it asked for
 * interpolation (PDFBox then uses its default, bicubic); the document is only read, and the flag is put back.
 */
public class ScanRenderer extends PDFRenderer {
    public ScanRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new SmoothPageDrawer(parameters);
    }

    /** A page drawer that scales every image smoothly; subclasses choose which images to draw. */
    static class SmoothPageDrawer extends PageDrawer {
        SmoothPageDrawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            if (image.getInterpolate()) {
                super.drawImage(image);
                return;
            }
            boolean flagged = image.getCOSObject().containsKey(COSName.INTERPOLATE);
            image.setInterpolate(true);
            try {
                super.drawImage(image);
            } finally {
                if (flagged) image.setInterpolate(false);
                else image.getCOSObject().removeItem(COSName.INTERPOLATE);
            }
        }
    }
}
