package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coloured ink over black print, as a JPEG scan keeps it: the ink goes, edges and all; the print stays. */
class SealFilterTest {
    private static final int W = 600;
    private static final int H = 200;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bright seal red, 210, 35, 45",
        "dark seal red, 117, 19, 38",
        "blue signature, 30, 60, 170",
        "violet signature, 110, 40, 150",
    })
    void removesColouredStrokesWithTheirEdgesAndKeepsThePrint(String ink, int r, int g, int b) throws IOException {
        BufferedImage print = page(null);
        BufferedImage stamped = jpeg(page(new Color(r, g, b)));
        BufferedImage ring = ringMask();
        BufferedImage out = SealFilter.grey(stamped);

        int ringLeft = 0;
        int ringPixels = 0;
        int printKept = 0;
        int printPixels = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int grey = out.getRaster().getSample(x, y, 0);
                boolean onRing = (ring.getRGB(x, y) & 0xFF) < 128;
                boolean nearRing = near(ring, x, y, 4);
                boolean printed = (print.getRGB(x, y) & 0xFF) < 100;
                if (onRing && !near(print, x, y, 4)) {
                    ringPixels++;
                    if (grey < 200) ringLeft++; // a grey trace Tesseract may still see
                }
                if (printed && !nearRing) {
                    printPixels++;
                    if (grey < 128) printKept++;
                }
            }
        }
        assertTrue(ringPixels > 500 && printPixels > 2000, "fixture draws ring and print");
        assertTrue(ringLeft <= ringPixels / 50, ink + ": " + ringLeft + " of " + ringPixels + " ring pixels left");
        assertTrue(printKept >= printPixels * 97 / 100, ink + ": " + printKept + " of " + printPixels + " kept");
    }

    /** A signer's name in black bold print, with a ring of the ink's colour drawn through it (none: print only). */
    private static BufferedImage page(Color ink) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(Fonts.awt(64f).deriveFont(Font.BOLD));
        g.drawString("Hoàng Văn An", 40, 130);
        if (ink != null) {
            g.setColor(ink);
            drawRing(g);
        }
        g.dispose();
        return img;
    }

    private static BufferedImage ringMask() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        drawRing(g);
        g.dispose();
        return img;
    }

    private static void drawRing(Graphics2D g) {
        g.setStroke(new BasicStroke(5f));
        g.drawOval(-120, -260, 420, 420); // its lower arc crosses the first letters
        g.drawOval(-100, -240, 380, 380);
    }

    private static boolean near(BufferedImage mask, int x, int y, int r) {
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < W && ny < H && (mask.getRGB(nx, ny) & 0xFF) < 128) return true;
            }
        }
        return false;
    }

    /** The image as a scan keeps it: JPEG at quality 0.75, colour at half resolution. */
    private static BufferedImage jpeg(BufferedImage img) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.75f);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
