package io.planex.extract.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import io.planex.extract.unit.SampleDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineExtractorTest {
    private final DeadlineExtractor extractor = new DeadlineExtractor();

    private static DocumentHeader dated(String date) {
        return new DocumentHeader("KH", "Kế hoạch", null, null, null, date, null, null, null, List.of());
    }

    /** The dates of the deadlines of a text whose own date is {@code docDate}, in order. */
    private List<String> dates(String text, String docDate) {
        return extractor.extract(text, PageMap.single(), dated(docDate), List.of()).stream().map(Deadline::date).toList();
    }

    private List<String> keys(String sentence, String docDate) {
        return extractor.extract(sentence, PageMap.single(), dated(docDate), List.of()).stream()
                .map(d -> d.date() + "|" + d.recurrence() + "|" + d.text()).toList();
    }

    /** A numbered row whose note opens with the time word is a body row, not a second header over the rest. */
    @Test
    void aNumberedRowWhoseNoteOpensWithTheTimeWordIsNoHeader() {
        String rows = String.join("\n",
                "| TT | Nội dung thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Ghi chú |",
                "| 3 | Truy quét đợt 1 tại khu vực giáp ranh | Đội Kiểm lâm cơ động | Hạt Kiểm lâm khu vực III | Tháng 3/2027 | |",
                "| 4 | Truy quét đợt 2 tại các điểm có nguy cơ cao | | Hạt Kiểm lâm khu vực I | Quý III/2027 | Thời gian cụ thể do Chi cục trưởng quyết định |",
                "| 5 | Phối hợp tuần tra liên ngành khu vực biên giới | | Bộ đội Biên phòng tỉnh | Quý IV/2027 | |");
        assertEquals(List.of("2027-03-31|null|Tháng 3/2027", "2027-09-30|null|Quý III/2027", "2027-12-31|null|Quý IV/2027"),
                keys(rows, "2027-01-12"));
    }

    @Test
    void aPlannedEventsWordsBrokenOverABlankLineStillMakeItNoDue() {
        String text = "Có ít nhất 25 học sinh đạt giải trong Kỳ thi chọn học sinh giỏi cấp tỉnh (dự\n\nkiến tổ chức trong tháng 12/2027).";
        assertEquals(List.of(), keys(text, "2027-08-25"));
    }

    @Test
    void aReportHeadingOpensNoClauseOfTheItemsUnderIt() {
        // "trợ cấp hằng tháng" is a kind of allowance; the report of the heading above is not its clause's verb
        String text = "2. Báo cáo nhu cầu kinh phí\na) Tổng hợp nhu cầu kinh phí (lương hưu, trợ cấp hằng tháng) theo lĩnh vực.";
        assertEquals(List.of(), keys(text, "2026-04-29"));
        assertEquals(List.of("null|monthly|hằng tháng"), keys("- Báo cáo tình hình về UBND phường (qua Phòng Văn hóa - Xã hội)"
                + " hằng tháng.", "2026-04-29"));
    }

    @Test
    void aSingleSpacedTableGivesTheTimeThatEndsEachRow() {
        // OCR of a scanned table, or a PDF table drawn without rules: one row a line, single spaces between cells
        String table = String.join("\n", "II. NHIỆM VỤ CỤ THỂ",
                "TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành",
                "1 Xây dựng bản đồ số du lịch Trung tâm Thông tin tỉnh Sở Xây dựng Quý II/2026",
                "2 Tổ chức hội chợ du lịch trực tuyến Sở Văn hóa, Thể thao và Du lịch UBND các huyện Tháng 9/2026",
                "3 Tuyên truyền trên báo chí Báo Quảng Nam Các cơ quan báo chí Thường xuyên",
                "4 Đào tạo nhân lực du lịch số Trường Cao đẳng Quảng Nam Các doanh nghiệp Năm 2026");
        assertEquals(List.of("2026-06-30|null|Quý II/2026", "2026-09-30|null|Tháng 9/2026", "2026-12-31|null|Năm 2026"),
                keys(table, "2026-03-04"));
    }

    @Test
    void aReportsRowWhoseTimeIsItsPeriodIsARecurringReport() {
        String table = String.join("\n", "II. NHIỆM VỤ",
                "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
                "|---|---|---|---|---|",
                "| 1 | Khảo sát, báo cáo kết quả khảo sát hài lòng người bệnh | Phòng Quản lý chất lượng | Phòng Điều dưỡng | Hằng quý |",
                "| 2 | Kiểm tra vệ sinh khoa phòng | Phòng Điều dưỡng | Các khoa | Hằng tháng |",
                "| 3 | Rà soát quy trình chuyên môn | Phòng Kế hoạch tổng hợp | Các khoa lâm sàng | Quý III/2027 |",
                "| 4 | Tổng hợp, báo cáo tiến độ | Phòng Quản lý chất lượng | Các khoa | Hằng tháng, trước ngày 10 tháng sau |",
                "| 5 | Tổng hợp tình hình dịch bệnh, báo cáo Sở Y tế | Trung tâm Kiểm soát bệnh tật | Các Trung tâm Y tế | Hằng tháng, trước ngày 20 |");
        // a row that does not report, whatever its period, gives none; a monthly day is a day of every month
        assertEquals(List.of("null|quarterly|Hằng quý", "2027-09-30|null|Quý III/2027",
                "2027-02-10|monthly|Hằng tháng, trước ngày 10 tháng sau", "2027-01-20|monthly|Hằng tháng, trước ngày 20"),
                keys(table, "2027-01-12"));
    }

    @Test
    void anObligationStatedInTheTextAndInATableRowIsOne() {
        String text = String.join("\n", "3. Sở Công Thương",
                "Sở Công Thương định kỳ trước ngày 20/12 hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
                "PHỤ LỤC",
                "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |",
                "|---|---|---|---|---|",
                "| 1 | Tổng hợp, báo cáo kết quả | Sở Công Thương | Các sở | Trước ngày 20/12 hằng năm |",
                "| 2 | Rà soát cơ chế | Sở Công Thương | Các sở | Quý IV/2026 |",
                "| 3 | Kiểm tra chợ đầu mối | Sở Công Thương | Công an tỉnh | Quý IV/2026 |",
                "| 4 | Tổng hợp, báo cáo kết quả | Sở Tài chính | Các sở | Trước ngày 20/12 hằng năm |");
        // two rows due the same day stay two; a row of another body due that day is its own
        assertEquals(List.of("2026-12-20|annual|trước ngày 20/12", "2026-12-31|null|Quý IV/2026",
                "2026-12-31|null|Quý IV/2026", "2026-12-20|annual|Trước ngày 20/12"), keys(text, "2026-02-27"));
    }

    @Test
    void aScheduleOfInspectionsGivesNoDeadlines() {
        String table = String.join("\n", "2. Lịch kiểm tra trực tiếp (dự kiến):",
                "| STT | Đơn vị được kiểm tra | Thời gian kiểm tra (dự kiến) |",
                "| 1 | Tòa án nhân dân thành phố Chí Linh | Ngày 08/4/2025 |",
                "| 2 | Tòa án nhân dân thị xã Kinh Môn | Ngày 10/4/2025 |",
                "3. Tổ chức thực hiện",
                "| TT | Nội dung | Đơn vị chủ trì | Thời gian tổ chức |",
                "| 1 | Hội nghị sơ kết | Văn phòng | Tháng 6/2025 |");
        assertEquals(List.of(), keys(table, "2024-12-26"));
    }

    @Test
    void aTableWithEachCellOnLinesOfItsOwnGivesItsTimeColumn() {
        String table = String.join("\n", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian hoàn thành", "1", "Rà soát thủ tục", "hành chính", "Văn phòng UBND", "xã", "Công an xã",
                "Quý II/2025", "2", "Tuyên truyền", "Đoàn Thanh niên", "Hội Phụ nữ", "Thường xuyên", "3",
                "Số hóa hồ sơ", "Công chức Tư pháp -", "Hộ tịch", "Văn phòng", "2025 - 2026");
        assertEquals(List.of("2025-06-30|null|Quý II/2025", "2026-12-31|null|2025 - 2026"), keys(table, "2025-02-10"));
    }

    /** One task table, rows of {number, task, lead, partner, time}, in the forms text extraction gives it. */
    private static final String[][] TABLE = {
        {"TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"},
        {"1", "Rà soát thủ tục hành chính", "Văn phòng UBND xã", "Công an xã", "Quý III, IV/2024"},
        {"2", "Số hóa hồ sơ hộ tịch", "Công chức Tư pháp", "", "Quý IV/2024, 2025"},
        {"3", "Tuyên truyền pháp luật", "Đoàn Thanh niên", "Hội Phụ nữ", "Thường xuyên"},
        {"4", "Kiểm tra cơ sở", "Công an xã", "", "Tháng 8/2024"},
        {"5", "Chỉnh trang đô thị", "Văn phòng UBND xã", "Các thôn", "2024 - 2025"},
        {"6", "Tổng kết", "Văn phòng UBND xã", "", ""},
    };

    /** pipe rows (HTML), tab rows, one cell a line (PDF), one cell a line with a blank line after each row (DOCX). */
    static List<String> tableForms() {
        return forms(TABLE);
    }

    private static List<String> forms(String[][] table) {
        StringBuilder pipe = new StringBuilder();
        StringBuilder tab = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        StringBuilder docx = new StringBuilder();
        for (String[] row : table) {
            pipe.append(String.join(" | ", row)).append('\n');
            tab.append(String.join("\t", row)).append('\n');
            for (String cell : row) {
                if (!cell.isEmpty()) lines.append(cell).append('\n');
                docx.append(cell).append('\n');
            }
            docx.append('\n');
        }
        String head = "KẾ HOẠCH\nCải cách hành chính năm 2024\nII. NHIỆM VỤ CỤ THỂ\n";
        String tail = "III. TỔ CHỨC THỰC HIỆN\nVăn phòng UBND xã theo dõi, đôn đốc.\n";
        return List.of(head + pipe + tail, head + tab + tail, head + lines + tail, head + docx + tail);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("tableForms")
    void aTaskTablesTimeColumnInEveryForm(String text) {
        List<String> dates = extractor.extract(text, PageMap.single(), dated("2024-03-01"), List.of()).stream()
                .map(d -> d.date() + "|" + d.text()).toList();
        assertEquals(List.of("2024-12-31|Quý III, IV/2024", "2025-12-31|Quý IV/2024, 2025", "2024-08-31|Tháng 8/2024",
                "2025-12-31|2024 - 2025"), dates);
    }

    /** A schedule's items labelled by their period ("Tiến độ thực hiện"), document dated 2020-09-05: the dates due. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "- Tháng 10/2020: Bộ phận Tiểu học hoàn thành tập huấn cho giáo viên lớp 1.#2020-10-31",
        "Quý IV/2020: các trường hoàn thành mua sắm thiết bị dạy học.#2020-12-31",
        "+ Tháng 11 năm 2020: Phòng Tài chính - Kế hoạch hoàn thành thẩm định dự toán.#2020-11-30",
        // a planned event, no completing verb
        "- Tháng 10/2020: tổ chức hội nghị triển khai tại huyện.#",
        // the verb in a later clause than the label's
        "- Tháng 10/2020: tổ chức hội nghị; các trường hoàn thành báo cáo sau hội nghị.#",
        // a month without its year, and a label that is no period
        "- Tháng 10: các trường hoàn thành rà soát.#",
        "- Bộ phận Tiểu học: hoàn thành tập huấn trong năm học.#",
        // a result reported, not a task: the line opens with its subject, or the verb is in the past
        "Kết quả tháng 8/2020: hoàn thành 80% chỉ tiêu.#",
        "- Tháng 8/2020: các trường đã hoàn thành rà soát đội ngũ.#",
    })
    void aScheduleItemLabelledByItsPeriod(String line, String expected) {
        String text = "IV. TIẾN ĐỘ THỰC HIỆN\n" + line + "\n";
        assertEquals(expected == null ? List.of() : List.of(expected), dates(text, "2020-09-05"), text);
    }

    /** A time cell as printed, then the deadline it gives ("" for none), document dated 2024-03-01. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Trước ngày 30/6/2024#2024-06-30", "30/11/2024#2024-11-30", "Đến hết tháng 9/2024#2024-09-30",
        "Từ tháng 3 đến tháng 6/2024#2024-06-30", "Năm 2024#2024-12-31", "Quý I năm 2025#2025-03-31",
        "Chậm nhất ngày 15/10/2024#2024-10-15", "Hằng quý#", "Thường xuyên#", "Theo tiến độ dự án#",
        // a window printed without "Từ": its end
        "01/9 - 15/9/2024#2024-09-15", "Quý II - Quý III/2024#2024-09-30", "Tháng 3 đến tháng 5/2024#2024-05-31",
        // times one after another (a cell's lines run together, a task done twice): due by the last
        "Tháng 4/2024 Tháng 10/2024#2024-10-31", "Quý II, Quý IV/2024#2024-12-31", "Tháng 4/2024 và tháng 9/2024#2024-09-30",
        // a task begun in a year and going on after it
        "Năm 2024 và các năm tiếp theo#", "Từ năm 2024 và những năm sau#",
    })
    void aTimeCellInEveryTableForm(String cell, String expected) {
        String[][] table = {
            {"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"},
            {"1", "Rà soát quy hoạch", "Phòng Kinh tế", "", cell},
        };
        for (String text : forms(table)) {
            List<String> dates = dates(text, "2024-03-01");
            assertEquals(expected == null ? List.of() : List.of(expected), dates, text);
        }
    }

    /** A time cell that reads as a sentence ("Trước ngày ...") is the row's deadline: its unit is the row's lead. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Trước ngày 30/10/2024#2024-10-30", "Từ tháng 3 đến tháng 5/2024#2024-05-31", "Quý III/2024#2024-09-30",
    })
    void aTimeCellGivesItsDeadlineTheRowsLead(String cell, String expected) {
        String[][] table = {
            {"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"},
            {"1", "Khảo sát mức độ hài lòng", "Phòng Nội vụ", "UBND các xã, thị trấn", cell},
        };
        for (String text : forms(table)) {
            List<String> got = extractor.extract(text, PageMap.single(), dated("2024-03-01"), List.of()).stream()
                    .map(d -> d.date() + "|" + d.units() + "|" + d.action()).toList();
            assertEquals(List.of(expected + "|[Phòng Nội vụ]|null"), got, text);
        }
    }

    /**
     * A task's label and value: on one line ("Thời hạn: Tháng 10/2025"), and in two cells of their own as Tika gives
     * a DOCX label table ("Thời hạn" / "Tháng 10/2025"). Label, value, expected date ("" for none).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "Thời gian hoàn thành#Quý I/2026#2026-03-31", "Thời hạn#Tháng 10/2025#2025-10-31",
        "Thời hạn hoàn thành#30/9/2025#2025-09-30", "Thời gian thực hiện#Quý IV/2025#2025-12-31",
        "Tiến độ#Năm 2025#2025-12-31", "Thời gian#05/12/2025#", "Thời hạn#Thường xuyên#",
    })
    void aTaskLabelAndItsValueOnOneLineOrInCellsOfTheirOwn(String label, String value, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected);
        String head = "1. Rà soát hồ sơ đất đai\nĐơn vị chủ trì: Văn phòng UBND xã\n";
        for (String text : List.of(head + label + ": " + value + "\n2. Tổng kết",
                head + "Đơn vị chủ trì\nVăn phòng UBND xã\n\n" + label + "\n" + value + "\n\n2. Tổng kết")) {
            assertEquals(want, dates(text, "2025-01-05"), text);
        }
    }

    /** A reporting regime's table: the period its figures cover is no due, the column of when to send them is. */
    @Test
    void aTableColumnOfTheDataPeriodGivesNoDue() {
        String text = String.join("\n",
                "1. Thời hạn gửi báo cáo định kỳ",
                "| TT | Loại báo cáo | Thời kỳ lấy số liệu | Thời hạn gửi báo cáo |",
                "| 1 | Báo cáo 6 tháng | Tính từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 6 | Trước ngày 18/6 |",
                "| 2 | Báo cáo năm (số liệu chính thức) | Từ ngày 01/01 đến ngày 31/12 của năm báo cáo | Trước ngày 15/01 năm sau |");
        assertEquals(List.of("2026-06-18", "2027-01-15"),
                dates(text, "2026-02-10"));
    }

    /** A roadmap: years in a second header row under the time column, a row due by the end of the last year marked. */
    @Test
    void aRoadmapsYearMarksGiveTheLastYearMarked() {
        String text = String.join("\n",
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | | |",
                "| | | | | 2026 | 2027 | 2028 |",
                "| A | HOÀN THIỆN THỂ CHẾ | | | | | |",
                "| 1 | Rà soát quy trình nội bộ | Văn phòng UBND tỉnh | Các sở | x | | |",
                "| 2 | Công bố danh mục thủ tục | Văn phòng UBND tỉnh | Sở Khoa học và Công nghệ | x | x | |",
                "| 3 | Đo lường mức độ hài lòng | Trung tâm Phục vụ hành chính công tỉnh | | | | X |",
                "| 4 | Tuyên truyền thường xuyên | Sở Văn hóa, Thể thao và Du lịch | | | | |");
        List<String> got = extractor.extract(text, PageMap.single(), dated("2026-03-05"), List.of()).stream()
                .map(d -> d.date() + "|" + d.units()).toList();
        assertEquals(List.of("2026-12-31|[Văn phòng UBND tỉnh]", "2027-12-31|[Văn phòng UBND tỉnh]",
                "2028-12-31|[Trung tâm Phục vụ hành chính công tỉnh]"), got);
    }

    /**
     * A list of investment projects: its "Thời gian thực hiện" is each project's period, no due; a task table of
     * projects, with its lead column, keeps its dues. In every table form.
     */
    @Test
    void aProjectListsPeriodIsNoDue() {
        String[][] projects = {
            {"TT", "Tên dự án", "Chủ đầu tư", "Địa điểm", "Thời gian thực hiện", "Tổng mức đầu tư (triệu đồng)"},
            {"1", "Đường giao thông nối Quốc lộ 1", "Ban Quản lý dự án giao thông tỉnh", "xã Thạch Khê", "2026-2028", "285.000"},
        };
        for (String text : forms(projects)) assertEquals(List.of(), dates(text, "2026-01-20"), text);
        String[][] tasks = {
            {"TT", "Tên dự án", "Thời gian thực hiện", "Kinh phí (triệu đồng)", "Cơ quan chủ trì", "Cơ quan phối hợp"},
            {"1", "Đường giao thông nối Quốc lộ 1", "2026-2028", "285.000", "Sở Xây dựng", "UBND xã Thạch Khê"},
        };
        for (String text : forms(tasks)) assertEquals(List.of("2028-12-31"), dates(text, "2026-01-20"), text);
    }

    /**
     * A schedule drawn as a grid of months or quarters, marked where a task runs: due by the end of the last period
     * marked; a row marked in every period is routine work. Header rows, then the dues in row order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "months under a spanning header#| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện (tháng) | | | | | | | | | | | |\\n| | | | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |"
                + "#2026-02-28;2026-11-30",
        "months named in the header's own row, a note column after them#| TT | Nội dung | Cơ quan chủ trì | T1 | T2 | T3 | T4 | T5 | T6 | T7 | T8 | T9 | T10 | T11 | T12 | Ghi chú |"
                + "#2026-02-28;2026-11-30",
        "quarters named in the header's own row#| TT | Nội dung | Cơ quan chủ trì | Quý I | Quý II | Quý III | Quý IV |"
                + "#2026-06-30;2026-09-30",
    })
    void aGridOfPeriodsGivesTheEndOfTheLastMarked(String layout, String header, String expected) {
        boolean months = header.contains("12");
        String[] first = months ? new String[] {"x", "x", "", "", "", "", "", "", "", "", "", ""} : new String[] {"●", "●", "", ""};
        String[] second = months ? new String[] {"", "", "", "", "", "x", "", "", "", "", "x", ""} : new String[] {"", "", "x", ""};
        String[] every = months ? new String[] {"x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x"}
                : new String[] {"x", "x", "x", "x"};
        String note = header.contains("Ghi chú") ? " |" : "";
        String text = "II. NHIỆM VỤ CỤ THỂ\n" + header.replace("\\n", "\n") + "\n"
                + "| 1 | Kiện toàn Ban Chỉ đạo | Văn phòng HĐND và UBND xã | " + String.join(" | ", first) + note + " |\n"
                + "| 2 | Rà soát dữ liệu dân cư | Công an xã | " + String.join(" | ", second) + note + " |\n"
                + "| 3 | Họp Ủy ban nhân dân xã thường kỳ | Văn phòng HĐND và UBND xã | " + String.join(" | ", every) + note + " |\n";
        assertEquals(List.of(expected.split(";")), dates(text, "2026-01-10"), layout);
    }

    /** Layout, document date, text: the parts whose times are no dues of this document, next to one that is. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> partsThatAreNotThisDocumentsDues() {
        return java.util.stream.Stream.of(
                // a part restating the plan carried out: its dues are that plan's
                org.junit.jupiter.params.provider.Arguments.of("a part restating the plan carried out", "2026-04-06",
                        String.join("\n", "KẾ HOẠCH", "Thực hiện chuyển đổi số trên địa bàn xã",
                                "I. NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH SỐ 87/KH-UBND CỦA ỦY BAN NHÂN DÂN TỈNH",
                                "- Sở Nội vụ chủ trì rà soát vị trí việc làm, hoàn thành trong Quý III/2026.",
                                "| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |",
                                "| 1 | Làm sạch dữ liệu dân cư | Công an tỉnh | Tháng 5/2026 |",
                                "II. NHIỆM VỤ CỤ THỂ",
                                "1. Công chức Văn phòng - Thống kê hoàn thành số hóa hồ sơ trước ngày 30/6/2026."),
                        "2026-06-30"),
                // a programme of events: a window in its planned-time column is an event's
                org.junit.jupiter.params.provider.Arguments.of("a programme of events", "2025-10-20",
                        String.join("\n", "2. Chương trình các hoạt động chính",
                                "| TT | Hoạt động | Thời gian (dự kiến) | Địa điểm |",
                                "| 1 | Hội thảo khoa học | Ngày 08/01/2026 | Hội trường tỉnh |",
                                "| 2 | Triển lãm ảnh, tư liệu | Từ ngày 15/01/2026 đến ngày 25/01/2026 | Bảo tàng tỉnh |",
                                "3. Sở Văn hóa trình Ủy ban nhân dân tỉnh phê duyệt kịch bản trước ngày 15/12/2025."),
                        "2025-12-15"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("partsThatAreNotThisDocumentsDues")
    void keepsOnlyThisDocumentsDues(String layout, String docDate, String text, String due) {
        assertEquals(List.of(due), dates(text, docDate), layout);
    }

    /** A work programme's table by month: "Tháng" heads its time column, a ditto takes the month above. */
    @Test
    void aWorkProgrammesMonthColumnIsItsTimeColumn() {
        String text = String.join("\n",
                "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026",
                "| Tháng | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |",
                "| Tháng 1 | Ban hành chương trình kiểm tra, giám sát | Ủy ban Kiểm tra Đảng ủy | Văn phòng Đảng ủy |",
                "| \u3003 | Lãnh đạo tổ chức Tết Nguyên đán | Ủy ban nhân dân xã | Ủy ban MTTQ xã |",
                "| Tháng 4 | Sơ kết Quý I | Văn phòng Đảng ủy | Các ban xây dựng Đảng |",
                "| Thường xuyên | Tiếp công dân | Ủy ban nhân dân xã | Ủy ban MTTQ xã |");
        assertEquals(List.of("2026-01-31", "2026-01-31", "2026-04-30"),
                dates(text, "2026-01-05"));
    }

    /**
     * A superior's conclusion quoted whole before this notice's own assignments: its days are the superior's, told
     * again by the notice's tasks; an amendment's quoted article is the document's own text.
     */
    @Test
    void aQuotedSuperiorsConclusionGivesNoDeadlineOfThisDocument() {
        String notice = String.join("\n",
                "I. NỘI DUNG KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                "\u201C1. Dự án là công trình trọng điểm của tỉnh.",
                "2. Giao Ủy ban nhân dân các xã hoàn thành kiểm đếm trước ngày 31/10/2026.\u201D",
                "II. PHÂN CÔNG NHIỆM VỤ",
                "1. Phòng Kinh tế: hoàn thành kiểm đếm trước ngày 24/10/2026.");
        assertEquals(List.of("2026-10-24"), dates(notice, "2026-10-12"));
        String amendment = String.join("\n",
                "Điều 1. Sửa đổi, bổ sung Điều 5 của Quy chế như sau:",
                "\u201CĐiều 5. Trách nhiệm của Sở Tư pháp",
                "Sở Tư pháp rà soát, báo cáo trước ngày 15/12/2026.\u201D");
        assertEquals(List.of("2026-12-15"), dates(amendment, "2026-10-12"));
    }

    /** A Party programme's "Thời gian trình" (when a body submits its item) is the row's due, by month or by date. */
    @Test
    void aProgrammesSubmittingTimeColumnIsItsTimeColumn() {
        String text = String.join("\n",
                "II. NỘI DUNG TRÌNH HỘI NGHỊ BAN CHẤP HÀNH",
                "| Quý | Nội dung trình | Cơ quan chủ trì chuẩn bị | Thời gian trình |",
                "| Quý I | Chương trình kiểm tra, giám sát năm 2026 | Ủy ban Kiểm tra Đảng ủy | Tháng 01/2026 |",
                "| \u3003 | Nghị quyết chuyên đề về nông nghiệp | Ủy ban nhân dân xã | Tháng 3/2026 |",
                "| Quý IV | Báo cáo kết quả năm 2026 | Văn phòng Đảng ủy | Trước ngày 20/12/2026 |");
        assertEquals(List.of("2026-01-31", "2026-03-31", "2026-12-20"), dates(text, "2026-01-14"));
    }

    @Test
    void aDeadlineRecountedFromTheCitedDocumentInTheOpeningIsNotThisDocumentsOwn() {
        String letter = String.join("\n", "V/v triển khai Quyết định số 512/QĐ-BYT",
                "Kính gửi: Các sở, ban, ngành thuộc tỉnh",
                "Ngày 12/5/2025, Bộ trưởng Bộ Y tế ban hành Quyết định số",
                "",
                "512/QĐ-BYT về tiêu chí trạm y tế, giao Ủy ban nhân dân các tỉnh hoàn thành rà soát chậm nhất đến "
                        + "ngày 31 tháng 12 năm 2026.",
                "Để triển khai thực hiện, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
                "1. Sở Y tế chủ trì rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9/2026.",
                "2. Ngày 15/6/2025, Sở Y tế ban hành Kế hoạch số 77/KH-SYT; các xã hoàn thành trước ngày 30/10/2026.");
        assertEquals(List.of("2026-09-30|null|trước ngày 30/9/2026", "2026-10-30|null|hoàn thành trước ngày 30/10/2026"),
                keys(letter, "2025-06-01"));
        // a higher body's letter told of as sent ("có Công văn số"), its request restated by this letter's items
        String forwarded = String.join("\n", "Kính gửi: Các sở, ngành; Ủy ban nhân dân các xã, phường",
                "Ngày 09/02/2027, Bộ Nông nghiệp và Môi trường có Công văn số 1145/BNNMT-TL về việc chủ động phòng, "
                        + "chống hạn hán (sao gửi kèm theo). Theo đó, Bộ đề nghị Ủy ban nhân dân các tỉnh, thành phố rà "
                        + "soát phương án ứng phó, hoàn thành trước ngày 15/3/2027.",
                "1. Sở Nông nghiệp và Môi trường rà soát phương án, hoàn thành trước ngày 15/3/2027.");
        assertEquals(List.of("2027-03-15|null|hoàn thành trước ngày 15/3/2027"), keys(forwarded, "2027-02-22"));
        // a dated issuing told inside the opening paragraph, after what it carries out
        String told = String.join("\n", "Kính gửi: Ủy ban nhân dân các xã, phường",
                "Thực hiện Kế hoạch số 36/KH-UBND ngày 18/01/2027 của Ủy ban nhân dân tỉnh, ngày 06/02/2027 Sở Nông nghiệp "
                        + "và Môi trường đã ban hành Văn bản số 455/SNNMT-CNTYTS hướng dẫn tiêm phòng, trong đó yêu cầu các "
                        + "địa phương hoàn thành tiêm phòng trước ngày 31/3/2027.",
                "1. Ủy ban nhân dân các xã, phường báo cáo kết quả trước ngày 10/5/2027.");
        assertEquals(List.of("2027-05-10|null|trước ngày 10/5/2027"), keys(told, "2027-03-29"));
        String own = "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã rà soát, "
                + "hoàn thành trước ngày 30/6/2026.\n1. Công an xã thực hiện.";
        assertEquals(List.of("2026-06-30|null|hoàn thành trước ngày 30/6/2026"), keys(own, "2026-01-20"));
        // an opening that tells of an event, not of an issued document, keeps its deadline
        String meeting = "Ngày 15/3/2025, Ban Thường vụ họp và thống nhất: các chi bộ báo cáo trước ngày 20/4/2025.\n"
                + "1. Các chi bộ tổ chức thực hiện.";
        assertEquals(List.of("2025-04-20|null|trước ngày 20/4/2025"), keys(meeting, "2025-03-16"));
    }

    /** Sentence, document date -> "date|recurrence|text" of each deadline, ";"-separated ("" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Các đơn vị báo cáo kết quả về UBND huyện trước ngày 15/12.#2023-08-05#2023-12-15|null|trước ngày 15/12",
        "Báo cáo trước ngày 10/12/2025 để tổng hợp.#2025-08-05#2025-12-10|null|trước ngày 10/12/2025",
        "Gửi báo cáo chậm nhất ngày 05/01/2026.#2025-11-01#2026-01-05|null|chậm nhất ngày 05/01/2026",
        "Gửi hồ sơ chậm nhất là ngày 20 tháng 10 năm 2024.#2024-09-01#2024-10-20|null|chậm nhất là ngày 20 tháng 10 năm 2024",
        "Sơ kết trước ngày 01/6/2023; tổng kết trước ngày 01/11/2023.#2023-01-10#2023-06-01|null|trước ngày 01/6/2023;2023-11-01|null|trước ngày 01/11/2023",
        "Thời gian hoàn thành và báo cáo kết quả trước ngày 30/10/2023.#2023-05-01#2023-10-30|null|trước ngày 30/10/2023",
        "Định kỳ hàng năm báo cáo kết quả về UBND huyện trước ngày 15/12 theo quy định.#2023-08-05#2023-12-15|annual|trước ngày 15/12",
        "Định kỳ hàng năm báo cáo kết quả trước ngày 15/1.#2023-08-05#2024-01-15|annual|trước ngày 15/1",
        "Hàng quý báo cáo kết quả về Phòng Nội vụ.#2024-02-01#null|quarterly|Hàng quý",
        "Hằng tháng, các xã tổng hợp, báo cáo tình hình về UBND huyện.#2024-02-01#null|monthly|Hằng tháng",
        "Định kỳ 6 tháng báo cáo Ban Thường vụ.#2024-02-01#null|semiannual|Định kỳ 6 tháng",
        "Báo cáo trước ngày 20 hằng tháng.#2024-02-25#2024-03-20|monthly|trước ngày 20",
        // a start, then "và" and the completion: the completion's time is due
        "Việc sơ tán bắt đầu từ 8 giờ 00 và phải hoàn thành trước 18 giờ 00 ngày 12/9/2026.#2026-09-11#2026-09-12|null|trước 18 giờ 00 ngày 12/9/2026",
        "Hội nghị dự kiến tổ chức và kết thúc trước ngày 20/9/2026.#2026-09-11#",
        // a time changed: the one set now is the due, the one it replaces none
        "Điều chỉnh thời gian hoàn thành từ ngày 30/6/2026 thành ngày 30/9/2026.#2026-05-04#2026-09-30|null|từ ngày 30/6/2026 thành ngày 30/9/2026",
        "Điều chỉnh thời gian hoàn thành từ Quý II/2026 thành Quý IV/2026.#2026-05-04#2026-12-31|null|từ Quý II/2026 thành Quý IV/2026",
        "Số hộ nghèo giảm từ 120 hộ thành 80 hộ.#2026-05-04#",
        // the reporting day at the end of the clause the period opens
        "Hằng tháng, báo cáo tình hình dịch bệnh của học sinh về Ban Giám hiệu vào ngày 28.#2026-03-10#2026-03-28|monthly|Hằng tháng, báo cáo tình hình dịch bệnh của học sinh về Ban Giám hiệu vào ngày 28",
        "Hằng tháng, Chi đoàn sinh hoạt vào ngày 28.#2026-03-10#",
        // the period of the results reported, its day in brackets: a recurring report
        "Phòng Văn hóa - Xã hội tổng hợp, báo cáo Sở Văn hóa kết quả thực hiện 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12).#2026-05-10#2026-06-10|semiannual|trước ngày 10/6;2026-12-10|annual|trước ngày 10/12",
        "Kết quả thực hiện 6 tháng đạt 80% kế hoạch.#2026-05-10#",
        // what is likely in a period, and a term of validity running out, are no dues
        "Theo bản tin dự báo, từ nay đến hết tháng 02/2026 trên địa bàn tỉnh có khả năng xuất hiện 3 - 4 đợt rét đậm.#2026-01-10#",
        "Các hợp đồng đã ký được tiếp tục thực hiện đến hết thời hạn của hợp đồng nhưng không quá ngày 30 tháng 6 năm 2027.#2026-04-01#",
        "Các xã hoàn thành rà soát từ nay đến hết tháng 02/2026.#2026-01-10#2026-02-28|null|từ nay đến hết tháng 02/2026",
        // at the latest by a period, however far: due at its end
        "Phấn đấu 100% trường có thư viện đạt chuẩn, chậm nhất năm 2028.#2026-01-20#2028-12-31|null|chậm nhất năm 2028",
        "Hoàn thiện hồ sơ chậm nhất trong quý II/2027.#2026-01-20#2027-06-30|null|chậm nhất trong quý II/2027",
        "Hoàn thành trước năm 2030.#2026-01-20#",
        // a thing issued or put to use within a year exists by its end; a year after other words is a scope
        "Sở Văn hóa chủ trì xây dựng Quy chế, trình Ủy ban nhân dân thành phố ban hành trong năm 2026.#2026-01-20#2026-12-31|null|trong năm 2026",
        "Xây dựng nền tảng số dùng chung, đưa vào vận hành trong năm 2027.#2026-01-20#2027-12-31|null|trong năm 2027",
        "Cụ thể hóa các nhiệm vụ của Đề án giai đoạn 2026 - 2030 trong năm 2026.#2026-01-20#",
        "Kế hoạch tiếp tục thực hiện Nghị quyết số 18-NQ/TW trong năm 2026.#2026-01-20#",
        // a completion after a comma: the event named before it is another verb's object
        "Dàn dựng chương trình nghệ thuật Lễ khai mạc, bế mạc, hoàn thành dàn dựng trước ngày 15/6/2026.#2026-05-05#2026-06-15|null|trước ngày 15/6/2026",
        "Tổ chức Lễ khai mạc trước ngày 15/6/2026.#2026-05-05#",
        "Hoàn thành trong Quý III năm 2024.#2024-01-05#2024-09-30|null|Hoàn thành trong Quý III năm 2024",
        "Các xã hoàn thành trong tháng 6/2026.#2026-01-05#2026-06-30|null|hoàn thành trong tháng 6/2026",
        "Thời gian hoàn thành: Quý II/2020.#2020-01-05#2020-06-30|null|Thời gian hoàn thành: Quý II/2020",
        // a weekday before the day; "before or on"; a time limit "đến hết" its day
        "Các đơn vị gửi hồ sơ trước thứ Sáu, ngày 18/12/2026.#2026-09-08#2026-12-18|null|trước thứ Sáu, ngày 18/12/2026",
        "Các đơn vị gửi hồ sơ trước hoặc vào ngày 15/12/2026.#2026-09-08#2026-12-15|null|trước hoặc vào ngày 15/12/2026",
        "Thời hạn nhận hồ sơ: đến hết ngày 30/11/2026.#2026-09-08#2026-11-30|null|Thời hạn nhận hồ sơ: đến hết ngày 30/11/2026",
        // a validity's term is no task's (validity-terms.txt)
        "Thời hạn ủy quyền: đến hết ngày 31/12/2026.#2026-09-08#",
        "Thời hạn sử dụng: 31/12/2026.#2026-09-08#",
        // due at a period's end ("cuối năm", "cuối quý", "cuối tháng") is due when the period ends
        "Các xã hoàn thành trước cuối năm 2026.#2026-09-08#2026-12-31|null|hoàn thành trước cuối năm 2026",
        "Thời hạn hoàn thành: cuối Quý II/2027.#2026-09-08#2027-06-30|null|Thời hạn hoàn thành: cuối Quý II/2027",
        "Hoàn thành vào cuối tháng 11/2026.#2026-09-08#2026-11-30|null|Hoàn thành vào cuối tháng 11/2026",
        "Hằng năm, vào cuối năm, các xã rà soát hộ nghèo.#2026-09-08#",
        "Tổ chức kiểm tra trong quý IV.#2024-01-05#2024-12-31|null|trong quý IV",
        "Trưng bày từ ngày 17/12/2025 đến ngày 25/01/2026.#2025-10-01#2026-01-25|null|từ ngày 17/12/2025 đến ngày 25/01/2026",
        "Nộp hồ sơ trước 17 giờ 00 ngày 30/01/2026.#2026-01-10#2026-01-30|null|trước 17 giờ 00 ngày 30/01/2026",
        "Công an xã hoàn thành không muộn hơn ngày 25/11/2026.#2026-10-10#2026-11-25|null|không muộn hơn ngày 25/11/2026",
        "Các thôn gửi danh sách không quá ngày 26.11.2026.#2026-10-10#2026-11-26|null|không quá ngày 26.11.2026",
        "Thời gian giải quyết không quá 05 ngày làm việc.#2026-10-10#",
        "Báo cáo định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12) về UBND huyện.#2024-03-18#2024-06-10|semiannual|trước ngày 10/6;2024-12-10|annual|trước ngày 10/12",
        "Sở tổng hợp; báo cáo 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12).#2024-03-26#2024-06-15|semiannual|trước ngày 15/6;2024-12-15|annual|trước ngày 15/12",
        "Báo cáo 6 tháng gửi trước ngày 15/6, báo cáo năm gửi trước ngày 15/12.#2024-03-26#2024-06-15|semiannual|trước ngày 15/6;2024-12-15|annual|trước ngày 15/12",
        // dated after June: the half-year report's next 15/6 is a year on, not the 15/12 of the year's own report
        "Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12.#2026-11-10#2027-06-15|semiannual|trước ngày 15/6;2026-12-15|annual|trước ngày 15/12",
        "Định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh trước ngày 15/6 và 15/12.#2026-11-10#2027-06-15|semiannual|trước ngày 15/6;2026-12-15|annual|15/12",
        "Các xã báo cáo định kỳ 6 tháng (trước ngày 15/6 và 15/12) về Phòng Nội vụ.#2026-11-10#2026-12-15|semiannual|trước ngày 15/6",
        "Hằng quý báo cáo UBND tỉnh trước ngày 20 của tháng cuối quý.#2024-03-26#2024-06-20|quarterly|trước ngày 20 của tháng cuối quý",
        "Các xã gửi báo cáo trước ngày 15 tháng cuối mỗi quý.#2025-01-01#2025-03-15|quarterly|trước ngày 15 tháng cuối mỗi quý",
        "Báo cáo định kỳ hằng quý trước ngày 05 của tháng đầu quý sau.#2026-03-15#2026-04-05|quarterly|trước ngày 05 của tháng đầu quý sau",
        "Các phòng gửi báo cáo quý trước ngày 10 tháng đầu của quý tiếp theo.#2026-04-20#2026-07-10|quarterly|trước ngày 10 tháng đầu của quý tiếp theo",
        "Tổng hợp báo cáo 6 tháng đầu năm trước ngày 10/6/2026 và báo cáo năm trước ngày 10/12/2026.#2026-03-15#2026-06-10|null|trước ngày 10/6/2026;2026-12-10|null|trước ngày 10/12/2026",
        // ... under a periodic framing ("định kỳ"), the named reports' days with their year are their first occurrences
        "Định kỳ báo cáo kết quả gửi Sở Nội vụ như sau: báo cáo 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày 15/11/2026.#2025-12-22#2026-06-15|semiannual|trước ngày 15/6/2026;2026-11-15|annual|trước ngày 15/11/2026",
        "Định kỳ 6 tháng, hằng năm tổng hợp, báo cáo UBND tỉnh kết quả.#2025-08-20#null|semiannual|Định kỳ 6 tháng;null|annual|năm",
        "Báo cáo kết quả 6 tháng đầu năm 2024 của huyện.#2024-06-12#",
        "Định kỳ hằng tháng, trước ngày 25, báo cáo tiến độ về Sở.#2024-05-08#2024-05-25|monthly|trước ngày 25",
        "Các xã báo cáo trước ngày 25, nếu có vướng mắc.#2024-05-08#",
        "Đưa sản phẩm OCOP lên sàn, hoàn thành trong 6 tháng đầu năm 2025.#2025-03-12#2025-06-30|null|hoàn thành trong 6 tháng đầu năm 2025",
        "Thời gian hoàn thành: 6 tháng cuối năm.#2025-03-12#2025-12-31|null|Thời gian hoàn thành: 6 tháng cuối năm",
        "Trong 6 tháng đầu năm 2025, toàn huyện đã đưa 40 sản phẩm lên sàn.#2025-07-02#",
        "Định kỳ 6 tháng, hằng năm tổng hợp báo cáo UBND tỉnh trước ngày 15/6 và 15/12.#2025-01-16#2025-06-15|semiannual|trước ngày 15/6;2025-12-15|annual|15/12",
        "Văn phòng lập chương trình công tác hằng năm, định kỳ hằng quý báo cáo Ban Thường vụ.#2025-09-25#null|quarterly|định kỳ hằng quý",
        "Phủ sóng 5G tại trung tâm huyện trước ngảy 31/12/2025.#2025-01-16#2025-12-31|null|trước ngảy 31/12/2025",
        "Định kỳ hằng tháng báo cáo Sở tình hình dịch bệnh trước ngày 25.#2025-05-05#2025-05-25|monthly|trước ngày 25",
        "Định kỳ hằng tháng, các cơ quan chủ chương trình báo cáo tiến độ giải ngân về Ban Chỉ đạo (qua Phòng Tài chính - Kế hoạch) trước ngày 20.#2024-07-08#2024-07-20|monthly|trước ngày 20",
        // two points of one half-yearly cycle: each comes round once a year, so 15/6 after an October date is next June's
        "Các xã báo cáo định kỳ 6 tháng (trước ngày 15/6 và 15/12) về Phòng Nội vụ.#2025-10-06#2025-12-15|semiannual|trước ngày 15/6",
        "Các xã báo cáo định kỳ 6 tháng (trước ngày 15/6 và 15/12) về Phòng Nội vụ.#2025-03-06#2025-06-15|semiannual|trước ngày 15/6",
        // the listed days are the turns of one recurring deadline, a period apart: one deadline, first due at the first
        "Các cấp ủy định kỳ 6 tháng (trước ngày 10/6 và ngày 10/12) báo cáo kết quả.#2025-03-12#2025-06-10|semiannual|trước ngày 10/6",
        "Hằng quý báo cáo trước ngày 15/3, 15/6, 15/9 và 15/12.#2026-07-01#2026-09-15|quarterly|trước ngày 15/3",
        // days that are not one cycle's turns stay apart
        "Định kỳ 6 tháng báo cáo trước ngày 18/6 và 25/6.#2026-01-10#2026-06-18|semiannual|trước ngày 18/6;2026-06-25|semiannual|25/6",
        // a meeting of a month or quarter named by its number is no recurrence
        "Tại cuộc họp định kỳ tháng 3, Ban Thường vụ nghe báo cáo kết quả thực hiện Kế hoạch.#2027-03-16#",
        "Hội nghị định kỳ quý I năm 2027 đánh giá tình hình.#2027-01-10#",
        // a forecast's period is no due
        "Dự báo trong các tháng mùa mưa (từ tháng 7 đến tháng 10) số ca mắc tiếp tục tăng.#2026-07-21#",
        "Dự báo khoảng đêm 15/10 đến sáng 16/10/2026, bão đi vào đất liền; từ ngày 15/10 đến ngày 18/10/2026, khu vực tỉnh có mưa to.#2026-10-14#",
        "Mùa mưa tại tỉnh bắt đầu từ tháng 5, dự báo số ca mắc sẽ tiếp tục tăng và có thể đạt đỉnh vào tháng 7 đến tháng 9.#2026-04-17#",
        // a season described by its habit is no due; a campaign's window is
        "Mùa mưa bão trên địa bàn xã thường từ tháng 9 đến tháng 12 hằng năm.#2027-03-06#",
        "Mùa khô trên địa bàn tỉnh thường kéo dài từ tháng 3 đến tháng 6.#2026-02-24#",
        "Tổ chức đợt cao điểm tiêu độc khử trùng từ ngày 01/8/2024 đến ngày 31/8/2024.#2024-07-16#2024-08-31|null|từ ngày 01/8/2024 đến ngày 31/8/2024",
        // a month of the signing year that ended before the text was signed is told of, not due
        "Riêng trong tháng 6 và nửa đầu tháng 7/2024, số ổ dịch phát sinh mới tăng gần gấp ba lần.#2024-07-16#",
        "Hoàn thành rà soát trong tháng 8.#2024-07-16#2024-08-31|null|trong tháng 8",
        // ... but a task's period whose year is not printed keeps the signing year, as SPEC infers it, even when past
        "Các sở hoàn thành trong quý I.#2025-12-12#2025-03-31|null|hoàn thành trong quý I",
        // a review's likelihood is no due
        "Phần lớn chỉ tiêu có khả năng hoàn thành vào năm 2025, riêng chỉ tiêu về bác sĩ khó đạt.#2024-11-22#",
        // a day or a month carried from the date before it
        "Gửi lấy ý kiến trước ngày 10/4/2026; tổng hợp, trình ban hành trước ngày 30 cùng tháng.#2026-02-09#2026-04-10|null|trước ngày 10/4/2026;2026-04-30|null|trước ngày 30 cùng tháng",
        "Sở Xây dựng cung cấp thông tin trước ngày 15/02/2027; Sở Nông nghiệp và Môi trường hoàn thành cập nhật trong tháng đó.#2027-01-14#2027-02-15|null|trước ngày 15/02/2027;2027-02-28|null|trong tháng đó",
        "Tổng hợp trước ngày 30 cùng tháng.#2026-02-09#",
        // a year opening its clause before the completing verb; a result's year is none
        "Năm 2026 hoàn thành số hóa toàn bộ Sổ đăng ký khai sinh.#2026-02-09#2026-12-31|null|Năm 2026",
        "c) Năm 2027 hoàn thành cắm mốc giới đối với 27 hồ chứa còn lại.#2027-01-14#2027-12-31|null|Năm 2027",
        "Năm 2026 đã hoàn thành lập hồ sơ đối với 14 hồ chứa.#2027-01-14#",
        // a half year after "trong"
        "Phối hợp hoàn thành xét duyệt cho vay vốn đối với hộ có nhu cầu trong 6 tháng đầu năm 2027.#2026-09-25#2027-06-30|null|trong 6 tháng đầu năm 2027",
        // a year after the completing verb of its clause; a year that scopes figures is none
        "Chủ trì hoàn thành cập nhật bản đồ vùng nguyên liệu gắn với hệ thống kho lạnh trong năm 2026; hướng dẫn tiêu chuẩn.#2025-11-20#2026-12-31|null|trong năm 2026",
        "Phấn đấu các chỉ tiêu trong năm 2026 đạt kế hoạch.#2025-11-20#",
        "Để hoàn thành các mục tiêu, chỉ tiêu đề ra trong năm 2026, Chủ tịch UBND tỉnh yêu cầu các sở thực hiện.#2026-03-12#",

        // a period's end after a completing verb is the period's end; "cuối" without one is no due
        "Lập danh sách, gửi về Ban Chỉ huy Quân sự xã xong cuối tháng 10.#2025-10-03#2025-10-31|null|xong cuối tháng 10",
        "Hoàn thành rà soát dữ liệu lên phần mềm, xong cuối tháng 5.#2026-04-29#2026-05-31|null|xong cuối tháng 5",
        "Các xã hoàn thành cuối quý III/2026 việc cắm mốc.#2026-04-29#2026-09-30|null|hoàn thành cuối quý III/2026",
        "Kết quả là tiêu chí bình xét thi đua cuối năm 2025.#2025-10-03#",
        "Báo cáo tình hình dịch bệnh về UBND phường (qua Phòng Văn hoá - Xã hội) định kỳ hằng tháng và đột xuất khi phát sinh ổ dịch mới.#2026-04-29#null|monthly|định kỳ hằng tháng",
        // a month the text is signed in, told of as work done so far, is no due
        "Trong tháng 4/2026, các phòng, ban đã cơ bản hoàn thành nhiệm vụ được giao.#2026-04-29#",
        "Trong tháng 4/2026, các phòng hoàn thành rà soát hồ sơ.#2026-04-10#2026-04-30|null|Trong tháng 4/2026",
        // a forecast cited as the source of a sentence: its times are the forecast's, up to a request that follows
        "Theo dự báo của cơ quan khí tượng, từ nay đến cuối năm 2025 có khả năng xuất hiện 4 - 6 cơn bão; mưa lớn có thể gây ngập lụt.#2025-10-08#",
        "Theo dự báo, trong tháng 11/2026 rét đậm kéo dài, đề nghị các xã hoàn thành chống rét cho gia súc trước ngày 15/11/2026.#2026-10-20#2026-11-15|null|trước ngày 15/11/2026",
        "Theo dự báo, mùa mưa đến sớm; các xã hoàn thành nạo vét kênh mương trước ngày 30/4/2026.#2026-03-20#2026-04-30|null|trước ngày 30/4/2026",
        "Dự báo mưa lớn kéo dài. Các xã hoàn thành sơ tán dân trước 17 giờ 00 ngày 15/10/2026.#2026-10-14#2026-10-15|null|trước 17 giờ 00 ngày 15/10/2026",
        // the period an inspection looks back on is no due; the inspection's own month, planned, neither
        "- Thời kỳ kiểm tra: Từ ngày 01/01/2025 đến ngày 31/12/2025.#2025-12-26#",
        "Thời kỳ thanh tra từ ngày 01/01/2024 đến ngày 31/12/2025; thời hạn thanh tra 30 ngày.#2026-03-09#",
        // a period that qualifies a noun ("kế hoạch ... hằng năm của địa phương") makes no duty recur
        "- Xây dựng kế hoạch thực hiện Chương trình giai đoạn 2026 - 2030 và hằng năm của địa phương, hoàn thành trước ngày 30/4/2026.#2026-02-10#2026-04-30|null|hoàn thành trước ngày 30/4/2026",
        "3. Thời kỳ kiểm sát: Từ ngày 01/3/2025 đến ngày 28/02/2026.#2026-02-24#",
        "Các đơn vị được kiểm tra gửi báo cáo tự kiểm tra về Đoàn kiểm tra trước ngày 15/4/2026.#2026-03-09#2026-04-15|null|trước ngày 15/4/2026",
        // a forecaster's assessment passed on, cited or opening its sentence
        "Theo nhận định của cơ quan khí tượng thủy văn, từ tháng 3 đến tháng 6 năm 2027 trên địa bàn tỉnh có khả năng xuất hiện nhiều đợt nắng nóng.#2027-02-22#",
        "Nhận định trong tháng 7/2026 mực nước các hồ chứa xuống thấp.#2026-06-20#",
        "Theo nhận định của Đài Khí tượng, mùa khô đến sớm; đề nghị các xã hoàn thành nạo vét trước ngày 15/3/2027.#2027-02-01#2027-03-15|null|trước ngày 15/3/2027",
        "- Thời hạn trình dự thảo Quy chế: 20/10/2025.#2025-10-06#2025-10-20|null|Thời hạn trình dự thảo Quy chế: 20/10/2025",
        "Thời hạn: 30/11/2025.#2025-10-06#2025-11-30|null|Thời hạn: 30/11/2025",
        "Thời hạn sử dụng đất: 50 năm kể từ ngày ký.#2025-10-06#",
        "Văn phòng báo cáo trước ngày 20/6 và 20/12 hằng năm.#2024-03-01#2024-06-20|annual|trước ngày 20/6;2024-12-20|annual|20/12",
        "Nộp hồ sơ trước ngày 15/7/2024 và ngày 15/8/2024.#2024-03-01#2024-07-15|null|trước ngày 15/7/2024;2024-08-15|null|15/8/2024",
        "Công an xã thực hiện từ nay đến hết ngày 31/12/2024.#2024-03-01#2024-12-31|null|từ nay đến hết ngày 31/12/2024",
        "Phòng Nông nghiệp hoàn thành cơ sở dữ liệu đất đai đến hết ngày 31/3/2026.#2025-09-10#2026-03-31|null|đến hết ngày 31/3/2026",
        "Thời hạn ủy quyền kể từ ngày ký đến hết ngày 28 tháng 02 năm 2027.#2026-05-15#",
        "Đợt 1 hoàn thành từ ngày 01/4/2026 đến hết ngày 30/4/2026.#2026-03-01#2026-04-30|null|từ ngày 01/4/2026 đến hết ngày 30/4/2026",
        "Sở Y tế: Thời gian thực hiện: Tháng 4 - 5/2025.#2025-01-10#2025-05-31|null|Thời gian thực hiện: Tháng 4 - 5/2025",
        "Hoàn thành trong tháng 10 đến tháng 12/2025.#2025-01-10#2025-12-31|null|Hoàn thành trong tháng 10 đến tháng 12/2025",
        "Các sở báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12.#2025-04-10#2025-06-15|semiannual|trước ngày 15/6;2025-12-15|annual|trước ngày 15/12",
        "Sở Nội vụ: hạn chót nộp hồ sơ là ngày 15/7/2025.#2025-04-10#2025-07-15|null|hạn chót nộp hồ sơ là ngày 15/7/2025",
        "Hạn chót nộp hồ sơ: 17h00 ngày 25/11/2026.#2026-10-10#2026-11-25|null|Hạn chót nộp hồ sơ: 17h00 ngày 25/11/2026",
        "Hạn cuối nhận bài dự thi: 30/11/2026.#2026-10-10#2026-11-30|null|Hạn cuối nhận bài dự thi: 30/11/2026",
        // already sent when the document was signed: a result reported, no due (nor the report's period a recurrence)
        "Báo cáo năm 2024 của huyện đã gửi trước ngày 10/01/2025.#2025-04-10#",
        "Kết quả tăng 5% so với báo cáo năm trước, đề nghị báo cáo bổ sung.#2025-04-10#",
        "Hằng năm, rà soát, tham mưu UBND huyện ban hành văn bản.#2023-08-05#",
        "Thẩm định dự toán ngân sách hằng năm cho các hoạt động.#2023-08-05#",
        "Định kỳ hoặc đột xuất báo cáo kết quả về Phòng Văn hóa.#2023-08-05#",
        "Phấn đấu đến năm 2030 hoàn thành mục tiêu.#2023-08-05#",
        "Thực hiện trong giai đoạn 2021 - 2025 và nhiệm kỳ 2020-2025.#2023-08-05#",
        "Thường xuyên kiểm tra, đôn đốc.#2023-08-05#",
        "Kế hoạch thực hiện từ ngày 01/7/2025.#2025-06-01#",
        "Quyết định có hiệu lực kể từ ngày ký.#2025-06-01#",
        "Lễ kỷ niệm dự kiến tổ chức ngày 05/12/2025.#2025-06-01#",
        "Tuyên truyền kết quả 6 tháng đầu năm và cả năm 2025.#2025-06-01#",
        "Thời gian: ngày 05/12/2025 tại hội trường.#2025-06-01#",
        "Phấn đấu hoàn thành trước năm 2030 các mục tiêu.#2025-06-01#",
        "Các xã hoàn thành trong năm 2025.#2025-03-01#2025-12-31|null|hoàn thành trong năm 2025",
        "Định kỳ hằng quý, 6 tháng và năm báo cáo kết quả về Sở Nội vụ.#2024-02-01#null|quarterly|Định kỳ hằng quý;null|semiannual|6 tháng;null|annual|năm",
        "Hằng tháng, năm 2025 tổ chức giao ban.#2025-01-02#",
        "Báo cáo kết quả trước ngày 15 tháng 12 năm 2025.#2025-06-01#2025-12-15|null|trước ngày 15 tháng 12 năm 2025",
        "Báo cáo về Sở trước ngày 15/12 hằng năm.#2024-12-20#2025-12-15|annual|trước ngày 15/12",
        "Thời gian: Quý IV/2025.#2025-06-01#2025-12-31|null|Thời gian: Quý IV/2025",
        "Thời gian thực hiện: năm 2025.#2025-01-06#2025-12-31|null|Thời gian thực hiện: năm 2025",
        // lists of periods end with their last member; a later whole year runs to its end
        "Thời gian hoàn thành: Quý III, IV/2025.#2025-01-05#2025-12-31|null|Thời gian hoàn thành: Quý III, IV/2025",
        "Thời gian hoàn thành: Quý IV/2025, 2026.#2025-01-05#2026-12-31|null|Thời gian hoàn thành: Quý IV/2025, 2026",
        "Thời gian thực hiện: Quý II - III/2025.#2025-01-05#2025-09-30|null|Thời gian thực hiện: Quý II - III/2025",
        "Các thôn hoàn thành trong quý I và quý II năm 2026.#2025-11-05#2026-06-30|null|hoàn thành trong quý I và quý II năm 2026",
        "Thời gian thực hiện: Tháng 8, 9/2025.#2025-01-05#2025-09-30|null|Thời gian thực hiện: Tháng 8, 9/2025",
        "Thời gian thực hiện: tháng 11 và tháng 12/2025.#2025-01-05#2025-12-31|null|Thời gian thực hiện: tháng 11 và tháng 12/2025",
        "Thời gian hoàn thành: Quý I/2026.#2025-10-01#2026-03-31|null|Thời gian hoàn thành: Quý I/2026",
        "Thời gian hoàn thành: Thường xuyên.#2025-10-01#",
        // a window of months or quarters read as one span ends with it
        "Rà soát hồ sơ từ tháng 3 đến tháng 6/2025.#2025-01-05#2025-06-30|null|từ tháng 3 đến tháng 6/2025",
        "Kiểm tra từ quý II - III/2025.#2025-01-05#2025-09-30|null|từ quý II - III/2025",
        "Thực hiện từ ngày 15-3-2025 theo kế hoạch.#2025-01-05#",
        // a due day inside a numbered step, a monthly day
        "Bước 2: Niêm yết danh sách. Chậm nhất ngày 10/12/2025.#2025-11-01#2025-12-10|null|Chậm nhất ngày 10/12/2025",
        "Các thôn báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.#2025-01-05#2025-01-25|monthly|trước ngày 25",
        // a reporting day printed right before its period, no trigger word; a recurring event's day is no deadline
        "Báo cáo kết quả công tác giáo dục thể chất định kỳ vào ngày 20 tháng 5 hằng năm.#2025-09-05#2026-05-20|annual|ngày 20 tháng 5 hằng năm",
        "Các xã gửi báo cáo tình hình vào ngày 20 hằng tháng.#2025-09-05#2025-09-20|monthly|ngày 20 hằng tháng",
        "Định kỳ ngày 15/12 hằng năm, Phòng Nội vụ tổng hợp, báo cáo UBND huyện.#2025-09-05#2025-12-15|annual|ngày 15/12 hằng năm",
        "Tổ chức Ngày hội đại đoàn kết toàn dân tộc vào ngày 18/11 hằng năm.#2025-09-05#",
        // ... or right after it
        "Các xã báo cáo tình hình thiệt hại hằng tháng vào ngày 25 về Phòng Nông nghiệp.#2026-10-14#2026-10-25|monthly|hằng tháng vào ngày 25",
        "Phòng Nội vụ tổng hợp, báo cáo kết quả hằng năm, vào ngày 15/12.#2026-03-01#2026-12-15|annual|hằng năm, vào ngày 15/12",
        "Chi bộ sinh hoạt chuyên đề hằng tháng vào ngày 15.#2026-03-01#",
        // a quarter or month without a year right before "hằng năm" is due every year
        "Kiểm tra an toàn thực phẩm. Thời gian: Quý I hằng năm.#2026-01-09#2026-03-31|annual|Thời gian: Quý I",
        "Các xã tổng kết công tác trong tháng 12 hằng năm.#2026-01-09#2026-12-31|annual|trong tháng 12",
        // a day with "tháng" and "năm" but no "ngày", on one line (a page number before "tháng 9": the test below)
        "Triển khai thi công, bảo đảm hoàn thành trước 30 tháng 12 năm 2025.#2025-04-02#2025-12-30|null|hoàn thành trước 30 tháng 12 năm 2025",
        // the second of two coordinated dates in words, with or without its "ngày"
        "Định kỳ 6 tháng, hằng năm báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 6 và ngày 15 tháng 12 để tổng hợp.#2026-05-14#2026-06-15|semiannual|trước ngày 15 tháng 6;2026-12-15|annual|15 tháng 12",
        "Định kỳ 6 tháng, hằng năm báo cáo UBND tỉnh trước ngày 15 tháng 6 và 15 tháng 12.#2026-05-14#2026-06-15|semiannual|trước ngày 15 tháng 6;2026-12-15|annual|15 tháng 12",
        "Nộp hồ sơ trước ngày 15 tháng 7 năm 2026 và ngày 15 tháng 8 năm 2026.#2026-05-14#2026-07-15|null|trước ngày 15 tháng 7 năm 2026;2026-08-15|null|15 tháng 8 năm 2026",
        // a period printed again after dates already paired with their periods repeats them
        "Các sở báo cáo 6 tháng và năm trước ngày 05/6 và ngày 05/12 hằng năm.#2026-02-10#2026-06-05|semiannual|trước ngày 05/6;2026-12-05|annual|05/12",
        // the period a report's figures or an assessment cover is no due; a due after it in the sentence is
        "Số liệu báo cáo tính từ ngày 01/5/2020 đến ngày 28/02/2025.#2025-03-14#",
        "Thời gian đánh giá: từ ngày 09/5/2024 đến ngày 31/10/2026.#2026-11-05#",
        "Báo cáo kết quả (số liệu tính đến ngày 30/11/2026) gửi về Sở Nội vụ trước ngày 05/12/2026.#2026-11-05#2026-12-05|null|trước ngày 05/12/2026",
        "Định kỳ báo cáo trước ngày 15/12/2026 về Sở Nội vụ.#2026-11-05#2026-12-15|null|trước ngày 15/12/2026",
        // a task done in a period, "vào" it as "trong" it; a planned event in a period is not; "dự kiến" of the clause before
        "Tham mưu sơ kết 3 năm thực hiện Chỉ thị vào quý II/2029.#2026-10-01#2029-06-30|null|vào quý II/2029",
        "Hội nghị tổng kết dự kiến tổ chức vào tháng 12/2026.#2026-10-01#",
        "Đại hội được tổ chức vào quý II/2027.#2026-10-01#",
        "Thống nhất danh sách và dự kiến số lượng bổ sung; hoàn thành trước ngày 15/5/2026.#2026-03-01#2026-05-15|null|hoàn thành trước ngày 15/5/2026",
        // a task finished within a year years ahead is due at its end; one finished before a far year is a horizon
        "Ủy ban Kiểm tra Tỉnh ủy tiến hành giám sát chuyên đề, hoàn thành trong năm 2028.#2026-11-24#2028-12-31|null|hoàn thành trong năm 2028",
        "Phấn đấu hoàn thành trước năm 2030 các mục tiêu.#2026-11-24#",
        // a policy's period of application is a validity; a task's window is a due
        "Chính sách quy định tại Nghị quyết này được áp dụng từ ngày 01 tháng 01 năm 2025 đến hết ngày 31 tháng 12 năm 2030.#2024-12-10#",
        "Các xã thực hiện rà soát từ ngày 01/3/2025 đến ngày 30/4/2025.#2024-12-10#2025-04-30|null|từ ngày 01/3/2025 đến ngày 30/4/2025",
        // a plan's verb phrase longer than the near look; a comma parts a later due from it
        "Ban Thường vụ Đảng ủy dự kiến sơ kết 01 năm thực hiện Chỉ thị số 52-CT/TW vào tháng 9/2026.#2025-09-15#",
        "Ban Thường vụ dự kiến các nội dung trọng tâm, giao Văn phòng tổng hợp, hoàn thành trước ngày 30/9/2026.#2025-09-15#2026-09-30|null|hoàn thành trước ngày 30/9/2026",
        // "hằng năm" after the last of a half-year's days: the days recur each year, one half-year deadline
        "Văn phòng Đảng ủy theo dõi; định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm) tham mưu báo cáo Ban Thường vụ Tỉnh ủy kết quả.#2025-09-15#2025-12-15|semiannual|trước ngày 15/6",
        // a day or period already past when the document was signed, its year printed, is a result reported
        "Trong quý I năm 2026, các phòng, đơn vị đã tích cực triển khai các nhiệm vụ được giao.#2026-04-22#",
        "Trước ngày 30/6/2026, xã đã hoàn thành việc rà soát hộ nghèo.#2026-12-12#",
        "Phòng Kinh tế rà soát các trường hợp lấn chiếm, hoàn thành trước ngày 15/5/2026.#2026-04-22#2026-05-15|null|hoàn thành trước ngày 15/5/2026",
        // a half-year report with one day: that day comes once a year (the year's own report has the other half)
        "Báo cáo kết quả về UBND tỉnh định kỳ 6 tháng, trước ngày 10/6 và hằng năm, trước ngày 10/12.#2024-11-18#2025-06-10|semiannual|trước ngày 10/6;2024-12-10|annual|trước ngày 10/12",
        "Các đảng ủy báo cáo định kỳ 6 tháng (trước ngày 10/6) về Ban Thường vụ.#2026-08-08#2027-06-10|semiannual|trước ngày 10/6",
        // a report's day in the year after the one it covers comes each year; another task's is due next year once
        "Cục Môi trường tổng hợp, trình Bộ trưởng báo cáo năm về công tác quản lý chất thải rắn trên phạm vi cả nước trước ngày 31 tháng 01 của năm sau kỳ báo cáo.#2026-01-20#2026-01-31|annual|trước ngày 31 tháng 01",
        "Sở Tài chính gửi báo cáo tổng hợp trước ngày 15 tháng 01 năm sau.#2026-03-20#2027-01-15|annual|trước ngày 15 tháng 01",
        "Các xã hoàn thành việc rà soát trước ngày 15 tháng 01 năm sau.#2026-03-20#2027-01-15|null|trước ngày 15 tháng 01",
        "Tham mưu báo cáo kết quả đánh giá, xếp loại chất lượng năm 2026 của Đảng bộ gửi Ban Tổ chức Tỉnh ủy trước ngày 15/01 năm sau.#2026-09-10#2027-01-15|null|trước ngày 15/01",
        "Hằng năm, báo cáo kết quả năm 2026 và các năm tiếp theo trước ngày 15/01 năm sau.#2026-09-10#2027-01-15|annual|trước ngày 15/01",
        // a period singled out by "nhất là" is no task's time; "chậm nhất là" is a due
        "Theo dự báo, mùa khô năm 2025 - 2026 nắng nóng kéo dài, nguy cơ cháy rừng ở mức cao, nhất là từ tháng 02 đến tháng 4 năm 2026.#2025-11-24#",
        "Phòng Kinh tế báo cáo kết quả chậm nhất là ngày 30/6/2026.#2025-11-24#2026-06-30|null|chậm nhất là ngày 30/6/2026",
        // a report named by its period earlier in the clause, other words between it and its day
        "Hằng quý tổng hợp báo cáo kết quả thực hiện; báo cáo năm gửi Sở Nông nghiệp và Môi trường trước ngày 05/12.#2026-02-23#null|quarterly|Hằng quý;2026-12-05|annual|trước ngày 05/12",
        "Báo cáo năm của Sở Y tế gửi trước ngày 20/12, trong đó đánh giá đầy đủ kết quả.#2026-03-09#2026-12-20|annual|trước ngày 20/12",
        "Báo cáo 6 tháng của các xã gửi về Phòng Nội vụ trước ngày 10/6.#2026-08-10#2027-06-10|semiannual|trước ngày 10/6",
        // a year's or a school year's report is no period
        "Báo cáo năm học 2025 - 2026 gửi về Sở trước ngày 20/6.#2026-03-09#2026-06-20|null|trước ngày 20/6",
        "Định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm) báo cáo kết quả về Ban Thường vụ.#2026-09#2026-12-15|semiannual|trước ngày 15/6",
        "Hằng tháng, trước ngày 20 báo cáo kết quả về Ban Thường vụ.#2026-09#2026-09-20|monthly|trước ngày 20"
    })
    void findsDueDatesPeriodsAndRecurringReports(String sentence, String docDate, String expected) {
        List<String> want = expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertEquals(want, keys(sentence, docDate));
    }

    /**
     * A time or a recurrence in the title of a document the opening bases this one on is the cited document's, none of
     * this one's; a body's "Căn cứ ..., xây dựng kế hoạch" gives its dues. Citations read first, as the pipeline does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "QUYẾT ĐỊNH\\nCăn cứ Thông tư số 07/2026/TT-BNV ngày 15/5/2026 hướng dẫn quy trình rà soát hộ nghèo hằng năm và mẫu biểu báo cáo;\\nĐiều 1. Ban hành Kế hoạch.#2026-09-25#",
        "QUYẾT ĐỊNH\\nCăn cứ Quyết định số 318/QĐ-TTg ngày 04/3/2026 phân công cơ quan chủ trì soạn thảo văn bản quy định chi tiết các luật, nghị định được ban hành trong quý I năm 2026;\\nĐiều 1. Ban hành Kế hoạch.#2026-03-18#",
        "IV. TỔ CHỨC THỰC HIỆN\\n1. Các đảng ủy trực thuộc\\nCăn cứ Hướng dẫn này, xây dựng kế hoạch tuyên truyền, hoàn thành trong tháng 02/2027.#2027-01-08#2027-02-28|null|hoàn thành trong tháng 02/2027",
        "KẾ HOẠCH\\nThực hiện Nghị quyết số 03/NQ-ĐU ngày 10/01/2026 của Đảng ủy xã về công tác phát triển đảng viên.\\nIV. TỔ CHỨC THỰC HIỆN\\n3. Các chi bộ trực thuộc:\\n- Căn cứ Kế hoạch này và Nghị quyết số 03/NQ-ĐU của Đảng ủy, đăng ký chỉ tiêu kết nạp đảng viên năm 2026, gửi về Đảng ủy trước ngày 28/02/2026.#2026-01-22#2026-02-28|null|trước ngày 28/02/2026",
    })
    void aTimeInABasisTitleIsTheCitedDocuments(String text, String docDate, String expected) {
        String t = text.replace("\\n", "\n");
        List<io.planex.extract.model.Citation> citations = new io.planex.extract.citation.CitationExtractor()
                .extract(t, PageMap.single());
        List<String> got = extractor.extract(t, PageMap.single(), dated(docDate), citations).stream()
                .map(d -> d.date() + "|" + d.recurrence() + "|" + d.text()).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(";")), got);
    }

    /** A stop and a line break after a day end its sentence: the next item's number is no month ("28.\n4."). */
    @Test
    void aDayAtASentencesEndTakesNoMonthFromTheNextItemsNumber() {
        String next = "\n4. Liên đội phối hợp tổ chức.";
        assertEquals(List.of("2026-09-28|monthly|hằng tháng vào ngày 28"),
                keys("Giáo viên chủ nhiệm báo cáo kết quả hằng tháng vào ngày 28." + next, "2026-09-08"));
        assertEquals(List.of(), keys("Các thôn nộp danh sách trước ngày 28." + next, "2026-09-08"));
        assertEquals(List.of("2026-04-28|null|trước ngày 28. 4"), keys("Các thôn nộp danh sách trước ngày 28. 4.", "2026-01-08"));
    }

    @Test
    void aTableRowsRecurrenceStaysInItsRow() {
        String rows = "| STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |\n"
                + "| 3 | Đối thoại với người dân | Chủ tịch UBND xã | Quý I hằng năm |\n"
                + "| 4 | Tổng kết công tác | Phòng Nội vụ xã | Trước ngày 30/11/2027 |\n"
                + "| 5 | Sơ kết công tác | Phòng Nội vụ xã | Cuối Quý II/2027 |";
        assertEquals(List.of("2027-03-31|annual|Quý I", "2027-11-30|null|Trước ngày 30/11/2027",
                "2027-06-30|null|Cuối Quý II/2027"), keys(rows, "2027-01-05"));
    }

    @Test
    void aLeadCellMergedDownOverRowsLeadsEachOfThemUntilAGroupRow() {
        String table = String.join("\n",
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
                "| I | Chính quyền số | | | |",
                "| 1 | Số hóa hồ sơ | Văn phòng HĐND và UBND xã | Các bộ phận | Quý I/2027 |",
                "| 2 | Vận hành hệ thống văn bản | | Các bộ phận | Quý II/2027 |",
                "| II | Xã hội số | | | |",
                "| 3 | Phổ cập kỹ năng số | | Các thôn | Tháng 6/2027 |");
        List<Deadline> found = extractor.extract(table, PageMap.single(), dated("2026-12-05"), List.of());
        assertEquals(List.of("2027-03-31 [Văn phòng HĐND và UBND xã]", "2027-06-30 [Văn phòng HĐND và UBND xã]",
                "2027-06-30 []"), found.stream().map(d -> d.date() + " " + d.units()).toList());
    }

    /**
     * A lead or time cell that says "the same as above": the ditto planex's readers write in a cell merged down from
     * the row above, or a typist's "nt" / "-nt-" / "Như trên". Each row it stands in has the time and the lead above;
     * the deadline's place is the ditto's own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "〃", "nt", "-nt-", "Như trên", "\"",
    })
    void aDittoCellTakesTheLeadAndTimeOfTheRowAbove(String ditto) {
        String table = String.join("\n",
                "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
                "| I | Chuyển đổi số | | | |",
                "| 1 | Tuyên truyền dịch vụ công | Phòng Văn hóa - Xã hội | Đoàn Thanh niên xã | Quý II/2026 |",
                "| 2 | Làm sạch dữ liệu dân cư | Công an xã | Trưởng các thôn | " + ditto + " |",
                "| 3 | Số hóa hồ sơ | " + ditto + " | Phòng Kinh tế | " + ditto + " |",
                "| II | Hạ tầng số | | | |",
                "| 4 | Rà soát hạ tầng viễn thông | Phòng Kinh tế | | " + ditto + " |");
        List<Deadline> found = extractor.extract(table, PageMap.single(), dated("2026-02-10"), List.of());
        assertEquals(List.of("2026-06-30 [Phòng Văn hóa - Xã hội] Quý II/2026", "2026-06-30 [Công an xã] Quý II/2026",
                "2026-06-30 [Công an xã] Quý II/2026"),
                found.stream().map(d -> d.date() + " " + d.units() + " " + d.text()).toList());
        for (Deadline d : found.subList(1, 3)) assertEquals(ditto, table.substring(d.start(), d.end()));
    }

    /**
     * A task list typed with tab stops or aligned with spaces, a row's text wrapped onto a line of its own (the
     * typist's Enter inside a cell), a rule of dashes under the header and below the table: the wrapped lines go on
     * with their row, a wrapped piece under the lead's column goes on with the lead, and every row keeps its time.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "tab stops#TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn⏎1.\tRà soát, công khai danh mục TTHC\tVăn phòng HĐND và UBND xã\tQuý I/2026⏎thực hiện tại Trung tâm Phục vụ hành chính công xã⏎2.\tLàm sạch dữ liệu đất đai\tPhòng Kinh tế\tQuý III/2026⏎3.\tCấp tài khoản định danh điện tử\tCông an xã\tTháng 6/2026#2026-03-31 [Văn phòng HĐND và UBND xã];2026-09-30 [Phòng Kinh tế];2026-06-30 [Công an xã]",
        "columns of spaces#TT    Nội dung công việc                  Cơ quan chủ trì             Thời gian⏎------------------------------------------------------------------------------⏎1        Tổ chức hội nghị quán triệt Chỉ thị     Văn phòng Đảng ủy           Tháng 3/2027⏎08-CT/TU đến cán bộ chủ chốt⏎2        Giới thiệu đoàn viên ưu tú cho chi       Đoàn Thanh niên Cộng        Quý II/2027⏎bộ xem xét, bồi dưỡng                         sản Hồ Chí Minh xã⏎3        Kiểm tra việc thực hiện ở các chi bộ     Ban Xây dựng Đảng          Năm 2027⏎------------------------------------------------------------------------------#2027-03-31 [Văn phòng Đảng ủy];2027-06-30 [Đoàn Thanh niên Cộng sản Hồ Chí Minh xã];2027-12-31 [Ban Xây dựng Đảng]",
    })
    void aTypedTablesWrappedLinesGoOnWithTheirRow(String layout, String table, String expected) {
        String text = "KẾ HOẠCH\nPhát triển đảng viên năm 2027\nIV. PHÂN CÔNG THỰC HIỆN\n"
                + table.replace("⏎", "\n").replace("\\t", "\t") + "\nV. TỔ CHỨC THỰC HIỆN\nCác chi bộ thực hiện.\n";
        List<Deadline> found = extractor.extract(text, PageMap.single(), dated("2026-01-14"), List.of());
        assertEquals(List.of(expected.split(";")), found.stream().map(d -> d.date() + " " + d.units()).toList(), text);
    }

    /**
     * An assignment matrix: columns of bodies, each row's cells "C" (chủ trì) or "P" (phối hợp). A row's deadline is
     * its "C" bodies'; a task row that names three bodies is no header of such a matrix.
     */
    @Test
    void anAssignmentMatrixsRowIsDueByTheBodiesMarkedC() {
        String table = String.join("\n",
                "| TT | Nhiệm vụ | Văn phòng UBND tỉnh | Sở Nội vụ | Sở Tài chính | Công an tỉnh | Thời gian hoàn thành |",
                "| 1 | Rà soát danh mục thủ tục hành chính | C | P | | P | Quý II/2026 |",
                "| 2 | Bố trí kinh phí thực hiện | | P | C | | Tháng 9/2026 |",
                "| 3 | Tích hợp tài khoản định danh điện tử | P | | | C | Trước ngày 15/12/2026 |",
                "Ghi chú: C - Chủ trì; P - Phối hợp.",
                "| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |",
                "| 1 | Trang bị thiết bị | Phòng Kế hoạch - Tài chính | Các trường THPT | Năm 2027 | Phòng học thông minh |",
                "| 2 | Kết nối dữ liệu | Sở Tài chính | Các trường THPT | Quý I/2027 | Phòng học thông minh |");
        List<Deadline> found = extractor.extract(table, PageMap.single(), dated("2026-03-12"), List.of());
        assertEquals(List.of("2026-06-30 [Văn phòng UBND tỉnh]", "2026-09-30 [Sở Tài chính]",
                "2026-12-15 [Công an tỉnh]", "2027-12-31 [Phòng Kế hoạch - Tài chính]", "2027-03-31 [Sở Tài chính]"),
                found.stream().map(d -> d.date() + " " + d.units()).toList());
    }

    /**
     * A matrix whose bodies stand in a second header row under a cell spanning them, marked "X" for the lead and "x"
     * or "PH" for the partners: a row holding both cases leads by the capital only.
     */
    @Test
    void aMatrixUnderASpanningHeaderLeadsByItsCapitalMark() {
        String table = String.join("\n",
                "| TT | Nhiệm vụ | Phân công thực hiện | | | | Thời gian hoàn thành |",
                "| | | Sở Y tế | Sở Tài chính | Công an tỉnh | UBND các xã, phường | |",
                "| 1 | Bảo đảm thuốc, vật tư, hóa chất | X | x | | | Trước 30/6/2026 |",
                "| 2 | Thẩm định, bố trí kinh phí | PH | X | | PH | Quý II/2026 |",
                "| 3 | Tổng vệ sinh môi trường | x | | | X | Trước 31/5/2026 |",
                "| 4 | Bảo đảm an ninh, trật tự | x | | X | x | Quý III/2026 |",
                "Ghi chú: X - cơ quan chủ trì thực hiện; x hoặc PH - cơ quan phối hợp thực hiện.");
        List<String> expected = List.of("2026-06-30 [Sở Y tế]", "2026-06-30 [Sở Tài chính]",
                "2026-05-31 [UBND các xã, phường]", "2026-09-30 [Công an tỉnh]");
        List<Deadline> found = extractor.extract(table, PageMap.single(), dated("2026-03-12"), List.of());
        assertEquals(expected, found.stream().map(d -> d.date() + " " + d.units()).toList());
        // as a Word 97 file's reader writes it: the spanning cell once, the first row padded at its end
        String fromDoc = table.replace("| TT | Nhiệm vụ | Phân công thực hiện | | | | Thời gian hoàn thành |",
                "| TT | Nhiệm vụ | Phân công thực hiện | Thời gian hoàn thành | | | |");
        found = extractor.extract(fromDoc, PageMap.single(), dated("2026-03-12"), List.of());
        assertEquals(expected, found.stream().map(d -> d.date() + " " + d.units()).toList());
    }

    @Test
    void aRowsDeadlineIsItsLeadCellsLeadUnits() {
        String table = String.join("\n",
                "| TT | Nội dung | Đơn vị thực hiện | Thời gian |",
                "| 1 | Xây dựng sản phẩm du lịch | Phòng Văn hóa và Thông tin (chủ trì), UBND các xã | Quý II/2026 |",
                "| 2 | Quảng bá du lịch | Trung tâm Truyền thông (chủ trì); Phòng Văn hóa và Thông tin (phối hợp) | Tháng 5/2026 |",
                "| 3 | Đào tạo nhân lực | Chủ trì: Phòng Nội vụ; phối hợp: các xã | Năm 2026 |");
        List<Deadline> found = extractor.extract(table, PageMap.single(), dated("2026-03-10"), List.of());
        assertEquals(List.of("[Phòng Văn hóa và Thông tin]", "[Trung tâm Truyền thông]", "[Phòng Nội vụ]"),
                found.stream().map(d -> d.units().toString()).toList());
    }

    @Test
    void aUnitNamedAsAHeadingWithAColonIsTheActorOfTheItemsUnderIt() {
        String text = String.join("\n", "KẾ HOẠCH", "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026",
                "II. TỔ CHỨC THỰC HIỆN", "Trạm Y tế xã:",
                "- Chủ trì, phối hợp với các đơn vị liên quan tổ chức kiểm tra các cơ sở kinh doanh thực phẩm.",
                "- Tổng hợp kết quả, báo cáo UBND xã trước ngày 20/5/2026.", "Trưởng các thôn:",
                "- Thực hiện các nội dung sau:", "+ Báo cáo kết quả về Trạm Y tế xã trước ngày 15/5/2026.");
        List<Deadline> found = new io.planex.extract.PlanExtractor().extract(text).deadlines();
        assertEquals(List.of("2026-05-20 [Trạm Y tế xã]", "2026-05-15 [Trưởng các thôn]"),
                found.stream().map(d -> d.date() + " " + d.units()).toList());
    }

    @Test
    void oneOfficeServingTwoBodiesIsOneActor() {
        Deadline d = extractor.extract("Văn phòng HĐND và UBND huyện trình UBND huyện trong tháng 5 năm 2025.",
                PageMap.single(), dated("2025-04-02"), List.of()).get(0);
        assertEquals(List.of("Văn phòng HĐND và UBND huyện"), d.units());
        Deadline two = extractor.extract("Phòng Nội vụ và Phòng Tư pháp báo cáo trước ngày 15/12/2025.",
                PageMap.single(), dated("2025-04-02"), List.of()).get(0);
        assertEquals(List.of("Phòng Nội vụ", "Phòng Tư pháp"), two.units());
    }

    @Test
    void pageNumberBeforeAMonthIsNoDay() {
        String text = "Các đơn vị hoàn thành trong 4\n\n   tháng 9 năm 2021 theo kế hoạch.";
        List<Deadline> found = extractor.extract(text, PageMap.single(), dated("2021-03-01"), List.of());
        assertEquals(List.of(), found.stream().map(Deadline::date).filter("2021-09-04"::equals).toList());
    }

    @Test
    void yearComesFromTheDocumentDateThenTitleThenImplementedPlan() {
        String sentence = "Báo cáo trước ngày 15/12.";
        DocumentHeader yearOnly = dated("2023");
        assertEquals("2023-12-15", extractor.extract(sentence, PageMap.single(), yearOnly, List.of()).get(0).date());
        DocumentHeader titled = new DocumentHeader("KH", null, null, null, null, null, null,
                "công tác thông tin đối ngoại năm 2025, tầm nhìn đến năm 2030", null, List.of());
        assertEquals("2025-12-15", extractor.extract(sentence, PageMap.single(), titled, List.of()).get(0).date());
        DocumentHeader none = DocumentHeader.empty();
        Citation implemented = new Citation("88/KH-UBND", "KH", "Kế hoạch", "88", null, "UBND", "2024-08-02",
                "UBND huyện", true, List.of());
        Citation other = new Citation("9/KH-UBND", "KH", "Kế hoạch", "9", null, "UBND", "2026-01-01", null, false,
                List.of());
        assertEquals("2024-12-15",
                extractor.extract(sentence, PageMap.single(), none, List.of(implemented, other)).get(0).date());
        assertEquals(null, extractor.extract(sentence, PageMap.single(), none, List.of()).get(0).date());
    }

    @Test
    void actorsActionAndReportToComeFromTheSentence() {
        String text = "Yêu cầu Thủ trưởng các phòng, ngành huyện và Chủ tịch UBND các xã, thị trấn tổ chức triển khai "
                + "thực hiện, định kỳ hàng năm báo cáo kết quả về UBND huyện (qua phòng Văn hóa và Thông tin huyện) "
                + "trước ngày 15/12 theo quy định./.";
        Deadline d = extractor.extract(text, PageMap.single(), dated("2023"), List.of()).get(0);
        assertEquals(List.of("Thủ trưởng các phòng, ngành huyện", "Chủ tịch UBND các xã, thị trấn"), d.units());
        assertEquals("báo cáo kết quả", d.action());
        assertEquals("UBND huyện", d.reportTo());
        assertEquals("trước ngày 15/12", text.substring(d.start(), d.end()));
        assertEquals("2023-12-15", d.date());
        assertEquals("annual", d.recurrence());

        String party = "Đảng ủy xã đề nghị các cơ quan, đơn vị, các Chi, Đảng bộ triển khai, thực hiện và báo cáo kết quả "
                + "công tác năm 2025 về Đảng ủy xã (qua Ban Xây dựng Đảng) trước ngày 10/12/2025.";
        Deadline p = extractor.extract(party, PageMap.single(), dated("2025-08-05"), List.of()).get(0);
        assertEquals(List.of("Các cơ quan, đơn vị", "Các Chi, Đảng bộ"), p.units());
        assertEquals("báo cáo kết quả công tác năm 2025", p.action());
    }

    @Test
    void subjectlessDeadlinesTakeTheirUnitItemHeading() {
        List<Deadline> ds = new PlanExtractor().extract(SampleDocuments.COMMUNE_PLAN).deadlines();
        assertEquals(2, ds.size());
        assertEquals("2024-11-20", ds.get(0).date());
        assertEquals(List.of("Công chức Văn hóa - Xã hội"), ds.get(0).units());
        assertEquals("quarterly", ds.get(1).recurrence());
        assertEquals(List.of("Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ xã"), ds.get(1).units());
        assertEquals("báo cáo kết quả hoạt động của tổ công nghệ số", ds.get(1).action());
    }

    @Test
    void aLabelledTasksTimeTakesTheBodyOfItsLeadLabel() {
        String plan = "KẾ HOẠCH\nChuyển đổi số năm 2026\nII. NỘI DUNG HOẠT ĐỘNG\n1. Tuyên truyền\n"
                + "- Đơn vị thực hiện: Công chức Văn hóa - Xã hội.\n- Thời gian thực hiện: Tháng 3/2026.\n"
                + "2. Phiên chợ không dùng tiền mặt\n- Đơn vị chủ trì: Hội Liên hiệp Phụ nữ xã.\n"
                + "- Đơn vị phối hợp: Các thôn.\n- Thời gian hoàn thành: Quý IV/2026.\n"
                + "3. Tổng hợp kết quả\n- Thời gian hoàn thành: Quý IV/2026.\n";
        List<Deadline> ds = new PlanExtractor().extract(plan).deadlines();
        assertEquals(List.of(List.of("Công chức Văn hóa - Xã hội"), List.of("Hội Liên hiệp Phụ nữ xã"), List.of()),
                ds.stream().map(Deadline::units).toList());
    }

    @Test
    void sampleDocumentsGiveTheirDeadlines() {
        PlanExtractor plans = new PlanExtractor();
        assertEquals(List.of("2024-06-01|null", "2024-11-01|null", "null|semiannual"),
                summary(plans.extract(SampleDocuments.DISTRICT_PARTY_PLAN).deadlines()));
        assertEquals(List.of("2024-09-30|null", "2025-01-25|null"),
                summary(plans.extract(SampleDocuments.PROVINCIAL_DECISION).deadlines()));
        assertEquals(List.of("2026-01-30|null"), summary(plans.extract(SampleDocuments.DISTRICT_LETTER).deadlines()));
        List<Deadline> table = plans.extract(SampleDocuments.TABLE_PLAN).deadlines();
        assertTrue(summary(table).containsAll(List.of("2025-06-30|null", "2025-12-31|null")), summary(table).toString());
        assertEquals(3, table.size(), "the 'Thường xuyên' row is not a deadline");
    }

    private static List<String> summary(List<Deadline> ds) {
        return ds.stream().map(d -> d.date() + "|" + d.recurrence()).toList();
    }

    @Test
    void neverThrowsOnOddInput() {
        assertEquals(List.of(), extractor.extract("", PageMap.single(), DocumentHeader.empty(), List.of()));
        extractor.extract("trước ngày 99/99 chậm nhất từ ngày đến ngày hằng quý báo cáo", null, null, null);
    }
}
