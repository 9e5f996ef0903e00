package io.planex.ingest.pdf.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table row that a page break split is joined again, and nothing else is (text in, pages out). */
class TableTextSplitRowTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // case ¦ page before ¦ next page ¦ page before after ¦ next page after (\n = line break; "-" = not joined)
        "the row's rest under an empty number cell ¦ PHỤ LỤC\\n| 3 | Xây dựng cơ chế | Sở Nội vụ | Tháng |\\n\\n ¦ | | hỗ trợ giáo viên | | 12/2026 |\\n| 4 | Đầu tư | Sở Tài chính | 2027 |\\n ¦ PHỤ LỤC\\n| 3 | Xây dựng cơ chế hỗ trợ giáo viên | Sở Nội vụ | Tháng 12/2026 |\\n\\n ¦ | 4 | Đầu tư | Sở Tài chính | 2027 |\\n",
        "a page number under the table ¦ | 1.2 | Rà soát | Sở Y tế | Quý |\\n2\\n ¦ | | hồ sơ | | IV/2026 |\\n ¦ | 1.2 | Rà soát hồ sơ | Sở Y tế | Quý IV/2026 |\\n2\\n ¦ ",
        "the header repeated at the top of the next page, the row's rest under it ¦ | TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| 10 | Vận động, điều phối hỗ | Vụ Hợp tác | Thường |\\n ¦ | TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| | trợ quốc tế | quốc tế | xuyên |\\n| 11 | Tổng hợp | Vụ Kế hoạch - Tài chính | Năm 2027 |\\n ¦ | TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| 10 | Vận động, điều phối hỗ trợ quốc tế | Vụ Hợp tác quốc tế | Thường xuyên |\\n ¦ | 11 | Tổng hợp | Vụ Kế hoạch - Tài chính | Năm 2027 |\\n",
        "the page's number above the repeated header ¦ | TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| 10 | Vận động | Vụ Hợp tác | Thường |\\n ¦ 6\\n| TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| | quốc tế | quốc tế | xuyên |\\n ¦ | TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| 10 | Vận động quốc tế | Vụ Hợp tác quốc tế | Thường xuyên |\\n ¦ 6\\n",
        "the header repeated, a numbered row under it ¦ | TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| 10 | Vận động | Vụ Hợp tác quốc tế | Thường xuyên |\\n ¦ | TT | Nội dung | Đơn vị chủ trì | Thời gian |\\n| 11 | Tổng hợp | Vụ Kế hoạch - Tài chính | Năm 2027 |\\n ¦ - ¦ -",
        "the next page's table opens with a numbered row ¦ | 3 | Xây dựng | Sở Nội vụ | Quý I |\\n ¦ | 4 | Đầu tư | Sở Tài chính | 2027 |\\n ¦ - ¦ -",
        "the row above is the header ¦ | STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\\n ¦ | | Rà soát | Sở Y tế | 2026 |\\n ¦ - ¦ -",
        "the rows differ in their cells ¦ | 3 | Xây dựng | Sở Nội vụ | Quý I |\\n ¦ | | hỗ trợ | 2026 |\\n ¦ - ¦ -",
        "prose after the table on the page before ¦ | 3 | Xây dựng | Sở Nội vụ | Quý I |\\nNơi nhận:\\n- Lưu: VT.\\n ¦ | | hỗ trợ | | 2026 |\\n ¦ - ¦ -",
    })
    void joinsOnlyARowBrokenByThePage(String name, String before, String next, String beforeAfter, String nextAfter) {
        String[] joined = TableText.joinRowSplitByPage(unescape(before), unescape(next));
        if (beforeAfter.equals("-")) {
            assertNull(joined, name);
            return;
        }
        assertArrayEquals(new String[] {unescape(beforeAfter), unescape(nextAfter == null ? "" : nextAfter)}, joined, name);
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }
}
