package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parts of a plan that restate the document it carries out, told by their Roman-numbered headings. */
class RestatedPartsTest {
    @ParameterizedTest(name = "{0} in a {1}")
    @CsvSource(delimiter = '|', value = {
        // heading | this document's type heading, folded | restates
        "NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH SỐ 87/KH-UBND CỦA ỦY BAN NHÂN DÂN TỈNH | kế hoạch | true",
        "KHÁI QUÁT NỘI DUNG QUYẾT ĐỊNH SỐ 2316/QĐ-BNNMT | kế hoạch | true",
        "NỘI DUNG CƠ BẢN CỦA KẾT LUẬN SỐ 176-KL/TW VÀ KẾ HOẠCH | kế hoạch | true",
        "NỘI DUNG CHỈ THỊ | kế hoạch | true",
        // this document's own contents
        "NỘI DUNG KẾ HOẠCH | kế hoạch | false",
        "NỘI DUNG KẾT LUẬN | thông báo kết luận | true",
        "NỘI DUNG KẾT LUẬN | kết luận | false",
        "NỘI DUNG, QUY TRÌNH VÀ THỜI GIAN THỰC HIỆN | kế hoạch | false",
        "NỘI DUNG VÀ GIẢI PHÁP | kế hoạch | false",
        "MỤC ĐÍCH, YÊU CẦU | kế hoạch | false",
        // a heading in lower case is a sentence, not a part's title
        "Nội dung chủ yếu của Kế hoạch số 87/KH-UBND | kế hoạch | false",
    })
    void tellsARestatingHeading(String heading, String own, boolean expected) {
        assertEquals(expected, RestatedParts.restates(heading, own), heading);
    }

    @Test
    void aRestatingPartRunsToTheNextRomanHeading() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN", "KẾ HOẠCH", "Thực hiện chuyển đổi số",
                "I. NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH SỐ 87/KH-UBND", "- Sở Nội vụ hoàn thành trong Quý III/2026.",
                "II. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "III. NHIỆM VỤ", "1. Văn phòng hoàn thành trước ngày 30/6/2026.");
        List<int[]> ranges = RestatedParts.ranges(text);
        assertEquals(1, ranges.size());
        assertEquals(text.indexOf("I. NỘI DUNG"), ranges.get(0)[0]);
        assertEquals(text.indexOf("II. MỤC ĐÍCH"), ranges.get(0)[1]);
        assertEquals(List.of(), RestatedParts.ranges(text.replace("KẾ HOẠCH SỐ 87/KH-UBND", "KẾ HOẠCH")));
    }
}
