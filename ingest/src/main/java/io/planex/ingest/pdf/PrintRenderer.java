package io.planex.ingest.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders a page's print without the small images placed over it, for OCR of a page whose text layer is garbled.
 *
 * <p>Why: such a page draws its words as glyphs, and the images on it are the seal, the handwritten signature and
 * logos. In Vietnamese documents the red seal is stamped over the signature block and half covers the signer's
 * name, so OCR of the page as printed loses the name (and words under a seal in the margin). The glyphs are all
 * there beneath: leave the images out and OCR reads them. An image covering a large part of the page (a scanned
 * page, a full-width table pasted as a picture) is content and is drawn, scaled smoothly ({@link ScanRenderer}).
 */
public final class PrintRenderer extends ScanRenderer {
    /** Images covering less than this share of the page are seals, signatures or logos, not content. */
    static final double MAX_OVERLAY_SHARE = 0.2;

    public PrintRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new SmoothPageDrawer(parameters) {
            @Override
            public void drawImage(PDImage image) throws IOException {
                if (!isOverlay(getGraphicsState().getCurrentTransformationMatrix(), getPage().getCropBox())) {
                    super.drawImage(image);
                }
            }
        };
    }

    /** Whether an image placed by this matrix (it maps the unit square onto the page) is small beside the page. */
    static boolean isOverlay(Matrix placement, PDRectangle page) {
        double pageArea = (double) page.getWidth() * page.getHeight();
        if (pageArea <= 0) return false;
        double imageArea = Math.abs((double) placement.getScalingFactorX() * placement.getScalingFactorY());
        return imageArea < MAX_OVERLAY_SHARE * pageArea;
    }
}
