package io.planex.ingest.pdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.pdf.PdfPageReader;
import io.planex.ingest.pdf.table.RuledTablePdf.Order;
import io.planex.ingest.pdf.table.RuledTablePdf.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PDF page holding a ruled table is read with each table row on one line, its cells kept apart by '|' and each
 * cell's wrapped lines joined, whatever way the rules are drawn, the order the text is shown in, the matrix it
 * is drawn under and the page's /Rotate (a landscape appendix shown turned); the text around the table stays where it was. Pages without rules are read as before.
 */
class RuledTableReadingTest {
    static final float[] WIDTHS = {28, 150, 70, 80, 65, 60};
    static final List<List<String>> TASKS = List.of(
            List.of("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                    "Sản phẩm"),
            List.of("1", "Xây dựng kế hoạch triển khai thực hiện Đề án trên địa bàn tỉnh", "Sở Nội vụ",
                    "Các sở, ban, ngành", "Quý III/2025", "Kế hoạch"),
            List.of("2", "Làm sạch dữ liệu dân cư trên địa bàn toàn huyện", "Công an huyện",
                    "UBND các xã, thị trấn", "Tháng 6/2026", "Báo cáo kết quả"),
            List.of("3", "Tuyên truyền về Đề án trên các phương tiện thông tin đại chúng",
                    "Trung tâm Văn hóa, Thể thao và Truyền thông", "Các cơ quan, đơn vị", "Thường xuyên", "Tin, bài"));

    /** The end of a page's text: the last line's end and the stripper's page end, as on any page. */
    static final String END = "\n\n";

    static String page(List<String> lines) {
        return String.join("\n", lines) + END;
    }

    /** The rows as they must come out: every cell whole, one row a line. */
    static List<String> rows(List<List<String>> table) {
        List<String> out = new ArrayList<>();
        for (List<String> row : table) out.add("| " + String.join(" | ", row) + " |");
        return out;
    }

    static Stream<Arguments> drawings() {
        return Stream.of(
                Arguments.of(Rules.STROKED_LINES, Order.CELL_BY_CELL, 1f, false),
                Arguments.of(Rules.STROKED_LINES, Order.LINE_ACROSS, 1f, false),
                Arguments.of(Rules.FILLED_BARS, Order.CELL_BY_CELL, 1f, false),
                Arguments.of(Rules.FILLED_BARS, Order.LINE_ACROSS, 0.5f, false),
                Arguments.of(Rules.CELL_RECTANGLES, Order.LINE_ACROSS, 1f, false),
                Arguments.of(Rules.CELL_RECTANGLES, Order.CELL_BY_CELL, 2f, false),
                Arguments.of(Rules.STROKED_LINES, Order.CELL_BY_CELL, 1f, true),
                Arguments.of(Rules.FILLED_BARS, Order.LINE_ACROSS, 0.5f, true));
    }

    @ParameterizedTest(name = "{0}, {1}, scale {2}, turned {3}")
    @MethodSource("drawings")
    void aTableWithWrappedCellsIsReadRowByRow(Rules rules, Order order, float scale, boolean turned) throws Exception {
        RuledTablePdf fixture = new RuledTablePdf().rules(rules).order(order).scaled(scale);
        if (turned) fixture.turned();
        byte[] pdf = fixture
                .text("PHỤ LỤC", "Danh mục nhiệm vụ triển khai Đề án năm 2025")
                .table(WIDTHS, TASKS)
                .text("Các cơ quan báo cáo kết quả thực hiện về Sở Nội vụ.", "Kế hoạch này thay thế Kế hoạch năm 2024.")
                .build();
        PdfPageReader.PageRead read = read(pdf, 0, true);
        List<String> expected = new ArrayList<>();
        expected.add("PHỤ LỤC");
        expected.add("Danh mục nhiệm vụ triển khai Đề án năm 2025");
        expected.addAll(rows(TASKS));
        expected.add("Các cơ quan báo cáo kết quả thực hiện về Sở Nội vụ.");
        expected.add("Kế hoạch này thay thế Kế hoạch năm 2024.");
        assertEquals(page(expected), read.text());
        assertEquals(1, read.tables());
        assertFalse(read.endsInTable(), "text follows the table");
    }

    /** Merged cells: a two-row header whose "Cơ quan thực hiện" spans its sub-headers, a group row, a lead spanning two rows. */
    @Test
    void mergedCellsKeepEachColumnInItsPlace() throws Exception {
        List<List<String>> table = List.of(
                List.of("STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "<", "Thời gian", "Sản phẩm"),
                List.of("^", "^", "Chủ trì", "Phối hợp", "^", "^"),
                List.of("I", "Nhóm nhiệm vụ hoàn thiện thể chế", "<", "<", "<", "<"),
                List.of("1", "Rà soát quy chế làm việc của Ủy ban nhân dân", "Văn phòng UBND tỉnh", "Các sở, ngành",
                        "Quý IV/2025", "Quy chế"),
                List.of("2", "Sửa đổi quy chế phối hợp", "^", "Sở Tư pháp", "Quý I/2026", "Quyết định"));
        for (Rules rules : List.of(Rules.STROKED_LINES, Rules.CELL_RECTANGLES)) {
            byte[] pdf = new RuledTablePdf().rules(rules).table(WIDTHS, table).build();
            assertEquals(String.join("\n",
                    "| STT | Nội dung nhiệm vụ | Cơ quan thực hiện Chủ trì | Cơ quan thực hiện Phối hợp | Thời gian | Sản phẩm |",
                    "| I | Nhóm nhiệm vụ hoàn thiện thể chế | | | | |",
                    "| 1 | Rà soát quy chế làm việc của Ủy ban nhân dân | Văn phòng UBND tỉnh | Các sở, ngành | Quý IV/2025 | Quy chế |",
                    "| 2 | Sửa đổi quy chế phối hợp | 〃 | Sở Tư pháp | Quý I/2026 | Quyết định |") + END,
                    read(pdf, 0, true).text(), rules.toString());
        }
    }

    /** A table that runs to the foot of its page says so, and its rows on the next page are read without a header. */
    @Test
    void aTableGoingOnOverThePageReadsOnBothPages() throws Exception {
        byte[] pdf = new RuledTablePdf()
                .text("PHỤ LỤC")
                .table(WIDTHS, TASKS.subList(0, 3))
                .page()
                .table(WIDTHS, TASKS.subList(3, 4))
                .text("Nơi nhận:")
                .build();
        PdfPageReader.PageRead first = read(pdf, 0, true);
        assertEquals("PHỤ LỤC\n" + String.join("\n", rows(TASKS.subList(0, 3))) + END, first.text());
        assertTrue(first.endsInTable());
        PdfPageReader.PageRead second = read(pdf, 1, true);
        assertEquals(String.join("\n", rows(TASKS.subList(3, 4))) + "\nNơi nhận:" + END, second.text());
    }

    static Stream<Arguments> pagesWithoutRuledTables() {
        return Stream.of(
                Arguments.of("prose", new RuledTablePdf().text("KẾ HOẠCH", "Triển khai thực hiện Đề án năm 2025",
                        "1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành xây dựng kế hoạch.").build()),
                Arguments.of("borderless columns", new RuledTablePdf().rules(Rules.NONE).text("PHỤ LỤC")
                        .table(WIDTHS, TASKS).build()),
                Arguments.of("underlined header (rules, no grid)", underlinedHeader()));
    }

    /** A page without a ruled table reads exactly as it does without table reading. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithoutRuledTables")
    void aPageWithoutRuledTableReadsAsBefore(String name, byte[] pdf) throws Exception {
        PdfPageReader.PageRead plain = read(pdf, 0, false);
        PdfPageReader.PageRead withTables = read(pdf, 0, true);
        assertEquals(plain.text(), withTables.text());
        assertEquals(0, withTables.tables());
    }

    /** A one-row, two-column frame of lines under a heading: rules, but fewer than a table's. */
    private static byte[] underlinedHeader() {
        return new RuledTablePdf().table(new float[] {200, 200},
                List.of(List.of("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).build();
    }

    static PdfPageReader.PageRead read(byte[] pdf, int page, boolean tables) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfPageReader(true).read(doc, page, tables);
        }
    }
}
