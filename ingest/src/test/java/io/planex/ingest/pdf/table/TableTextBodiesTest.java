package io.planex.ingest.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A narrow lead cell's lines, each body wrapped over lines of its own, grouped into its bodies. */
class TableTextBodiesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // two bodies, each wrapped by the cell's width
        "Tổ Cảnh sát / khu vực / Tổ Cảnh sát / trật tự ¦ Tổ Cảnh sát khu vực; Tổ Cảnh sát trật tự",
        "Phòng Quản lý / bảo vệ rừng / Hạt Kiểm lâm / khu vực II ¦ Phòng Quản lý bảo vệ rừng; Hạt Kiểm lâm khu vực II",
        // ... the second one's head itself wrapped
        "Sở Y tế / Bảo hiểm xã / hội tỉnh ¦ Sở Y tế; Bảo hiểm xã hội tỉnh",
        "Sở Nội vụ / Ủy ban nhân / dân các xã ¦ Sở Nội vụ; Ủy ban nhân dân các xã",
        // one body wrapped: its bare head, a joining word, a lower-case rest
        "Văn phòng / UBND tỉnh / và các sở ¦ -",
        "Sở Văn hóa, Thể / thao và Du lịch ¦ -",
        "Sở Nông nghiệp và / Môi trường / tỉnh ¦ -",
        "Trung tâm Phục vụ / hành chính công / tỉnh ¦ -",
        // a list at commas wraps its names anywhere: as printed
        "Phòng Tham mưu Công an / tỉnh, Văn phòng / Sở Giáo dục và / Đào tạo ¦ -",
        "Sở Văn hóa, Thể thao và / Du lịch / Sở Tài chính / tỉnh ¦ -",
        // a task's text, not bodies
        "Rà soát, lập danh / sách đối tượng / Tổ Cảnh sát ¦ -",
    })
    void groupsAWrappedCellsLinesIntoItsBodies(String lines, String expected) {
        List<String> bodies = TableText.wrappedBodies(List.of(lines.split(" / ")));
        assertEquals(expected, bodies == null ? "-" : String.join("; ", bodies));
    }
}
