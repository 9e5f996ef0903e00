package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.PlanExtractor;
import io.planex.extract.model.Extraction;
import io.planex.extract.model.Unit;
import io.planex.testkit.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout classes of real documents in the form a DOCX gives them through Tika: the header as a two-column table
 * (issuer cell, motto cell), tasks as a table with a lead-unit column, and the signature as the right cell beside
 * "Nơi nhận". Built as DOCX files here, read by the real reader, extracted.
 */
class DocxLayoutExtractionTest {
    private static final String PLAN = String.join("\n",
            "| ỦY BAN NHÂN DÂN\\nXÃ HÒA AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc |",
            "| Số: 17/KH-UBND | Hòa An, ngày 05 tháng 01 năm 2025 |",
            "KẾ HOẠCH",
            "Phòng cháy, chữa cháy rừng năm 2025",
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND huyện Đông Lâm về phòng cháy rừng;",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Chủ động phòng ngừa cháy rừng.",
            "II. NHIỆM VỤ",
            "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
            "| 1 | Rà soát phương án chữa cháy | Công an xã | Ban Chỉ huy Quân sự xã | Quý I/2025 |",
            "| 2 | Tuyên truyền phòng cháy | Công chức Văn hóa - Xã hội | Các thôn | Tháng 3/2025 |",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Trạm Y tế xã",
            "Chuẩn bị lực lượng sơ cứu.",
            "| Nơi nhận:\\n- UBND huyện;\\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n\\nLê Thị Thu Hà |");

