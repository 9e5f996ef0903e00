package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document inside a saved web page: the portal's lines around it blanked, the document's kept. */
class WebPageFrameTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ page's lines (\n between) ¦ the lines kept, non-blank
        "a portal's menu, field box and lists around a letter ¦ UBND TỈNH NGHỆ AN\\nCỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ\\n- Trang chủ\\n- Văn bản chỉ đạo điều hành\\nSố ký hiệu 845/SYT-NVY\\nCơ quan ban hành\\nSở Y tế\\nUBND TỈNH NGHỆ AN\\nSỞ Y TẾ\\nSố: 845/SYT-NVY\\nV/v phòng, chống sốt xuất huyết\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nKính gửi: Trung tâm Kiểm soát bệnh tật tỉnh.\\nNơi nhận:\\n- Như trên;\\nPHÓ GIÁM ĐỐC\\nNguyễn Thị Hồng Nhung\\nChia sẻ: Facebook | Zalo\\nVăn bản mới\\n- Công văn số 846/SYT-TCCB ngày 14/04/2026 ¦ UBND TỈNH NGHỆ AN|SỞ Y TẾ|Số: 845/SYT-NVY|V/v phòng, chống sốt xuất huyết|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc|Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh.|Nơi nhận:|- Như trên;|PHÓ GIÁM ĐỐC|Nguyễn Thị Hồng Nhung",
        "the motto's column first: the issuer right above it ¦ Trang chủ » Văn bản\\nĐẢNG BỘ XÃ TÂN HƯNG\\nĐẢNG ỦY XÃ\\nĐẢNG CỘNG SẢN VIỆT NAM\\nSố 52-KH/ĐU\\nKẾ HOẠCH ¦ ĐẢNG BỘ XÃ TÂN HƯNG|ĐẢNG ỦY XÃ|ĐẢNG CỘNG SẢN VIỆT NAM|Số 52-KH/ĐU|KẾ HOẠCH",
        "a document alone on its page stays whole, an attachment after its signature too ¦ ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nNơi nhận:\\n- Lưu: VT.\\nPHỤ LỤC\\nDanh mục nhiệm vụ ¦ ỦY BAN NHÂN DÂN|XÃ HÒA AN|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Nơi nhận:|- Lưu: VT.|PHỤ LỤC|Danh mục nhiệm vụ",
        "a header table's cells apart by blank lines, the number under the motto ¦ Trang chủ\\n\\n \tỦY BAN NHÂN DÂN\\n\\nXÃ HÒA AN\\n\\n \tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n\\nĐộc lập - Tự do - Hạnh phúc\\n\\n \tSố: 17/KH-UBND ¦ \tỦY BAN NHÂN DÂN|XÃ HÒA AN| \tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc| \tSố: 17/KH-UBND",
        "no motto of its own: the page is left whole ¦ Tin tức\\nỦy ban nhân dân xã tổ chức hội nghị.\\nLiên kết ¦ Tin tức|Ủy ban nhân dân xã tổ chức hội nghị.|Liên kết",
    })
    void keepsTheDocumentOfAPage(String layout, String page, String kept) {
        String out = WebPageFrame.documentOf(page.replace("\\n", "\n").replace("\\t", "\t"));
        assertEquals(page.replace("\\n", "\n").split("\n", -1).length, out.split("\n", -1).length, "lines kept in place");
        List<String> got = Arrays.stream(out.split("\n")).filter(l -> !l.isBlank()).map(String::strip).toList();
        assertEquals(Arrays.stream(kept.replace("\\t", "\t").split("\\|")).map(String::strip).toList(), got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "PHÓ    BÍ THƯ ¦ PHÓ BÍ THƯ",
        "Nguyễn\u00A0\u00A0\u00A0Thị Thu Hà ¦ Nguyễn Thị Thu Hà",
        "Nguyễn\u00A0Thị ¦ Nguyễn Thị",
        "Ủy ban nhân dân xã ¦ Ủy ban nhân dân xã",
    })
    void aRunOfSpacesInsideALineIsOne(String line, String expected) {
        assertEquals(expected, WebPageFrame.singleSpaces(line));
        // a line's leading spaces and a line break stay
        assertEquals("  " + expected + "\n  x", WebPageFrame.singleSpaces("  " + line + "\n  x"));
    }
}
