package io.planex.ingest;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Turns a colour page image into the grey image OCR reads, with coloured ink left out.
 *
 * <p>Why: the print of an administrative document is black; the red seal and the blue or violet signature are
 * stamped and signed over its signature block, over the signer's title and name, and Tesseract's layout analysis
 * drops whatever a seal touches ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" gone, the name kept or not). A pixel whose colour
 * channels differ widely is ink of a colour, not black print on paper of any tint: it becomes paper. Black print
 * over a seal stays dark in every channel and is kept. Grey images pass as they are.
 */
final class SealFilter {
    /** Channel spread above which a pixel is coloured ink: paper tints and scanner casts stay well under it. */
    static final int COLOURED = 60;

    private SealFilter() {}

    static BufferedImage grey(BufferedImage page) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY || page.getColorModel().getNumColorComponents() < 3) {
            return page;
        }
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = out.getRaster();
        int[] row = new int[w];
        int[] grey = new int[w];
        for (int y = 0; y < h; y++) {
            page.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                int spread = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                grey[x] = spread > COLOURED ? 255 : (r * 299 + g * 587 + b * 114) / 1000;
            }
            raster.setPixels(0, y, w, 1, grey);
        }
        return out;
    }
}
