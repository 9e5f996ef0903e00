package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.testkit.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A table's grid is erased before OCR; the letters inside and beside it stay. */
class RulingLinesTest {
    private static final int W = 1240;
    private static final int H = 1754; // A4 at 150 dpi

    private static BufferedImage page(boolean grid, boolean text) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (grid) {
            g.setStroke(new BasicStroke(2.5f));
            for (int y = 300; y <= 700; y += 80) g.drawLine(100, y, 1140, y);
            for (int x : new int[] {100, 160, 560, 860, 1140}) g.drawLine(x, 300, x, 700);
        }
        if (text) {
            g.setFont(Fonts.awt(22));
            for (int y = 345; y < 700; y += 80) {
                g.drawString("1 Xây dựng bản đồ số", 170, y);
                g.drawString("Sở Xây dựng TỈNH", 570, y);
                g.drawString("Quý II/2026", 870, y);
            }
            g.drawString("KẾ HOẠCH Phát triển du lịch số năm 2026 ỦY BAN NHÂN DÂN", 100, 200);
        }
        g.dispose();
        return img;
    }

    /** Pixels darker than ink's level: a grey image's samples as stored (what the TIFF holds), a colour one's blue. */
    private static int dark(BufferedImage img) {
        boolean grey = img.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int level = grey ? img.getRaster().getSample(x, y, 0) : img.getRGB(x, y) & 0xFF;
                if (level < RulingLines.INK) n++;
            }
        }
        return n;
    }

    @Test
    void aGridAloneIsErasedWhole() {
        BufferedImage grid = page(true, false);
        assertTrue(dark(RulingLines.erased(page(false, false))) == 0);
        assertTrue(dark(grid) > 10_000, "the grid is drawn");
        assertEquals(0, dark(RulingLines.erased(grid)));
    }

    @Test
    void lettersAreKeptWithTheGridGone() {
        int letters = dark(RulingLines.erased(page(false, true)));
        int lettersInGrid = dark(RulingLines.erased(page(true, true)));
        assertTrue(letters > 5_000, "text is drawn: " + letters);
        // text alone loses nothing; inside the grid, at most the few pixels a rule crossed
        assertEquals(dark(page(false, true)), letters);
        assertTrue(Math.abs(lettersInGrid - letters) < letters / 50, letters + " vs " + lettersInGrid);
    }

    @Test
    void theResultIsGreyAndTheInputUntouched() {
        BufferedImage grid = page(true, true);
        int before = dark(grid);
        BufferedImage out = RulingLines.erased(grid);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, out.getType());
        assertEquals(before, dark(grid));
        BufferedImage grey = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) grey.getRaster().setSample(x, y, 0, grid.getRGB(x, y) & 0xFF);
        }
        assertEquals(dark(out), dark(RulingLines.erased(grey)), "a grey page reads as its colour original");
    }
}
