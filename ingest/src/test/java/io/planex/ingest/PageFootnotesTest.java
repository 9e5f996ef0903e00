package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFootnotesTest {
    /** A page's lines ("|" between them), and its body with the markers found taken out ("" when it has no notes). */
    private static final String[][] PAGES = {
        // glued to a word, a symbol and a comma's word; the notes' numbers glued to their first word
        {"Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị1 và Kế hoạch số 88-KH/TU2, Ban Thường vụ ban hành"
                + "|1Kết luận số 150-KL/TW ngày 10/8/2026.|2Kế hoạch số 88-KH/TU ngày 25/9/2026.",
            "Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Kế hoạch số 88-KH/TU, Ban Thường vụ ban hành"},
        // a day and month made impossible by its marker; a note one space from its text (as Word sets it)
        {"1. Ban Dân vận báo cáo trước ngày 30/114.|4 Báo cáo gửi qua Ban Dân vận Tỉnh ủy.",
            "1. Ban Dân vận báo cáo trước ngày 30/11."},
        // a year made five digits; a note wrapped over two lines; numbers going on from the page before
        {"Hoàn thành trong năm 20265 và báo cáo Sở Nội vụ6.|5Theo Kế hoạch số 12/KH-UBND ngày 02/01/2026"
                + "|của Ủy ban nhân dân tỉnh.|6Qua Phòng Công chức.",
            "Hoàn thành trong năm 2026 và báo cáo Sở Nội vụ."},
        // a closing quote
        {"theo phương châm \"dân biết, dân làm\"3.|3Theo Kết luận số 114-KL/TW.",
            "theo phương châm \"dân biết, dân làm\"."},
        // glued to a unit's sign after a number, and to a symbol's code
        {"Căn cứ Nghị quyết số 06/2025/NQ-HĐND1; dự báo ranh mặn 4‰2 vào sâu 45 km.|1Nghị quyết số 06/2025/NQ-HĐND."
                + "|2Ngưỡng độ mặn gây hại cho lúa.",
            "Căn cứ Nghị quyết số 06/2025/NQ-HĐND; dự báo ranh mặn 4‰ vào sâu 45 km."},
        // a table's numbered rows at the foot of a page: no markers above them
        {"| TT | Nhiệm vụ |  Cơ quan chủ trì |  Thời gian |||4 Tổ chức hội nghị Sở Nội vụ Quý II/2026"
                + "|5 Kiểm tra Sở Tài chính Quý III/2026", ""},
        // a date that stays a date without the digit: "1/12" is no marker after "1/1"
        {"Hoàn thành trước ngày 1/12.|2Kế hoạch số 5/KH-UBND.", ""},
        // a marker missing: no notes
        {"Thực hiện Kế hoạch số 88-KH/TU, Ban Thường vụ ban hành|1Kế hoạch số 88-KH/TU ngày 25/9/2026.", ""},
        // numbers that do not go up by one
        {"Bộ Chính trị1 và Tỉnh ủy3.|1Kết luận.|3Kế hoạch.", ""},
        // a line glued to a number inside the body is no note, the page's foot is what counts
        {"2Kế hoạch trong thân.|Câu cuối của trang.", ""},
        // a section's number ("mục 2.1") is no marker: the marker is the one after the word further on
        {"Theo mục 2.1 của Kết luận số 150-KL/TW.1|1Kết luận số 150-KL/TW ngày 10/8/2026.",
            "Theo mục 2.1 của Kết luận số 150-KL/TW."},
        // a code that carries digits is left alone when no note needs it
        {"Phòng chống COVID-19 và cúm H5N1.|Câu cuối.", ""},
    };

    @Test
    void findsTheNotesOfAPageByTheirMarkers() {
        for (String[] c : PAGES) {
            List<String> lines = List.of(c[0].split("\\|", -1)).stream().filter(s -> !s.isEmpty()).toList();
            PageFootnotes.Found found = PageFootnotes.find(lines);
            if (c[1].isEmpty()) {
                assertNull(found, c[0]);
                continue;
            }
            assertEquals(c[1], String.join(" ", withoutMarkers(lines, found)), c[0]);
        }
    }

    private static List<String> withoutMarkers(List<String> lines, PageFootnotes.Found found) {
        List<StringBuilder> body = new ArrayList<>();
        for (int i = 0; i < found.firstLine(); i++) body.add(new StringBuilder(lines.get(i)));
        List<PageFootnotes.Marker> markers = found.markers();
        for (int m = markers.size() - 1; m >= 0; m--) {
            PageFootnotes.Marker k = markers.get(m);
            body.get(k.line()).delete(k.from(), k.to());
        }
        return body.stream().map(StringBuilder::toString).toList();
    }

    @Test
    void aNoteOpensWithItsNumberBeforeACapital() {
        String[][] cases = {{"1Kết luận số 57", "1"}, {"12 Kế hoạch", "12"}, {"1. Phòng Nội vụ", "-1"},
            {"1 kết luận", "-1"}, {"0Kế hoạch", "-1"}, {"123Kế hoạch", "-1"}, {"12", "-1"}};
        for (String[] c : cases) assertEquals(Integer.parseInt(c[1]), PageFootnotes.noteNumber(c[0]), c[0]);
    }

    @Test
    void datesAsPrinted() {
        String[][] cases = {{"30/11", "true"}, {"30/114", "false"}, {"15/12/2026", "true"}, {"15/12/20262", "false"},
            {"2026", "true"}, {"20261", "false"}, {"32/1", "false"}, {"1/13", "false"}, {"30.11.2026", "true"}};
        for (String[] c : cases) assertEquals(Boolean.parseBoolean(c[1]), PageFootnotes.isDate(c[0]), c[0]);
    }
}
