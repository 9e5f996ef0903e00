package io.planex.testkit;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Renders text to page images as a scanner would see them, optionally degraded by noise and skew. */
public final class PageImages {
    private PageImages() {}

    /** Degradation of a scan: gaussian grey noise (standard deviation in grey levels), speckles, skew. */
    public record Degradation(double noiseSigma, double speckleRate, double skewDegrees, long seed) {
        public static Degradation none() {
            return new Degradation(0, 0, 0, 0);
        }

        /** What an office scanner does to a clean print: a little noise and under a degree of skew. */
        public static Degradation mild(long seed) {
            return new Degradation(12, 0.0015, 0.6, seed);
        }
    }

    /** Renders {@code text} into A4 page images at {@code dpi}, one per page. */
    public static List<BufferedImage> render(String text, Layout layout, int dpi, Degradation degradation) {
        float scale = dpi / 72f;
        Font font = Fonts.awt(layout.fontSizePt() * scale);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        pg.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        java.awt.FontMetrics metrics = pg.getFontMetrics(font);
        List<List<String>> pages = layout.paginate(text, s -> metrics.stringWidth(s) / scale);
        pg.dispose();
        List<BufferedImage> images = new ArrayList<>();
        int w = Math.round(Layout.A4_WIDTH_PT * scale);
        int h = Math.round(Layout.A4_HEIGHT_PT * scale);
        for (int p = 0; p < pages.size(); p++) {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (degradation.skewDegrees() != 0) {
                double angle = Math.toRadians(degradation.skewDegrees() * (p % 2 == 0 ? 1 : -1));
                g.setTransform(AffineTransform.getRotateInstance(angle, w / 2.0, h / 2.0));
            }
            g.setColor(Color.BLACK);
            g.setFont(font);
            float y = layout.marginPt() * scale + font.getSize2D();
            for (String line : pages.get(p)) {
                g.drawString(line, layout.marginPt() * scale, y);
                y += layout.lineHeightPt() * scale;
            }
            g.dispose();
            addNoise(img, degradation, p);
            images.add(img);
        }
        return images;
    }

    private static void addNoise(BufferedImage img, Degradation d, int page) {
        if (d.noiseSigma() <= 0 && d.speckleRate() <= 0) return;
        Random random = new Random(d.seed() * 31 + page);
        WritableRaster raster = img.getRaster();
        int w = img.getWidth();
        int h = img.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                double v = row[x] + random.nextGaussian() * d.noiseSigma();
                if (random.nextDouble() < d.speckleRate()) v = random.nextBoolean() ? 0 : 255;
                row[x] = (int) Math.max(0, Math.min(255, Math.round(v)));
            }
            raster.setSamples(0, y, w, 1, 0, row);
        }
    }
}