    @Test
    void headerTasksAndSignatureInTablesAreRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach.docx");
        Files.write(file, Documents.docxWithTables(PLAN));
        assertReadsThePlan(file);
    }

    /** The same plan as a page saved from a portal: HTML tables, which Tika returns one cell a line too. */
    @Test
    void theSameTablesInHtmlAreRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach.html");
        Files.writeString(file, html(PLAN));
        assertReadsThePlan(file);
    }

    /**
     * A Party committee's plan: header table (parent organisation, committee, "*", number | "ĐẢNG CỘNG SẢN VIỆT NAM",
     * date), a task table whose partner column names a body that is no lead, the signature beside "Nơi nhận".
     */
    private static final String PARTY_PLAN = String.join("\n",
            "| ĐẢNG BỘ TỈNH LÂM GIANG\\nHUYỆN ỦY ĐÔNG LÂM\\n*\\nSố 102-KH/HU | ĐẢNG CỘNG SẢN VIỆT NAM\\nĐông Lâm, ngày 12 tháng 3 năm 2025 |",
            "KẾ HOẠCH",
            "thực hiện Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương",
            "III. TỔ CHỨC THỰC HIỆN",
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
            "| 1 | Sắp xếp tổ chức bộ máy | Ban Tổ chức Huyện ủy | Văn phòng Huyện ủy | Quý II/2025 |",
            "| 2 | Rà soát quy chế làm việc | Văn phòng Huyện ủy | Các ban đảng | Quý III, IV/2025 |",
            "| 3 | Sơ kết thực hiện | Ban Tuyên giáo và Dân vận Huyện ủy | Các chi, đảng bộ | Thường xuyên |",
            "Các chi, đảng bộ cơ sở báo cáo kết quả về Ban Thường vụ Huyện ủy trước ngày 25 hằng tháng.",
            "| Nơi nhận:\\n- Ban Thường vụ Tỉnh ủy,\\n- Lưu Văn phòng Huyện ủy. | T/M BAN THƯỜNG VỤ\\nPHÓ BÍ THƯ\\n\\nTrần Văn Lực |");

    @Test
    void aPartyPlanInDocxTablesIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-dang.docx");
        Files.write(file, Documents.docxWithTables(PARTY_PLAN));
        assertReadsThePartyPlan(file);
    }

    @Test
    void aPartyPlanInHtmlTablesIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-dang.html");
        Files.writeString(file, html(PARTY_PLAN));
        assertReadsThePartyPlan(file);
    }

    private static void assertReadsThePartyPlan(Path file) throws Exception {
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        assertEquals("KH", e.document().type(), doc.text());
        assertEquals("102-KH/HU", e.document().symbol());
        assertEquals("2025-03-12", e.document().date());
        assertEquals("Huyện ủy Đông Lâm", e.document().issuer());
        assertEquals("Trần Văn Lực", e.document().signer().name(), doc.text());
        assertEquals("Phó Bí thư", e.document().signer().title());
        assertEquals(List.of("Các chi, đảng bộ cơ sở", "Ban Tổ chức Huyện ủy", "Văn phòng Huyện ủy",
                "Ban Tuyên giáo và Dân vận Huyện ủy"),
                e.units().stream().filter(Unit::lead).map(Unit::name).toList(), doc.text());
        assertEquals(List.of("2025-06-30", "2025-12-31", "2025-03-25|monthly"), e.deadlines().stream()
                .map(d -> d.date() + (d.recurrence() == null ? "" : "|" + d.recurrence())).toList(), doc.text());
        assertEquals("Ban Chấp hành Trung ương", e.citations().get(0).issuer());
    }

    /**
     * A plan whose tasks are an appendix table with the time before the lead column ("Đơn vị thực hiện"), and task
     * cells as long as a full line: a cell is a paragraph of its own, never the first half of a line the next cell
     * (a year, a body) continues.
     */
    private static final String APPENDIX_PLAN = String.join("\n",
            "| ỦY BAN NHÂN DÂN\\nHUYỆN ĐÔNG LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc |",
            "| Số: 88/KH-UBND | Đông Lâm, ngày 05 tháng 3 năm 2026 |",
            "KẾ HOẠCH",
            "Triển khai Đề án phát triển ứng dụng dữ liệu dân cư năm 2026",
            "III. TỔ CHỨC THỰC HIỆN",
            "1. Công an huyện là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
            "2. Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục chủ động triển khai thực hiện.",
            "| Nơi nhận:\\n- UBND tỉnh;\\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\n\\nNguyễn Văn Bình |",
            "PHỤ LỤC",
            "NHIỆM VỤ TRIỂN KHAI NĂM 2026",
            "| STT | Nội dung nhiệm vụ | Thời gian hoàn thành | Đơn vị thực hiện | Đơn vị phối hợp |",
            "| 1 | Làm sạch dữ liệu dân cư trên địa bàn toàn huyện | Tháng 6/2026 | Công an huyện | UBND các xã |",
            "| 2 | Số hóa hồ sơ hộ tịch của các xã, thị trấn | Quý III/2026 | Phòng Tư pháp | Phòng Văn hóa và Thông tin |",
            "| 3 | Triển khai thanh toán không dùng tiền mặt | Năm 2026 | Phòng Tài chính - Kế hoạch | Kho bạc Nhà nước khu vực |",
            "| 4 | Tuyên truyền về Đề án trên các phương tiện | Thường xuyên | Trung tâm Văn hóa, Thể thao và Truyền thông | Các cơ quan, đơn vị |");

    @Test
    void anAppendixTableWithTheTimeBeforeTheLeadColumnIsReadFromDocx(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-phu-luc.docx");
        Files.write(file, Documents.docxWithTables(APPENDIX_PLAN));
        assertReadsTheAppendixPlan(file);
    }

    @Test
    void anAppendixTableWithTheTimeBeforeTheLeadColumnIsReadFromHtml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-phu-luc.html");
        Files.writeString(file, html(APPENDIX_PLAN));
        assertReadsTheAppendixPlan(file);
    }

    private static void assertReadsTheAppendixPlan(Path file) throws Exception {
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        assertEquals(List.of("Công an huyện", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
                "Trung tâm Văn hóa, Thể thao và Truyền thông"),
                e.units().stream().filter(Unit::lead).map(Unit::name).toList(), doc.text());
        assertEquals(List.of("2026-06-30", "2026-09-30", "2026-12-31"),
                e.deadlines().stream().map(d -> d.date()).toList(), doc.text());
    }

    /**
     * A task table whose lead cell names two bodies, one a paragraph each (how Word users list them in a cell): two
     * units, not one name run together; a name broken by hand inside its cell ("... Thể thao" / "và Truyền thông",
     * "Văn phòng HĐND và" / "UBND huyện") stays one.
     */
    private static final String BODIES_A_PARAGRAPH_PLAN = String.join("\n",
            "| ỦY BAN NHÂN DÂN\\nHUYỆN ĐÔNG LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc |",
            "| Số: 95/KH-UBND | Đông Lâm, ngày 05 tháng 11 năm 2026 |",
            "KẾ HOẠCH",
            "Chuyển đổi số năm 2027",
            "II. NHIỆM VỤ CỤ THỂ",
            "| TT | Nội dung | Đơn vị thực hiện | Thời gian hoàn thành |",
            "| 1 | Số hóa hồ sơ lưu trữ | Phòng Nội vụ\\nVăn phòng HĐND và UBND huyện | Quý II/2027 |",
            "| 2 | Tuyên truyền về chuyển đổi số | Trung tâm Văn hóa, Thể thao\\nvà Truyền thông | Tháng 9/2027 |",
            "| 3 | Công khai thủ tục hành chính | Văn phòng HĐND và\\nUBND huyện | Quý IV/2027 |");

    @Test
    void bodiesAParagraphInALeadCellAreUnitsEachFromDocx(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-don-vi.docx");
        Files.write(file, Documents.docxWithTables(BODIES_A_PARAGRAPH_PLAN));
        assertReadsTheBodiesOneAParagraph(file);
    }

    @Test
    void bodiesAParagraphInALeadCellAreUnitsEachFromHtml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-don-vi.html");
        Files.writeString(file, html(BODIES_A_PARAGRAPH_PLAN));
        assertReadsTheBodiesOneAParagraph(file);
    }

    private static void assertReadsTheBodiesOneAParagraph(Path file) throws Exception {
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        // "Văn phòng HĐND và UBND huyện" in row 3 is the name of row 1's second body: one unit, named twice
        assertEquals(List.of("Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Trung tâm Văn hóa, Thể thao và Truyền thông"),
                e.units().stream().filter(Unit::lead).map(Unit::name).toList(), doc.text());
        assertEquals(List.of("2027-06-30 Phòng Nội vụ;Văn phòng HĐND và UBND huyện",
                        "2027-09-30 Trung tâm Văn hóa, Thể thao và Truyền thông",
                        "2027-12-31 Văn phòng HĐND và UBND huyện"),
                e.deadlines().stream().map(d -> d.date() + " " + String.join(";", d.units())).toList(), doc.text());
    }

    /**
     * A page as HTML: lines of the form "| cell | cell |" become table rows (a "\\n" inside a cell, a paragraph), as
     * {@link Documents#docxWithTables} reads them: a cell "^" is the cell above merged down ({@code rowspan}), a row
     * of fewer cells than the table's widest has its last cell span the columns left ({@code colspan}).
     */
    private static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        List<String[]> table = new java.util.ArrayList<>();
        for (String line : (text + "\n").split("\n")) {
            if (line.startsWith("|")) {
                table.add(line.substring(1, line.length() - 1).split("\\|"));
                continue;
            }
            if (!table.isEmpty()) html.append(htmlTable(table));
            table.clear();
            if (!line.isEmpty()) html.append("<p>").append(line).append("</p>\n");
        }
        if (!table.isEmpty()) html.append(htmlTable(table));
        return html.append("</body></html>\n").toString();
    }

    private static String htmlTable(List<String[]> rows) {
        // each row's cells by column: a cell "<2> ..." spans two, a short row's last cell the columns left
        List<String[]> grid = new java.util.ArrayList<>();
        int widest = 0;
        for (String[] row : rows) {
            int width = 0;
            for (String c : row) width += span(c);
            widest = Math.max(widest, width);
        }
        List<int[]> spans = new java.util.ArrayList<>();
        for (String[] row : rows) {
            String[] byColumn = new String[widest];
            int[] across = new int[row.length];
            int col = 0;
            for (int c = 0; c < row.length; c++) {
                across[c] = span(row[c]);
                if (c == row.length - 1) across[c] = widest - col;
                byColumn[col] = row[c].strip();
                col += across[c];
            }
            grid.add(byColumn);
            spans.add(across);
        }
        StringBuilder html = new StringBuilder("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            html.append("<tr>");
            int col = 0;
            for (int c = 0; c < row.length; c++) {
                int at = col;
                col += spans.get(r)[c];
                String cell = row[c].strip();
                if (cell.equals("^")) continue;
                int down = 1;
                while (r + down < rows.size() && "^".equals(grid.get(r + down)[at])) down++;
                cell = cell.replaceFirst("^<\\d>\\s*", "");
                html.append("<td");
                if (down > 1) html.append(" rowspan=\"").append(down).append('"');
                if (spans.get(r)[c] > 1) html.append(" colspan=\"").append(spans.get(r)[c]).append('"');
                html.append('>');
                for (String p : cell.split("\\\\n")) html.append("<p>").append(p.strip()).append("</p>");
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static int span(String cell) {
        String c = cell.strip();
        return c.matches("<\\d>.*") ? c.charAt(1) - '0' : 1;
    }

    /**
     * A task table as Word makes one: group headings that span the columns ("I | Chính quyền số"), a lead cell merged
     * down over two rows, a partner cell merged the same way. One cell a line, the reader could not tell the columns
     * apart; rows of cells, each row's deadline has its lead.
     */
    private static final String MERGED_CELLS_PLAN = String.join("\n",
            "| ỦY BAN NHÂN DÂN\\nXÃ YÊN LẠC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc |",
            "| Số: 95/KH-UBND | Yên Lạc, ngày 05 tháng 12 năm 2026 |",
            "KẾ HOẠCH",
            "Thực hiện nhiệm vụ chuyển đổi số năm 2027",
            "I. NHIỆM VỤ CỤ THỂ",
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
            "| I | Chính quyền số |",
            "| 1 | Số hóa kết quả giải quyết thủ tục hành chính | Văn phòng HĐND và UBND xã | Các bộ phận chuyên môn | Quý I/2027 |",
            "| 2 | Vận hành hệ thống quản lý văn bản | ^ | Các bộ phận chuyên môn | Quý II/2027 |",
            "| II | Xã hội số |",
            "| 3 | Phổ cập kỹ năng số cho người dân | Đoàn Thanh niên xã | Các thôn | Tháng 6/2027 |",
            "| 4 | Thanh toán không dùng tiền mặt | Hội Liên hiệp Phụ nữ xã | ^ | Tháng 9/2027 |",
            "II. TỔ CHỨC THỰC HIỆN",
            "Công chức Văn phòng - Thống kê xã theo dõi, tổng hợp kết quả.",
            "| Nơi nhận:\\n- UBND tỉnh;\\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\\n\\nLê Minh Tuấn |");

    @ParameterizedTest
    @ValueSource(strings = {"docx", "html"})
    void aTaskTableWithMergedCellsIsRead(String format, @TempDir Path dir) throws Exception {
        assertReadsTheMergedCellsPlan(written(dir.resolve("ke-hoach-o-gop." + format), MERGED_CELLS_PLAN));
    }

    /** The plan written as the file's extension says: a DOCX with tables, or an HTML page. */
    private static Path written(Path file, String plan) throws Exception {
        if (file.toString().endsWith(".docx")) Files.write(file, Documents.docxWithTables(plan));
        else Files.writeString(file, html(plan));
        return file;
    }

    /**
     * A directive's table of tasks with no number column, headed by one header phrase and a cell that says only
     * "Thời hạn" (a word of every sentence, a header only as a whole cell): a task table all the same.
     */
    private static final String NO_NUMBER_COLUMN_PLAN = String.join("\n",
            "| ỦY BAN NHÂN DÂN\\nTỈNH PHÚ LÂM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc |",
            "| Số: 09/CT-UBND | Phú Lâm, ngày 05 tháng 6 năm 2026 |",
            "CHỈ THỊ",
            "Về đẩy mạnh giải ngân vốn đầu tư công năm 2026",
            "Chủ tịch Ủy ban nhân dân tỉnh giao nhiệm vụ cụ thể như sau:",
            "| Nội dung | Cơ quan chủ trì | Thời hạn |",
            "| Rà soát, điều chuyển kế hoạch vốn giữa các dự án | Sở Tài chính | Trước ngày 30/6/2026 |",
            "| Bàn giao mặt bằng sạch cho các dự án trọng điểm | Ủy ban nhân dân các xã, phường | Quý III/2026 |",
            "| Giải quyết hồ sơ giao đất, cho thuê đất | Sở Nông nghiệp và Môi trường | Tháng 8/2026 |",
            "| Kiểm soát chi, thanh toán vốn đầu tư công | Kho bạc Nhà nước khu vực VIII | Thường xuyên |",
            "| Nơi nhận:\\n- Bộ Tài chính;\\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\\n\\nBùi Đức Lượng |");

    @ParameterizedTest
    @ValueSource(strings = {"docx", "html"})
    void aTaskTableWithNoNumberColumnIsRead(String format, @TempDir Path dir) throws Exception {
        Path file = written(dir.resolve("chi-thi-bang." + format), NO_NUMBER_COLUMN_PLAN);
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        assertEquals(List.of("Sở Tài chính", "Ủy ban nhân dân các xã, phường", "Sở Nông nghiệp và Môi trường",
                "Kho bạc Nhà nước khu vực VIII"), e.units().stream().filter(Unit::lead).map(Unit::name).toList(), doc.text());
        assertEquals(List.of("2026-06-30", "2026-08-31", "2026-09-30"),
                e.deadlines().stream().map(d -> d.date()).sorted().toList(), doc.text());
    }

    /** A task table whose lead and partner columns sit under one header cell ("Cơ quan thực hiện": "Chủ trì", "Phối hợp"). */
    private static final String TWO_ROW_HEADER_PLAN = String.join("\n",
            "| ỦY BAN NHÂN DÂN\\nXÃ YÊN LẠC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc |",
            "| Số: 96/KH-UBND | Yên Lạc, ngày 06 tháng 12 năm 2026 |",
            "KẾ HOẠCH",
            "Phòng, chống thiên tai năm 2027",
            "I. NHIỆM VỤ CỤ THỂ",
            "| TT | Nội dung | <2> Cơ quan thực hiện | Thời gian |",
            "| ^ | ^ | Chủ trì | Phối hợp | ^ |",
            "| 1 | Rà soát phương án ứng phó | Ban Chỉ huy Quân sự xã | Công an xã | Quý I/2027 |",
            "| 2 | Diễn tập phòng chống lụt bão | Công an xã | Các thôn | Tháng 5/2027 |",
            "II. KINH PHÍ",
            "Kinh phí thực hiện từ ngân sách xã.",
            "| Nơi nhận:\\n- UBND huyện;\\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\\n\\nLê Minh Tuấn |");

    @ParameterizedTest
    @ValueSource(strings = {"docx", "html"})
    void aTaskTableWithATwoRowHeaderIsRead(String format, @TempDir Path dir) throws Exception {
        assertReadsTheTwoRowHeaderPlan(written(dir.resolve("ke-hoach-hai-dong-tieu-de." + format), TWO_ROW_HEADER_PLAN));
    }

    /**
     * A time cell merged down over two tasks is the time of each; a start and an end column under one header ("Thời
     * gian thực hiện": "Bắt đầu", "Hoàn thành"), the end is the due; a cell spanning both ("Thường xuyên") keeps the
     * columns after it in their places (Word's gridSpan reaches Tika without a colspan).
     */
    private static final String MERGED_TIME_PLAN = String.join("\n",
            "| ĐẢNG ỦY PHƯỜNG TÂN AN | ĐẢNG CỘNG SẢN VIỆT NAM |",
            "| Số 21-KH/ĐU | Tân An, ngày 18 tháng 9 năm 2026 |",
            "KẾ HOẠCH",
            "Chuyển đổi số trong các cơ quan đảng năm 2027",
            "I. NHIỆM VỤ CỤ THỂ",
            "| TT | Nhiệm vụ | Cơ quan chủ trì | <2> Thời gian thực hiện | Sản phẩm |",
            "| ^ | ^ | ^ | Bắt đầu | Hoàn thành | ^ |",
            "| I | Chính quyền số |",
            "| 1 | Số hóa hồ sơ đảng viên | Văn phòng Đảng ủy | Tháng 1/2027 | Quý II/2027 | Cơ sở dữ liệu |",
            "| 2 | Vận hành hệ thống văn bản | Ban Xây dựng Đảng | Tháng 2/2027 | ^ | Hệ thống |",
            "| 3 | Sinh hoạt chuyên đề chuyển đổi số | Các chi bộ trực thuộc | <2> Thường xuyên | Nghị quyết |",
            "| 4 | Tập huấn kỹ năng số | Ủy ban Kiểm tra Đảng ủy | Tháng 3/2027 | Tháng 9/2027 | Báo cáo |",
            "II. TỔ CHỨC THỰC HIỆN",
            "Văn phòng Đảng ủy theo dõi, tổng hợp kết quả.",
            "| Nơi nhận:\\n- Ban Thường vụ Tỉnh ủy;\\n- Lưu: VP. | T/M ĐẢNG ỦY\\nBÍ THƯ\\n\\nLê Minh Tuấn |");

    @ParameterizedTest
    @ValueSource(strings = {"docx", "html"})
    void aTimeMergedDownAndACellSpanningTheTimeColumnsAreRead(String format, @TempDir Path dir) throws Exception {
        Path file = written(dir.resolve("ke-hoach-thoi-gian-gop." + format), MERGED_TIME_PLAN);
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        assertTrue(doc.text().contains("| Thường xuyên | | Nghị quyết |"), doc.text());
        assertLeadsAndDeadlines(file, List.of("Văn phòng Đảng ủy", "Ban Xây dựng Đảng", "Các chi bộ trực thuộc",
                "Ủy ban Kiểm tra Đảng ủy"), List.of("2027-06-30 [Văn phòng Đảng ủy]", "2027-06-30 [Ban Xây dựng Đảng]",
                "2027-09-30 [Ủy ban Kiểm tra Đảng ủy]"));
        // the header's cells merged over the sub-headers' row are no ditto; the signature beside "Nơi nhận" has none
        assertTrue(doc.text().lines().filter(l -> l.contains("〃")).allMatch(l -> l.startsWith("| 2 |")), doc.text());
        assertTrue(doc.text().contains("| Thời gian thực hiện Hoàn thành |"), doc.text());
    }

    private static void assertReadsTheTwoRowHeaderPlan(Path file) throws Exception {
        assertLeadsAndDeadlines(file, List.of("Ban Chỉ huy Quân sự xã", "Công an xã"),
                List.of("2027-03-31 [Ban Chỉ huy Quân sự xã]", "2027-05-31 [Công an xã]"));
    }

    private static void assertReadsTheMergedCellsPlan(Path file) throws Exception {
        Extraction e = assertLeadsAndDeadlines(file, List.of("Công chức Văn phòng - Thống kê xã",
                "Văn phòng HĐND và UBND xã", "Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã"),
                List.of("2027-03-31 [Văn phòng HĐND và UBND xã]", "2027-06-30 [Văn phòng HĐND và UBND xã]",
                        "2027-06-30 [Đoàn Thanh niên xã]", "2027-09-30 [Hội Liên hiệp Phụ nữ xã]"));
        assertEquals("Lê Minh Tuấn", e.document().signer().name());
    }

    /**
     * A page whose items are HTML lists: a browser shows their numbers and bullets, Tika's text none. The reader gives
     * each item the marker it stands for (an item that prints its own keeps it), so the numbered units and the
     * bullets that name a body before a colon are read as in a PDF.
     */
    @Test
    void anHtmlPlansListsKeepTheirNumbersAndBullets(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach-danh-sach.html");
        Files.writeString(file, String.join("\n",
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>",
                "<p>ỦY BAN NHÂN DÂN TỈNH LÂM GIANG</p><p>Số: 301/KH-UBND</p>",
                "<p>Lâm Giang, ngày 20 tháng 5 năm 2026</p><p>KẾ HOẠCH</p><p>Thực hiện Đề án 06 năm 2026</p>",
                "<p>IV. TỔ CHỨC THỰC HIỆN</p>",
                "<ol>",
                "<li>Công an tỉnh<ul><li>Là cơ quan thường trực; báo cáo UBND tỉnh trước ngày 15/12/2026.</li></ul></li>",
                "<li>Các cơ quan thông tin, báo chí<ul>",
                "<li>Báo Lâm Giang, Đài Phát thanh và Truyền hình tỉnh: Mở chuyên mục tuyên truyền.</li>",
                "<li>Sở Văn hóa, Thể thao và Du lịch: Chỉ đạo hệ thống thông tin cơ sở.</li></ul></li>",
                "<li>3. Sở Tài chính bố trí kinh phí.</li>",
                "</ol>",
                "<p>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br>Nguyễn Văn An</p></body></html>"));
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        assertTrue(doc.text().contains("1. Công an tỉnh\n- Là cơ quan thường trực"), doc.text());
        assertTrue(doc.text().contains("\n3. Sở Tài chính bố trí") && !doc.text().contains("3. 3."), doc.text());
        assertLeadsAndDeadlines(file, List.of("Công an tỉnh", "Báo Lâm Giang", "Đài Phát thanh và Truyền hình tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"), List.of("2026-12-15 [Công an tỉnh]"));
    }

    /** The file read and extracted: its lead units, and its deadlines as "date [units]", are the ones given. */
    private static Extraction assertLeadsAndDeadlines(Path file, List<String> leads, List<String> deadlines)
            throws Exception {
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());
        assertEquals(leads, e.units().stream().filter(Unit::lead).map(Unit::name).toList(), doc.text());
        assertEquals(deadlines, e.deadlines().stream().map(d -> d.date() + " " + d.units()).toList(), doc.text());
        return e;
    }

    private static void assertReadsThePlan(Path file) throws Exception {
        IngestedDocument doc = DocumentReader.withOcr(OcrMode.NEVER).read(file);
        Extraction e = new PlanExtractor().extract(doc.text(), doc.pageMap());

        assertEquals("KH", e.document().type());
        assertEquals("17/KH-UBND", e.document().symbol());
        assertEquals("2025-01-05", e.document().date());
        assertEquals("Ủy ban nhân dân xã Hòa An", e.document().issuer());
        assertEquals("Lê Thị Thu Hà", e.document().signer().name(), doc.text());
        assertEquals("Phó Chủ tịch", e.document().signer().title());
        List<String> leads = e.units().stream().filter(Unit::lead).map(Unit::name).toList();
        assertEquals(List.of("Trạm Y tế xã", "Công an xã", "Công chức Văn hóa - Xã hội"), leads, doc.text());
    }
}
