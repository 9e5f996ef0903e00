package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.ingest.pdf.table.RuledTable;
import io.planex.ingest.pdf.table.Rulings.Segment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words Tesseract read with their boxes, put back into the cells of the table a scan's rules draw. The words come
 * in Tesseract's order for a page read line by line across it (segmentation 4): a row whose cells wrap gives the
 * first line of every cell, then the second of each, and so on.
 */
class OcrTableTextTest {
    /** Columns of the tables below: TT | task | lead | time, in pixels (one pixel a point). */
    private static final float[] XS = {0, 60, 400, 650, 850};

    /** A word of paragraph {@code block} (one paragraph a block), line {@code line}, its box centred on (x, y). */
    private static OcrWord w(int block, int line, int x, int y, String text) {
        return w(block, line, x, y, 95, text);
    }

    private static OcrWord w(int block, int line, int x, int y, int confidence, String text) {
        int width = 12 * text.length();
        return new OcrWord(block, 1, line, x, y - 10, width, 20, confidence, text);
    }

    /** Words of one line of {@code block}, left to right from x, each after the last with a space's gap. */
    private static List<OcrWord> line(int block, int line, int x, int y, String text) {
        List<OcrWord> out = new ArrayList<>();
        for (String t : text.split(" ")) {
            OcrWord word = w(block, line, x, y, t);
            out.add(word);
            x += word.width() + 12;
        }
        return out;
    }

    /** A full grid: rules across at each y, down at each x, all crossing. */
    private static List<RuledTable> grid(float[] ys, float[] xs) {
        List<Segment> s = new ArrayList<>();
        for (float y : ys) s.add(new Segment(xs[0], y, xs[xs.length - 1], y));
        for (float x : xs) s.add(new Segment(x, ys[0], x, ys[ys.length - 1]));
        return RuledTable.find(s);
    }

    @SafeVarargs
    private static List<OcrWord> words(List<OcrWord>... lines) {
        List<OcrWord> out = new ArrayList<>();
        for (List<OcrWord> l : lines) out.addAll(l);
        return out;
    }

    @Test
    void aRowWhoseCellsWrapKeepsEachCellsWords() {
        List<RuledTable> table = grid(new float[] {100, 140, 260}, XS);
        List<OcrWord> words = words(
                line(1, 1, 300, 40, "KẾ HOẠCH"),
                line(2, 1, 20, 80, "II. NHIỆM VỤ"),
                line(3, 1, 10, 120, "TT"), line(3, 1, 70, 120, "Nội dung"), line(3, 1, 410, 120, "Chủ trì"),
                line(3, 1, 660, 120, "Thời gian"),
                // the row's first lines, then its second, then its third: as segmentation 4 prints them
                line(3, 2, 10, 160, "1"), line(3, 2, 70, 160, "Tuyên truyền công tác"),
                line(3, 2, 410, 160, "Văn phòng HĐND"), line(3, 2, 660, 160, "Trước ngày"),
                line(3, 3, 70, 195, "cải cách hành chính"), line(3, 3, 410, 195, "và UBND huyện"),
                line(3, 3, 660, 195, "30/11/2026"),
                line(3, 4, 70, 230, "trên địa bàn huyện"),
                line(4, 1, 20, 300, "III. TỔ CHỨC THỰC HIỆN"),
                line(4, 2, 20, 330, "Các phòng triển khai."));
        assertEquals("""
                KẾ HOẠCH

                II. NHIỆM VỤ

                | TT | Nội dung | Chủ trì | Thời gian |
                | 1 | Tuyên truyền công tác cải cách hành chính trên địa bàn huyện | Văn phòng HĐND và UBND huyện \
                | Trước ngày 30/11/2026 |

                III. TỔ CHỨC THỰC HIỆN
                Các phòng triển khai.
                """, OcrTableText.text(words, table, 1f));
    }

    @Test
    void boxesAreMeasuredInPixelsAndTheTableInPoints() {
        // the same table at 300 dpi: 4.17 pixels a point
        float ppp = 300f / 72;
        List<RuledTable> table = grid(new float[] {100, 140}, XS);
        List<OcrWord> words = words(line(1, 1, (int) (10 * ppp), (int) (120 * ppp), "2"),
                line(1, 1, (int) (70 * ppp), (int) (120 * ppp), "Rà soát"),
                line(1, 1, (int) (410 * ppp), (int) (120 * ppp), "Phòng Tư pháp"),
                line(1, 1, (int) (660 * ppp), (int) (120 * ppp), "Quý II/2026"));
        assertEquals("| 2 | Rà soát | Phòng Tư pháp | Quý II/2026 |\n\n", OcrTableText.text(words, table, ppp));
    }

