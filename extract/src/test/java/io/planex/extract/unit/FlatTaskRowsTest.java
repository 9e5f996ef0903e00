package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single-spaced task tables (OCR of a scan, a PDF table without rules): each row's lead and time cells. */
class FlatTaskRowsTest {
    private static final String HEADER = "TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành\n";

    private static String rows(String text) {
        return FlatTaskRows.read(text.replace("\\n", "\n")).stream()
                .map(r -> r.lead() + " @ " + r.time())
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ text after the header (\n = line break), or a whole text when it opens with "!" ¦ rows
        "lead, partner, quarter ¦ 1 Xây dựng bản đồ số du lịch Trung tâm Thông tin tỉnh Sở Xây dựng Quý II/2026 ¦ Trung tâm Thông tin tỉnh @ Quý II/2026",
        "a lead whose name holds a comma ¦ 2 Tổ chức hội chợ du lịch Sở Văn hóa, Thể thao và Du lịch UBND các huyện Tháng 9/2026 ¦ Sở Văn hóa, Thể thao và Du lịch @ Tháng 9/2026",
        "plural partner, a year ¦ 3 Đào tạo nhân lực du lịch số Trường Cao đẳng Quảng Nam Các doanh nghiệp Năm 2026 ¦ Trường Cao đẳng Quảng Nam @ Năm 2026",
        "a list of leads, partners after ¦ 4 Rà soát thủ tục hành chính Sở Tư pháp, Sở Nội vụ Văn phòng UBND tỉnh Quý III, IV/2026 ¦ Sở Tư pháp, Sở Nội vụ @ Quý III, IV/2026",
        "no partner cell ¦ 5 Ban hành quy chế phối hợp Sở Tài chính 2026 - 2027 ¦ Sở Tài chính @ 2026 - 2027",
        "a body named in the task's text stays text ¦ 6 Tham mưu UBND tỉnh ban hành kế hoạch Sở Y tế Các sở, ngành Tháng 6/2026 ¦ Sở Y tế @ Tháng 6/2026",
        "a day ¦ 7 Tổng kết năm Văn phòng Sở Các phòng trước ngày 15/12/2026 ¦ Văn phòng Sở @ trước ngày 15/12/2026",
        "always, no date ¦ 8 Tuyên truyền trên báo chí Báo Quảng Nam Các cơ quan báo chí Thường xuyên ¦ Báo Quảng Nam @ Thường xuyên",
        "no time cell: not read ¦ 9 Tuyên truyền trên báo chí Báo Quảng Nam Các cơ quan báo chí ¦ ''",
        "several rows, a continuation in lower case between ¦ 1 Rà soát quy hoạch Sở Xây dựng UBND các huyện Quý I/2026\\nvà các quy định liên quan\\n2 Cập nhật dữ liệu Sở Tài chính Sở Nội vụ Quý II/2026 ¦ Sở Xây dựng @ Quý I/2026 | Sở Tài chính @ Quý II/2026",
        "the table ends at a heading ¦ 1 Rà soát quy hoạch Sở Xây dựng UBND các huyện Quý I/2026\\nIII. TỔ CHỨC THỰC HIỆN\\n2 Cập nhật dữ liệu Sở Tài chính Sở Nội vụ Quý II/2026 ¦ Sở Xây dựng @ Quý I/2026",
        "a header without a partner column: every name is the lead ¦ !STT Nhiệm vụ Đơn vị chủ trì Thời gian\\n1 Kiểm tra an toàn thực phẩm Sở Y tế, Sở Công Thương Quý IV/2026 ¦ Sở Y tế, Sở Công Thương @ Quý IV/2026",
        "a header whose cells wrapped, their last words on the line below ¦ !TT Nội dung Cơ quan chủ Cơ quan phối Thời gian\\ntrì hợp hoàn thành\\n1 Rà soát thủ tục Sở Tư pháp Các sở Quý II/2026 ¦ Sở Tư pháp @ Quý II/2026",
        "a product column before the time: times only ¦ !TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Sản phẩm Thời gian\\n1 Xây dựng đề án Sở Nội vụ Các sở Quyết định của UBND tỉnh Quý III/2026 ¦ null @ Quý III/2026",
        "a notes column after the time, empty in the row ¦ !TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành Ghi chú\\n1 Xây dựng đề án Sở Nội vụ Các sở Quý III/2026 ¦ Sở Nội vụ @ Quý III/2026",
        "partners after the time: the rows do not end in their time ¦ !TT Nội dung Cơ quan chủ trì Thời gian Cơ quan phối hợp\\n1 Xây dựng đề án Sở Nội vụ Quý III/2026 Các sở ¦ ''",
        "a header without a lead column is no task table ¦ !TT Nội dung Thời gian\\n1 Hội nghị sơ kết Ban Chỉ đạo Quý II/2026 ¦ ''",
        "a symbol's TT opens no header ¦ !Căn cứ Thông tư số 05/2024/TT-BTC\\nTT-BTC Cơ quan chủ trì Thời gian\\n1 Rà soát Sở Tài chính Quý I/2026 ¦ ''",
        "a head alone joins the name after it ¦ 10 Rà soát văn bản Văn phòng UBND tỉnh Các sở Quý II/2026 ¦ Văn phòng UBND tỉnh @ Quý II/2026",
        "prose numbers are no rows ¦ !Hội nghị có 200 đại biểu.\\n1 Tổ chức hội nghị Sở Nội vụ Quý I/2026 ¦ ''",
    })
    void readsEachRowFromItsEnd(String layout, String text, String expected) {
        String t = text.startsWith("!") ? text.substring(1) : HEADER + text;
        assertEquals(expected, rows(t), layout);
    }

    private static final String[] PIECES = {"TT", "STT", "Số TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan chủ", "trì",
        "Cơ quan phối hợp", "phối", "Thời gian", "hoàn thành", "Sản phẩm", "Ghi chú", "1", "2.", "12", "Sở Y tế",
        "UBND các huyện", "Các sở, ngành", "Văn phòng", "và", ",", ";", "Quý II/2026", "Quý III, IV/2026", "Tháng 9/2026",
        "Năm 2026", "2026 - 2027", "Thường xuyên", "trước ngày 15/12/2026", "rà soát", "Tham mưu", "\n", "\n", " ", "|",
        "\t", "  ", "TTHC", "TT-BTC"};

    private static final String[] COLUMNS = {"Nội dung", "Cơ quan chủ trì", "Cơ quan chủ", "Cơ quan phối hợp", "phối",
        "Thời gian", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú", "Đơn vị thực hiện"};

    private static String any(Random r, String[] from, int most) {
        StringBuilder t = new StringBuilder();
        int words = 1 + r.nextInt(most);
        for (int k = 0; k < words; k++) t.append(from[r.nextInt(from.length)]).append(r.nextInt(5) == 0 ? "" : " ");
        return t.toString().replace("\\n", "\n");
    }

    @Test
    void anyMixOfTablePiecesIsReadWithoutFailing() {
        Random r = new Random(7);
        int rows = 0;
        for (int n = 0; n < 5_000; n++) {
            // a header of random columns in random order, then rows of random pieces, with noise before and after
            StringBuilder t = new StringBuilder(any(r, PIECES, 6)).append('\n');
            t.append(r.nextBoolean() ? "TT " : "STT ").append(any(r, COLUMNS, 5)).append('\n');
            for (int k = 0, m = 1 + r.nextInt(4); k < m; k++) t.append(k + 1).append(' ').append(any(r, PIECES, 12)).append('\n');
            String text = t.append(any(r, PIECES, 6)).toString();
            for (TaskTable.Row row : FlatTaskRows.read(text)) {
                rows++;
                // every cell read is where its offsets say
                if (row.lead() != null) assertEquals(row.lead(), text.substring(row.leadStart(), row.leadStart() + row.lead().length()));
                assertEquals(true, text.startsWith(row.time(), row.timeStart()), text);
            }
        }
        assertEquals(true, rows > 50, "the mixes make rows: " + rows);
    }
}
