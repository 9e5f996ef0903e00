package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.pdf.table.RuledTable;
import io.planex.testkit.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's grid is erased before OCR; the letters inside and beside it stay. */
class RulingLinesTest {
    private static final int W = 1240;
    private static final int H = 1754; // A4 at 150 dpi

    private static BufferedImage page(boolean grid, boolean text) {
        return page(grid, text, Color.WHITE, Color.BLACK);
    }

    private static BufferedImage page(boolean grid, boolean text, Color paper, Color print) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, W, H);
        g.setColor(print);
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

    /** Pixels darker than {@code level}, as stored. */
    private static int darkerThan(BufferedImage grey, int level) {
        int n = 0;
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) if (grey.getRaster().getSample(x, y, 0) < level) n++;
        }
        return n;
    }

    @Test
    void aDimScanLosesItsGridNotItsPaper() {
        // paper scanned grey (150), print near black: every row of paper is a long run darker than white paper's ink
        Color paper = new Color(150, 150, 150);
        Color print = new Color(25, 25, 25);
        BufferedImage gridOnly = RulingLines.erased(page(true, false, paper, print));
        assertEquals(0, darkerThan(gridOnly, 90), "the grid is gone");
        assertTrue(darkerThan(gridOnly, 160) > W * H / 2, "the paper stays paper");
        int letters = darkerThan(RulingLines.erased(page(false, true, paper, print)), 90);
        int lettersInGrid = darkerThan(RulingLines.erased(page(true, true, paper, print)), 90);
        assertTrue(letters > 5_000, "text is drawn: " + letters);
        assertTrue(Math.abs(lettersInGrid - letters) < letters / 50, letters + " vs " + lettersInGrid);
    }

    @Test
    void aPageWithFarMoreThanRulesIsLeftAsItIs() {
        // a photograph or a dark band across the page: runs over a third of it are no table's rules; erasing them
        // would leave Tesseract a blank page, so nothing is erased
        BufferedImage bands = page(false, true);
        Graphics2D g = bands.createGraphics();
        g.setColor(Color.BLACK);
        for (int y = 0; y < H; y += 30) g.fillRect(0, y, W, 10);
        g.dispose();
        int before = 0;
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) if ((bands.getRGB(x, y) & 0xFF) < RulingLines.INK) before++;
        assertEquals(before, dark(RulingLines.erased(bands)));
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

    @Test
    void theErasedRulesDrawTheTable() {
        // the page's grid: 6 rules across at y 300..700, 5 down at the x below (150 dpi: 1240 px are 595 pt)
        RulingLines.Erased erased = RulingLines.eraseFrom(RulingLines.grey(page(true, true)));
        List<RuledTable> tables = erased.tables();
        assertEquals(1, tables.size());
        RuledTable t = tables.get(0);
        assertEquals(5, t.rows());
        assertEquals(4, t.columns());
        float ppp = erased.pixelsPerPoint();
        int[] xs = {100, 160, 560, 860, 1140};
        for (int i = 0; i < xs.length; i++) assertEquals(xs[i], t.xs()[i] * ppp, 3, "rule " + i);
        assertEquals(300, t.top() * ppp, 3);
        assertEquals(700, t.bottom() * ppp, 3);
    }

    @Test
    void rulesBrokenByGroupRowsStillDivideTheRowsBetween() {
        // a task table whose group rows ("I | Chính quyền số") span the columns: the column rules are broken at each
        // group row into pieces one task row high (40 px at 150 dpi, 0.7 cm), shorter than a rule alone must be,
        // but each runs from one rule across to the next
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2.5f));
        for (int y = 300; y <= 500; y += 40) g.drawLine(100, y, 1140, y);
        for (int x : new int[] {100, 160, 1140}) g.drawLine(x, 300, x, 500);
        for (int x : new int[] {560, 780, 1000}) {
            for (int y : new int[] {300, 380, 460}) g.drawLine(x, y, x, y + 40); // header, task 1, task 2
        }
        g.dispose();
        List<RuledTable> tables = RulingLines.eraseFrom(RulingLines.grey(img)).tables();
        assertEquals(1, tables.size());
        RuledTable t = tables.get(0);
        assertEquals(5, t.columns());
        assertEquals(5, t.rows());
        int[] cell = t.cell();
        for (int row : new int[] {0, 2, 4}) {
            for (int c = 1; c < 4; c++) assertTrue(cell[row * 5 + c] != cell[row * 5 + c + 1], "row " + row + " col " + c);
        }
        // a group row is one cell from its second column on
        assertEquals(cell[1 * 5 + 1], cell[1 * 5 + 4]);
    }

    @Test
    void noGridNoTable() {
        assertEquals(List.of(), RulingLines.eraseFrom(RulingLines.grey(page(false, true))).tables());
        // a rule alone (beneath a heading) is erased, and is no table
        BufferedImage underline = page(false, true);
        Graphics2D g = underline.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2.5f));
        g.drawLine(400, 220, 800, 220);
        g.dispose();
        RulingLines.Erased erased = RulingLines.eraseFrom(RulingLines.grey(underline));
        assertTrue(!erased.rules().isEmpty());
        assertEquals(List.of(), erased.tables());
    }
}
