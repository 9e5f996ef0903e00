package io.planex.ingest.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.Unit;
import io.planex.ingest.DocumentReader;
import io.planex.ingest.IngestedDocument;
import io.planex.ingest.OcrMode;
import io.planex.ingest.PageText;
import io.planex.ingest.pdf.table.RuledTablePdf.Order;
import io.planex.ingest.pdf.table.RuledTablePdf.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plan PDF whose tasks are an appendix table with ruled cells, wrapped in several columns and going on over the
 * next page without its header, read as the CLI reads it (DocumentReader, then PlanExtractor): the lead column
 * gives the units, the time column the deadlines, as from the same table in a DOCX.
 */
class PdfTaskTableExtractionTest {
    private static final float[] WIDTHS = {28, 140, 72, 80, 62, 60};
    private static final List<String> HEADER = List.of("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
            "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm");
    private static final List<List<String>> FIRST_PAGE_ROWS = List.of(
            List.of("1", "Làm sạch dữ liệu dân cư trên địa bàn toàn huyện", "Công an huyện", "UBND các xã, thị trấn",
                    "Tháng 6/2026", "Báo cáo kết quả"),
            List.of("2", "Số hóa hồ sơ hộ tịch của các xã, thị trấn", "Phòng Tư pháp",
                    "Phòng Văn hóa và Thông tin", "Quý III/2026", "Cơ sở dữ liệu hộ tịch"));
    private static final List<List<String>> SECOND_PAGE_ROWS = List.of(
            List.of("3", "Triển khai thanh toán không dùng tiền mặt", "Phòng Tài chính - Kế hoạch",
                    "Kho bạc Nhà nước khu vực", "Năm 2026", "Báo cáo"),
            List.of("4", "Tuyên truyền về Đề án trên các phương tiện thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thông",
                    "Các cơ quan, đơn vị", "Thường xuyên", "Tin, bài"));

    private static byte[] plan(Rules rules, Order order) {
        List<List<String>> first = new java.util.ArrayList<>();
        first.add(HEADER);
        first.addAll(FIRST_PAGE_ROWS);
        return new RuledTablePdf().rules(rules).order(order)
                .text("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG LÂM", "Số: 88/KH-UBND",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "Đông Lâm, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH",
                        "Triển khai Đề án phát triển ứng dụng dữ liệu dân cư năm 2026",
                        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng dữ liệu dân cư trên địa bàn.",
                        "II. TỔ CHỨC THỰC HIỆN",
                        "Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục chủ động triển khai thực hiện.",
                        "PHỤ LỤC", "NHIỆM VỤ TRIỂN KHAI NĂM 2026")
                .table(WIDTHS, first)
                .page()
                .table(WIDTHS, SECOND_PAGE_ROWS)
                .text("Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.")
                .build();
    }

