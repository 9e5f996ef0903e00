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
 *
 * <p>The edges of a coloured stroke are less coloured than its middle: JPEG keeps colour at half the resolution of
 * brightness, and a scanner blurs ink into paper. Left, they draw the seal's rings and the signature's outline in
 * grey through the name beneath ("Hoàng" read as "ng"). So coloured ink is found as an edge detector finds edges,
 * with two thresholds: a pixel clearly coloured ({@link #COLOURED}) starts a stroke, and the stroke takes in every
 * pixel touching it that is still somewhat coloured ({@link #TINTED}) and fades towards paper ({@link
 * #EDGE_BRIGHTNESS}). Black print is darker than any ink even where a seal tints it and stops the growth, so
 * letters under a seal keep their strokes.
 */
final class SealFilter {
    /** Channel spread above which a pixel is coloured ink: paper tints and scanner casts stay well under it. */
    static final int COLOURED = 60;
    /** Channel spread above which a light pixel touching coloured ink belongs to its stroke (the stroke's edge). */
    static final int TINTED = 24;
    /**
     * Brightness above which a tinted pixel touching a stroke is its edge: ink fading into paper. A darker tinted
     * pixel is the edge only if it is no darker than the stroke pixel it touches (an edge fades outwards); a pixel
     * darker than the ink beside it is black print that took on the seal's colour (JPEG blurs colour across the
     * stroke), and stays.
     */
    static final int EDGE_BRIGHTNESS = 128;

    private SealFilter() {}

    static BufferedImage grey(BufferedImage page) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY || page.getColorModel().getNumColorComponents() < 3) {
            return page;
        }
        int w = page.getWidth();
        int h = page.getHeight();
        byte[] spread = new byte[w * h];
        int[] grey = new int[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            page.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                spread[y * w + x] = (byte) (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)));
                grey[y * w + x] = (r * 299 + g * 587 + b * 114) / 1000;
            }
        }
        boolean[] ink = colouredInk(spread, grey, w, h);
        for (int i = 0; i < ink.length; i++) {
            if (ink[i]) grey[i] = 255;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = out.getRaster();
        raster.setPixels(0, 0, w, h, grey);
        return out;
    }

    /** The pixels of coloured strokes: clearly coloured ones, and the tinted ones fading out from them. */
    static boolean[] colouredInk(byte[] spread, int[] grey, int w, int h) {
        boolean[] ink = new boolean[w * h];
        int[] stack = new int[1024];
        int top = 0;
        for (int i = 0; i < spread.length; i++) {
            if ((spread[i] & 0xFF) > COLOURED) {
                ink[i] = true;
                if (top == stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                stack[top++] = i;
            }
        }
        while (top > 0) {
            int i = stack[--top];
            int x = i % w;
            int y = i / w;
            for (int dy = -1; dy <= 1; dy++) {
                int ny = y + dy;
                if (ny < 0 || ny >= h) continue;
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    if (nx < 0 || nx >= w) continue;
                    int n = ny * w + nx;
                    if (!ink[n] && (spread[n] & 0xFF) > TINTED && (grey[n] > EDGE_BRIGHTNESS || grey[n] >= grey[i])) {
                        ink[n] = true;
                        if (top == stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                        stack[top++] = n;
                    }
                }
            }
        }
        return ink;
    }
}
