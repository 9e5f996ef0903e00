package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.Unit;
import io.planex.testkit.Fonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scanned plan whose task table is ruled, or not: its leads and time cells reach the extractors. Tesseract's
 * default segmentation skipped the ruled table's text altogether and printed an unruled one column by column.
 */
class OcrTableTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsTesseract() {
        assumeTrue(OcrSupport.vietnameseAvailable(), "no OCR: " + TesseractOcr.probe("vie").problem());
    }

    private static final String[] HEADER_ROW = {"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"};
    private static final String[][] ROWS = {
        {"1", "Xây dựng bản đồ số du lịch", "Trung tâm Thông tin tỉnh", "Sở Xây dựng", "Tháng 6/2026"},
        {"2", "Tổ chức hội chợ du lịch", "Sở Tài chính", "UBND các huyện", "Tháng 9/2026"},
        {"3", "Đào tạo nhân lực du lịch", "Trường Cao đẳng Quảng Nam", "Các doanh nghiệp", "Năm 2026"}};
    private static final String[][] MORE_ROWS = {
        {"4", "Quảng bá điểm đến trực tuyến", "Trung tâm Xúc tiến Đầu tư", "Các huyện", "Tháng 10/2026"},
        {"5", "Kiểm tra chất lượng dịch vụ", "Thanh tra tỉnh", "Công an tỉnh", "Tháng 11/2026"},
        {"6", "Tổng kết đánh giá", "Văn phòng UBND tỉnh", "Các sở, ngành", "Tháng 12/2026"}};

    /** An A4 page at 300 dpi: header, title, a task table of three rows (with its grid when {@code ruled}), signer. */
    static BufferedImage scan(boolean ruled) {
        return scan(ruled, true);
    }

    /** As {@link #scan(boolean)}; without {@code ending}, the page ends with the table, which goes on over the next. */
    static BufferedImage scan(boolean ruled, boolean ending) {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(img);
        Font plain = Fonts.awt(34);
        Font bold = plain.deriveFont(Font.BOLD, 40f);
        header(g, "TỈNH QUẢNG NAM", "Số: 77/KH-UBND", "Quảng Nam, ngày 04 tháng 3 năm 2026",
                "Phát triển du lịch số năm 2026", bold, plain);
        String[][] rows = {HEADER_ROW, ROWS[0], ROWS[1], ROWS[2]};
        int y = table(g, rows, 800, ruled, bold, plain);
        if (ending) ending(g, y, bold, plain);
        g.dispose();
        return img;
    }

    /**
     * A People's Committee's plan's header (the committee of {@code place}, the motto, number and date), its type
     * and title, and the heading of its tasks, down to baseline 700.
     */
    private static void header(Graphics2D g, String place, String number, String dateLine, String title, Font bold,
            Font plain) {
        g.setFont(bold);
        g.drawString("ỦY BAN NHÂN DÂN", 250, 200);
        g.drawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1150, 200);
        g.drawString(place, 280, 260);
        g.drawString("Độc lập - Tự do - Hạnh phúc", 1330, 260);
        g.setFont(plain);
        g.drawString(number, 300, 360);
        g.drawString(dateLine, 1300, 360);
        g.setFont(bold);
        g.drawString("KẾ HOẠCH", 1120, 500);
        g.setFont(plain);
        g.drawString(title, 950, 560);
        g.setFont(bold);
        g.drawString("II. NHIỆM VỤ CỤ THỂ", 200, 700);
    }

    /** The plan's last part and its signer, below baseline {@code y}. */
    private static void ending(Graphics2D g, int y, Font bold, Font plain) {
        g.setFont(bold);
        g.drawString("III. TỔ CHỨC THỰC HIỆN", 200, y + 70);
        g.setFont(plain);
        g.drawString("Các sở, ban, ngành, UBND các huyện triển khai thực hiện./.", 200, y + 140);
        g.setFont(bold);
        g.drawString("KT. CHỦ TỊCH", 1650, y + 310);
        g.drawString("PHÓ CHỦ TỊCH", 1640, y + 370);
        g.drawString("Hồ Quang Bửu", 1660, y + 610);
    }

    /** A pen on {@code img}, an A4 page at 300 dpi, once it is made white: black, its text anti-aliased. */
    private static Graphics2D pen(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        return g;
    }

    /** Draws the rows from baseline {@code y}, the first in {@code first}'s font; returns the baseline after them. */
    private static int table(Graphics2D g, String[][] rows, int y, boolean ruled, Font first, Font rest) {
        int[] x = {150, 240, 900, 1520, 2000, 2400};
        int top = y - 60;
        g.setFont(first);
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) g.drawString(row[i], x[i] + 15, y);
            g.setFont(rest);
            y += 90;
        }
        if (ruled) {
            g.setStroke(new BasicStroke(3));
            for (int k = 0; k <= rows.length; k++) g.drawLine(x[0], top + k * 90, x[5], top + k * 90);
            for (int xi : x) g.drawLine(xi, top, xi, top + rows.length * 90);
        }
        return y;
    }

    /** The table's second page: its rows go on without the header, then the plan's last part and its signer. */
    static BufferedImage nextPage(boolean ruled) {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(img);
        Font plain = Fonts.awt(34);
        int y = table(g, MORE_ROWS, 300, ruled, plain, plain);
        ending(g, y, plain.deriveFont(Font.BOLD, 40f), plain);
        g.dispose();
        return img;
    }

    /** A task table whose cells wrap: each row's cells are given line by line, the first row the header's. */
    private static final String[][][] WRAPPED_ROWS = {
        {{"TT"}, {"Nội dung"}, {"Cơ quan chủ trì"}, {"Cơ quan phối hợp"}, {"Thời gian"}},
        {{"1"}, {"Tuyên truyền công tác cải", "cách hành chính trên địa", "bàn huyện"}, {"Phòng Nội vụ"},
            {"Các cơ quan, đơn vị"}, {"Tháng 02/2026"}},
        {{"2"}, {"Rà soát thủ tục hành chính", "thuộc thẩm quyền giải quyết"}, {"Văn phòng HĐND", "và UBND huyện"},
            {"Các phòng chuyên", "môn thuộc UBND", "huyện"}, {"Tháng 6/2026"}},
        {{"3"}, {"Kiểm tra công tác cải cách", "hành chính tại các xã"}, {"Phòng Tư pháp"},
            {"UBND các xã, thị trấn"}, {"Tháng 9/2026"}},
        {{"4"}, {"Đào tạo, bồi dưỡng cán bộ,", "công chức cấp xã"}, {"Trung tâm Chính trị", "huyện"},
            {"Phòng Nội vụ"}, {"Trước ngày", "30/11/2026"}}};

    /**
     * An A4 page at 300 dpi: header, title, the ruled table of {@link #WRAPPED_ROWS} (each row as high as its
     * tallest cell), the plan's last part and its signer.
     */
    static BufferedImage wrappedScan() {
        return wrappedScan(true);
    }

    /** As {@link #wrappedScan()}, the table's rules drawn or not (a word processor's table with hidden borders). */
    static BufferedImage wrappedScan(boolean ruled) {
        BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pen(img);
        Font plain = Fonts.awt(34);
        Font bold = plain.deriveFont(Font.BOLD, 40f);
        header(g, "HUYỆN ĐIỆN BÀN", "Số: 45/KH-UBND", "Điện Bàn, ngày 10 tháng 2 năm 2026",
                "Cải cách hành chính năm 2026", bold, plain);
        int[] x = {150, 240, 1000, 1580, 2060, 2400};
        int top = 740;
        g.setStroke(new BasicStroke(3));
        if (ruled) g.drawLine(x[0], top, x[5], top);
        for (int r = 0; r < WRAPPED_ROWS.length; r++) {
            String[][] row = WRAPPED_ROWS[r];
            g.setFont(r == 0 ? bold : plain);
            int lines = 1;
            for (int c = 0; c < row.length; c++) {
                lines = Math.max(lines, row[c].length);
                for (int l = 0; l < row[c].length; l++) g.drawString(row[c][l], x[c] + 15, top + 60 + l * 55);
            }
            int bottom = top + 45 + lines * 55;
            if (ruled) {
                g.drawLine(x[0], bottom, x[5], bottom);
                for (int xi : x) g.drawLine(xi, top, xi, bottom);
            }
            top = bottom;
        }
        ending(g, top + 60, bold, plain);
        g.dispose();
        return img;
    }

    @ParameterizedTest(name = "ruled: {0}, slant: {1}°")
    @CsvSource({"true, 0", "true, -0.7", "false, 0"})
    void aTableWhoseCellsWrapGivesEachRowItsLeadAndTime(boolean ruled, double slant) throws Exception {
        // read line by line across the page, the rows' wrapped lines interleave ("1 Tuyên truyền công tác cải Phòng
        // Nội vụ Các cơ quan, đơn vị Tháng 02/2026 cách hành chính ..."), and only one lead was found; fed askew,
        // the page's rules were not found at all; a table with its borders hidden has its columns found where no
        // word of its lines lies
        Path png = dir.resolve("wrapped.png");
        BufferedImage page = wrappedScan(ruled);
        ImageIO.write(slant == 0 ? page : Deskew.rotated(RulingLines.grey(page), slant), "png", png.toFile());
        IngestedDocument doc = new DocumentReader().read(png);
        assertTrue(doc.text().contains("| 1 | Tuyên truyền công tác cải cách hành chính trên địa bàn huyện | Phòng Nội vụ |"),
                doc.text());
        List<String> dates = assertLeads(doc, "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Phòng Tư pháp",
                "Trung tâm Chính trị huyện");
        assertEquals(List.of("2026-02-28", "2026-06-30", "2026-09-30", "2026-11-30"), dates, doc.text());
    }

    @ParameterizedTest(name = "turned clockwise: {0}")
    @ValueSource(booleans = {true, false})
    void aPageScannedAQuarterTurnOffIsReadUpright(boolean clockwise) throws Exception {
        // a landscape appendix fed into the scanner upright: the image's lines run down it, and psm 3 read nothing
        Path png = dir.resolve("sideways.png");
        ImageIO.write(PageOrientation.quarterTurn(RulingLines.grey(scan(true)), clockwise), "png", png.toFile());
        IngestedDocument doc = new DocumentReader().read(png);
        List<String> dates = assertLeads(doc, "Trung tâm Thông tin tỉnh", "Sở Tài chính", "Trường Cao đẳng Quảng Nam");
        assertEquals(List.of("2026-06-30", "2026-09-30", "2026-12-31"), dates, doc.text());
        assertEquals("77/KH-UBND", new PlanExtractor().extract(doc.text(), doc.pageMap()).document().symbol());
    }

    @Test
    void aPageScannedUpsideDownIsReadTurned() throws Exception {
        Path png = dir.resolve("upside-down.png");
        ImageIO.write(PageOrientation.halfTurn(RulingLines.grey(scan(true))), "png", png.toFile());
        IngestedDocument doc = new DocumentReader().read(png);
        List<String> dates = assertLeads(doc, "Trung tâm Thông tin tỉnh", "Sở Tài chính", "Trường Cao đẳng Quảng Nam");
        assertEquals(List.of("2026-06-30", "2026-09-30", "2026-12-31"), dates, doc.text());
    }

    @ParameterizedTest(name = "ruled: {0}")
    @ValueSource(booleans = {true, false})
    void aTableGoingOnOverAPageWithoutItsHeaderKeepsItsRows(boolean ruled) throws Exception {
        Path tiff = dir.resolve("scan.tif");
        java.nio.file.Files.write(tiff, io.planex.testkit.Documents.tiff(List.of(scan(ruled, false), nextPage(ruled))));
        IngestedDocument doc = new DocumentReader().read(tiff);
        List<String> dates = assertLeads(doc, "Trung tâm Xúc tiến Đầu tư", "Thanh tra tỉnh", "Văn phòng UBND tỉnh");
        assertTrue(dates.containsAll(List.of("2026-10-31", "2026-11-30", "2026-12-31")), dates + "\n" + doc.text());
    }

    @ParameterizedTest(name = "ruled: {0}")
    @ValueSource(booleans = {true, false})
    void aScannedTaskTableGivesItsLeadsAndTimes(boolean ruled) throws Exception {
        Path png = dir.resolve("scan.png");
        ImageIO.write(scan(ruled), "png", png.toFile());
        IngestedDocument doc = new DocumentReader().read(png);
        List<String> dates = assertLeads(doc, "Trung tâm Thông tin tỉnh", "Sở Tài chính", "Trường Cao đẳng Quảng Nam");
        assertEquals(List.of("2026-06-30", "2026-09-30", "2026-12-31"), dates, doc.text());
    }

    /** Asserts that the record of {@code doc} has each of {@code leads} as a lead unit; returns its deadlines' dates. */
    private static List<String> assertLeads(IngestedDocument doc, String... leads) {
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        List<String> found = e.units().stream().filter(Unit::lead).map(Unit::name).toList();
        for (String lead : leads) assertTrue(found.contains(lead), lead + " in " + found + "\n" + doc.text());
        return e.deadlines().stream().map(Deadline::date).toList();
    }
}