    static Stream<Arguments> drawings() {
        return Stream.of(Arguments.of(Rules.STROKED_LINES, Order.CELL_BY_CELL),
                Arguments.of(Rules.FILLED_BARS, Order.LINE_ACROSS),
                Arguments.of(Rules.CELL_RECTANGLES, Order.LINE_ACROSS));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("drawings")
    void theTaskTableGivesUnitsAndDeadlines(Rules rules, Order order, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach.pdf");
        Files.write(file, plan(rules, order));
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        // the rows reach the text whole, on both pages, and text repair leaves them as they are
        for (List<String> row : concat(List.of(HEADER), FIRST_PAGE_ROWS, SECOND_PAGE_ROWS)) {
            String line = "| " + String.join(" | ", row) + " |";
            assertTrue(("\n" + doc.text() + "\n").contains("\n" + line + "\n"), line + "\n in\n" + doc.text());
        }
        Extraction e = assertTheTablesUnitsAndDeadlines(doc);
        assertEquals(List.of(1, 1, 2), e.deadlines().stream().map(Deadline::page).toList());
    }

    /** The four lead units of the plan's table and the three dated rows' deadlines, each with its unit. */
    private static Extraction assertTheTablesUnitsAndDeadlines(IngestedDocument doc) {
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        assertEquals(List.of("Công an huyện", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
                "Trung tâm Văn hóa, Thể thao và Truyền thông"),
                e.units().stream().filter(Unit::lead).map(Unit::name).toList(), doc.text());
        assertEquals(List.of("2026-06-30 Công an huyện", "2026-09-30 Phòng Tư pháp",
                        "2026-12-31 Phòng Tài chính - Kế hoạch"),
                e.deadlines().stream().map(PdfTaskTableExtractionTest::dateAndUnits).toList(), doc.text());
        return e;
    }

    /**
     * A row broken by the page break (Word lets rows break across pages): its cells' first lines at the foot of the
     * first page, the rest at the head of the second, in a row with no number of its own. One row again, so the
     * lead cell names its unit whole and the time cell gives its deadline.
     */
    @Test
    void aRowBrokenAcrossThePageIsOneRow(@TempDir Path dir) throws Exception {
        List<List<String>> first = new java.util.ArrayList<>();
        first.add(HEADER);
        first.addAll(FIRST_PAGE_ROWS);
        first.add(List.of("3", "Triển khai thanh toán", "Phòng Tài chính -", "Kho bạc", "Năm", "Báo"));
        List<List<String>> second = List.of(
                List.of("", "không dùng tiền mặt", "Kế hoạch", "Nhà nước khu vực", "2026", "cáo"),
                SECOND_PAGE_ROWS.get(1));
        byte[] pdf = new RuledTablePdf()
                .text("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG LÂM", "Số: 88/KH-UBND", "Đông Lâm, ngày 05 tháng 3 năm 2026",
                        "KẾ HOẠCH", "Triển khai Đề án phát triển ứng dụng dữ liệu dân cư năm 2026",
                        "II. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục thực hiện.",
                        "PHỤ LỤC")
                .table(WIDTHS, first)
                .page()
                .table(WIDTHS, second)
                .text("Nơi nhận:", "- Lưu: VT.")
                .build();
        Path file = dir.resolve("ke-hoach-dong-tach.pdf");
        Files.write(file, pdf);
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        assertTrue(doc.text().contains("\n| 3 | Triển khai thanh toán không dùng tiền mặt | Phòng Tài chính - Kế hoạch"
                + " | Kho bạc Nhà nước khu vực | Năm 2026 | Báo cáo |\n"), doc.text());
        assertFalse(doc.text().contains("| | không dùng"), doc.text());
        assertTheTablesUnitsAndDeadlines(doc);
    }

    /** A lead cell listing its bodies one a line keeps them apart; a name broken inside its cell stays one. */
    @Test
    void bodiesOneALineInALeadCellAreUnitsEach(@TempDir Path dir) throws Exception {
        List<List<String>> rows = List.of(HEADER,
                List.of("1", "Số hóa hồ sơ lưu trữ của huyện", "Phòng Nội vụ\nPhòng Y tế",
                        "Các xã, thị trấn", "Quý II/2026", "Kho dữ liệu"),
                // a name broken after its joining word, the next line opening with a body: still one name
                List.of("2", "Công khai thủ tục hành chính", "Văn phòng HĐND và\nUBND huyện", "Các xã",
                        "Quý III/2026", "Danh mục"),
                SECOND_PAGE_ROWS.get(1));
        byte[] pdf = new RuledTablePdf()
                .text("ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG LÂM", "Số: 95/KH-UBND", "Đông Lâm, ngày 05 tháng 3 năm 2026",
                        "KẾ HOẠCH", "Chuyển đổi số năm 2026", "II. NHIỆM VỤ CỤ THỂ")
                .table(new float[] {28, 120, 100, 72, 62, 60}, rows) // the lead column wide enough for each name
                .text("Nơi nhận:", "- Lưu: VT.")
                .build();
        Path file = dir.resolve("ke-hoach-don-vi.pdf");
        Files.write(file, pdf);
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        assertEquals(List.of("Phòng Nội vụ", "Phòng Y tế", "Văn phòng HĐND và UBND huyện",
                        "Trung tâm Văn hóa, Thể thao và Truyền thông"),
                e.units().stream().filter(Unit::lead).map(Unit::name).toList(), doc.text());
    }

    /** The same plan with its table borderless: no rules, so nothing changes (the pages keep the text Tika gives). */
    @Test
    void aBorderlessTableIsLeftAsTikaReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-khong-ke.pdf");
        Files.write(file, plan(Rules.NONE, Order.CELL_BY_CELL));
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        for (PageText p : doc.rawPages()) assertFalse(p.text().contains("|"), p.text());
    }

    private static String dateAndUnits(Deadline d) {
        return d.date() + " " + String.join(";", d.units());
    }

    @SafeVarargs
    private static List<List<String>> concat(List<List<String>>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
