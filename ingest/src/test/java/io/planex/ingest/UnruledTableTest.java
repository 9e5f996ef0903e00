package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planex.ingest.pdf.table.RuledTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grid of a table printed without rules, from the words Tesseract read line by line (segmentation 4): rows
 * open at a number under the "TT" header, columns are cut where no word lies.
 */
class UnruledTableTest {
    /** Word height, and the lines' pitch. */
    private static final int H = 30;
    private static final int PITCH = 50;

    private int block;
    private final List<OcrWord> words = new ArrayList<>();

    /** A line of words: each {@code "x:text"}, the text's words laid one after another from x. */
    private void line(int y, String... cells) {
        block++;
        for (String cell : cells) {
            int x = Integer.parseInt(cell.substring(0, cell.indexOf(':')));
            for (String t : cell.substring(cell.indexOf(':') + 1).split(" ")) {
                int width = 14 * t.length();
                words.add(new OcrWord(block, 1, 1, x, y, width, H, 95, t));
                x += width + 12;
            }
        }
    }

    /** A heading, the table's header and two rows (the first wrapped over two lines), then {@code after}. */
    private void table() {
        line(100, "200:II. NHIỆM VỤ CỤ THỂ");
        line(200, "165:TT", "255:Nội dung", "1015:Chủ trì", "1595:Thời gian");
        line(300, "170:1", "255:Tuyên truyền công tác", "1015:Phòng Nội vụ", "1595:Tháng 02/2026");
        line(300 + PITCH, "257:cải cách hành chính", "1015:và UBND huyện");
        line(300 + 3 * PITCH, "168:2", "255:Rà soát thủ tục", "1015:Phòng Tư pháp", "1595:Quý II/2026");
    }

    @Test
    void aTableEndedByProseAtTheMarginHasItsGrid() {
        table();
        line(300 + 5 * PITCH, "200:III. TỔ CHỨC THỰC HIỆN");
        RuledTable t = UnruledTable.find(words);
        assertNotNull(t);
        assertEquals(3, t.rows(), "the header and two rows");
        assertEquals(4, t.columns());
        // rows open at their numbers' lines; the wrapped line stays in the first row
        assertArrayEquals(new float[] {199, 299, 449, 481}, t.ys(), 0.01f);
        String text = OcrTableText.text(words, List.of(t), 1f);
        assertEquals("""
                II. NHIỆM VỤ CỤ THỂ

                | TT | Nội dung | Chủ trì | Thời gian |
                | 1 | Tuyên truyền công tác cải cách hành chính | Phòng Nội vụ và UBND huyện | Tháng 02/2026 |
                | 2 | Rà soát thủ tục | Phòng Tư pháp | Quý II/2026 |

                III. TỔ CHỨC THỰC HIỆN
                """, text.replaceAll("\n\n\n+", "\n\n"));
    }

    @Test
    void aTableRunningToThePageEndIsLeftAsLines() {
        // it may go on over the next page, whose rows come without the header: both pages read alike as lines
        table();
        assertNull(UnruledTable.find(words));
    }

    @Test
    void aNumberedListUnderNoHeaderIsNoTable() {
        line(100, "200:1. Sở Tài chính chủ trì, phối hợp với các sở, ngành");
        line(150, "200:2. Sở Nội vụ hướng dẫn các huyện thực hiện");
        line(200, "200:III. TỔ CHỨC THỰC HIỆN");
        assertNull(UnruledTable.find(words));
    }

    @Test
    void aHeaderOverProseWithoutColumnsIsNoTable() {
        line(200, "165:TT", "255:Nội dung");
        line(260, "170:1", "255:Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố triển khai");
        line(310, "200:Các phòng ban thực hiện./.");
        assertNull(UnruledTable.find(words), "two columns only");
    }
}