    @Test
    void aCellSpanningRowsIsWrittenInItsFirstRowAndDittoedInTheNext() {
        // no rule between rows 1 and 2 in the lead's column: one lead for both tasks, "〃" (the same) in the second
        float[] ys = {100, 140, 180};
        List<Segment> s = new ArrayList<>();
        s.add(new Segment(XS[0], 100, XS[4], 100));
        s.add(new Segment(XS[0], 180, XS[4], 180));
        s.add(new Segment(XS[0], 140, XS[2], 140));
        s.add(new Segment(XS[3], 140, XS[4], 140));
        for (float x : XS) s.add(new Segment(x, ys[0], x, ys[2]));
        List<RuledTable> table = RuledTable.find(s);
        List<OcrWord> words = words(line(1, 1, 10, 120, "1"), line(1, 1, 70, 120, "Rà soát"),
                line(1, 1, 410, 140, "Phòng Kinh tế"), line(1, 1, 660, 120, "Quý I/2026"),
                line(1, 2, 10, 160, "2"), line(1, 2, 70, 160, "Tổng kết"), line(1, 2, 660, 160, "Quý IV/2026"));
        assertEquals("| 1 | Rà soát | Phòng Kinh tế | Quý I/2026 |\n| 2 | Tổng kết | 〃 | Quý IV/2026 |\n\n",
                OcrTableText.text(words, table, 1f));
    }

    @Test
    void wordsBesideTheTableStayOnTheirLineAndABarInACellIsNoBound() {
        List<RuledTable> table = grid(new float[] {100, 140}, XS);
        List<OcrWord> words = words(line(1, 1, 10, 120, "1"), line(1, 1, 70, 120, "Lập"),
                line(1, 1, 130, 120, "|"), line(1, 1, 160, 120, "báo cáo"), line(1, 1, 410, 120, "Sở Y tế"),
                line(1, 1, 660, 120, "Năm 2026"), line(1, 1, 900, 120, "(ký)"));
        assertEquals("| 1 | Lập / báo cáo | Sở Y tế | Năm 2026 |\n\n(ký)\n", OcrTableText.text(words, table, 1f));
    }

    @Test
    void aSealsSpecksInACellAreLeftOutAndItsWordsKept() {
        // a seal stamped over the cell: specks and unsure letters on a line of their own between a symbol and its
        // wrapped end, and a speck beside a sure word
        List<RuledTable> table = grid(new float[] {100, 220}, XS);
        List<OcrWord> words = words(line(1, 1, 10, 120, "1"), line(1, 1, 70, 120, "Nghị định số 105/2025/NĐ-"),
                line(1, 1, 410, 120, "Sở Công Thương"), line(1, 1, 660, 120, "Năm 2026"),
                List.of(w(1, 2, 80, 150, 77, ","), w(1, 2, 120, 150, 12, ";"), w(1, 2, 200, 150, 0, "xeÉ"),
                        w(1, 2, 260, 150, 33, "IÉ")),
                line(1, 3, 70, 180, "CP của Chính phủ"), List.of(w(1, 3, 300, 180, 9, "„")),
                List.of(w(1, 3, 410, 180, 18, "P93"), w(1, 3, 480, 180, 96, "tỉnh")));
        assertEquals("| 1 | Nghị định số 105/2025/NĐ- CP của Chính phủ | Sở Công Thương P93 tỉnh | Năm 2026 |\n\n",
                OcrTableText.text(words, table, 1f));
    }

    @Test
    void withoutTablesTheTextIsTesseractsLinesAndParagraphs() {
        List<OcrWord> words = words(line(1, 1, 20, 40, "ỦY BAN NHÂN DÂN"), line(1, 2, 20, 70, "TỈNH QUẢNG NAM"),
                line(2, 1, 20, 120, "KẾ HOẠCH"));
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nKẾ HOẠCH\n", OcrTableText.text(words, List.of(), 1f));
    }

    @Test
    void tesseractsTsvGivesItsWordsWithTheirBoxes() {
        String tsv = """
                level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
                1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
                2\t1\t1\t0\t0\t0\t252\t158\t1843\t50\t-1\t
                4\t1\t1\t1\t1\t0\t252\t158\t1843\t50\t-1\t
                5\t1\t1\t1\t1\t1\t252\t160\t60\t40\t96.5\tỦY
                5\t1\t1\t1\t1\t2\t330\t160\t80\t40\t95.1\t\s
                5\t1\t1\t1\t2\t1\t252\t220\t90\t41\t91.0\tBAN
                """;
        assertEquals(List.of(new OcrWord(1, 1, 1, 252, 160, 60, 40, 97, "ỦY"),
                new OcrWord(1, 1, 2, 252, 220, 90, 41, 91, "BAN")),
                OcrWord.parseTsv(tsv));
    }
}
