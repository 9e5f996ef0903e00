package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.planex.ingest.pdf.table.RuledTable;
import io.planex.testkit.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page scanned at a slant is turned straight, so that its table's rules are runs along rows of pixels again. */
class DeskewTest {
    private static final int W = 1654;
    private static final int H = 2339; // A4 at 200 dpi

    /** A page of text lines and a ruled table of 4 rows and 4 columns, grey, straight. */
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Fonts.awt(26));
        for (int y = 200; y < 700; y += 45) g.drawString("Các sở, ban, ngành triển khai thực hiện kế hoạch năm 2026", 150, y);
        g.setStroke(new BasicStroke(2.5f));
        int[] xs = {120, 200, 800, 1200, 1530};
        for (int y = 800; y <= 1200; y += 100) g.drawLine(xs[0], y, xs[4], y);
        for (int x : xs) g.drawLine(x, 800, x, 1200);
        for (int y = 860; y < 1200; y += 100) {
            g.drawString("1", 140, y);
            g.drawString("Rà soát thủ tục hành chính", 220, y);
            g.drawString("Phòng Tư pháp", 820, y);
            g.drawString("Tháng 6/2026", 1220, y);
        }
        for (int y = 1300; y < 2000; y += 45) g.drawString("Ủy ban nhân dân các xã, thị trấn báo cáo kết quả", 150, y);
        g.dispose();
        return img;
    }

    @ParameterizedTest(name = "{0}°")
    @ValueSource(doubles = {-2.5, -0.8, -0.3, 0.25, 0.6, 1.5})
    void aSlantIsMeasuredAndTurnedStraight(double degrees) {
        BufferedImage slanted = Deskew.rotated(page(), degrees);
        assertEquals(degrees, Deskew.slant(slanted), 0.05);
        // slanted, the grid's rules break into runs too short to be rules; straightened, it is one table again
        BufferedImage straight = Deskew.straightened(slanted);
        assertEquals(0, Deskew.slant(straight), 0.05);
        List<RuledTable> tables = RulingLines.eraseFrom(straight).tables();
        assertEquals(1, tables.size(), "tables at " + degrees + "°");
        assertEquals(4, tables.get(0).rows());
        assertEquals(4, tables.get(0).columns());
    }

    /**
     * A page photographed on a desk: the page smaller than the picture, turned, the desk's dark grain around it. The
     * desk's edges would lean the rows their way; the slant is the page's text lines'.
     */
    @ParameterizedTest(name = "{0}°")
    @ValueSource(doubles = {-3.5, 3.1, 4.2})
    void aPagePhotographedOnADeskIsMeasuredByItsLines(double degrees) {
        BufferedImage photo = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = photo.createGraphics();
        java.util.Random grain = new java.util.Random(7);
        for (int y = 0; y < H; y += 4) {
            for (int x = 0; x < W; x += 4) {
                int v = 60 + grain.nextInt(50);
                g.setColor(new Color(v, v, v));
                g.fillRect(x, y, 4, 4);
            }
        }
        // the page at 85 % of the picture, its own slant, on the desk
        int pw = W * 85 / 100;
        int ph = H * 85 / 100;
        java.awt.geom.AffineTransform turn = java.awt.geom.AffineTransform.getRotateInstance(Math.toRadians(degrees),
                W / 2.0, H / 2.0);
        g.setTransform(turn);
        g.drawImage(page(), (W - pw) / 2, (H - ph) / 2, pw, ph, null);
        g.dispose();
        assertEquals(degrees, Deskew.slant(photo), 0.15);
    }

    @Test
    void aSlantThisLargeHidesTheTableWithoutTurning() {
        // why the page is turned: at 0.6° the grid's rules break into short runs, and what is left of them is no
        // 4 by 4 table
        List<RuledTable> tables = RulingLines.eraseFrom(Deskew.rotated(page(), 0.6)).tables();
        assertEquals(0, tables.stream().filter(t -> t.rows() == 4 && t.columns() == 4).count());
    }

    @Test
    void aStraightOrBlankPageIsLeftAsItIs() {
        BufferedImage straight = page();
        assertSame(straight, Deskew.straightened(straight));
        BufferedImage slight = Deskew.rotated(page(), 0.1);
        assertSame(slight, Deskew.straightened(slight));
        BufferedImage blank = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        assertEquals(0, Deskew.slant(blank));
    }
}
