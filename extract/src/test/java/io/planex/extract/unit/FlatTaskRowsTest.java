package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
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
        "a header without a lead column is no task table ¦ !TT Nội dung Thời gian\\n1 Hội nghị sơ kết Ban Chỉ đạo Quý II/2026 ¦ ''",
        "a symbol's TT opens no header ¦ !Căn cứ Thông tư số 05/2024/TT-BTC\\nTT-BTC Cơ quan chủ trì Thời gian\\n1 Rà soát Sở Tài chính Quý I/2026 ¦ ''",
        "a head alone joins the name after it ¦ 10 Rà soát văn bản Văn phòng UBND tỉnh Các sở Quý II/2026 ¦ Văn phòng UBND tỉnh @ Quý II/2026",
        "prose numbers are no rows ¦ !Hội nghị có 200 đại biểu.\\n1 Tổ chức hội nghị Sở Nội vụ Quý I/2026 ¦ ''",
    })
    void readsEachRowFromItsEnd(String layout, String text, String expected) {
        String t = text.startsWith("!") ? text.substring(1) : HEADER + text;
        assertEquals(expected, rows(t), layout);
    }
}
