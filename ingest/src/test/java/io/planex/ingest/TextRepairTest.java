package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.ingest.legacy.LegacyEncoding;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRepairTest {
    private static String repair(String... pages) {
        return TextRepair.repair(List.of(pages)).text();
    }

    /** A u that lost its horn before a horned o gets it back where Vietnamese spelling allows only "ươ". */
    @Test
    void hornlessUBeforeHornedOIsMendedInClosedSyllablesOnly() {
        String[][] cases = {
            {"hoàn thành truớc ngày 15/12/2025", "hoàn thành trước ngày 15/12/2025"},
            {"Ngân sách nhà nuớc; đuợc giao; thuờng xuyên", "Ngân sách nhà nước; được giao; thường xuyên"},
            {"TRUỚC NGÀY 30/6; Truớc ngày; ưu tiên", "TRƯỚC NGÀY 30/6; Trước ngày; ưu tiên"},
            {"muời, tuơi, nguời, huơu", "mười, tươi, người, hươu"},
            {"thuở ấy; huơ tay; quở trách; quơ; thuơ", "thuở ấy; huơ tay; quở trách; quơ; thuơ"},
            {"trước ngày, được, nước", "trước ngày, được, nước"},
            {"tru\u006F\u031B\u0301c ngày (decomposed)", "trước ngày (decomposed)"},
            {"uớc lượng", "ước lượng"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], repair(c[0]), c[0]);
            // the u is replaced, never inserted: offsets into the text hold
            assertEquals(java.text.Normalizer.normalize(c[0], java.text.Normalizer.Form.NFC).length(),
                    repair(c[0]).length(), c[0]);
        }
    }

    @Test
    void joinsLinesBrokenByLayoutButKeepsStructure() {
        String page = String.join("\n",
                "ỦY BAN NHÂN DÂN",
                "XÃ AN THẠNH",
                "KẾ HOẠCH",
                "Triển khai thực hiện Chỉ thị số 12-CT/HU ngày 05/02/2024 của Ban Thường vụ",
                "Huyện ủy về tăng cường công tác phòng cháy, chữa cháy trên địa bàn xã",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Mục đích",
                "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về phòng cháy, chữa",
                "cháy; chủ động phòng ngừa.",
                "a) Công an xã chủ trì, phối hợp với Đài Truyền thanh xã tuyên truyền ít nhất",
                "hai lần mỗi tháng.",
                "+ Tổ dân phòng ấp;",
                "Nơi nhận:",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Trần Thị Mỹ Duyên");
        String expected = String.join("\n",
                "ỦY BAN NHÂN DÂN",
                "XÃ AN THẠNH",
                "KẾ HOẠCH",
                "Triển khai thực hiện Chỉ thị số 12-CT/HU ngày 05/02/2024 của Ban Thường vụ "
                        + "Huyện ủy về tăng cường công tác phòng cháy, chữa cháy trên địa bàn xã",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Mục đích",
                "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về phòng cháy, chữa cháy; chủ động phòng "
                        + "ngừa.",
                "a) Công an xã chủ trì, phối hợp với Đài Truyền thanh xã tuyên truyền ít nhất hai lần mỗi tháng.",
                "+ Tổ dân phòng ấp;",
                "Nơi nhận:",
                "- Lưu: VT.",
                "TM. ỦY BAN NHÂN DÂN",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Trần Thị Mỹ Duyên");
        assertEquals(expected, repair(page));
    }

    @Test
    void keepsTheRowsOfATablePrintedWithPipesApart() {
        // Long rows are "full lines", which a capital after them would otherwise continue.
        String header = "| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |";
        String rule = "|---|---|---|---|---|";
        String row1 = "| 1 | Rà soát hồ sơ đất đai tồn đọng trên địa bàn | Phòng Kinh tế | Các thôn | Quý II/2026 |";
        String row2 = "| 2 | Cập nhật bản đồ địa chính số của xã theo quy định | Văn phòng UBND xã | Công an xã | 2026 |";
        String after = "Các đơn vị báo cáo kết quả về UBND xã.";
        String page = String.join("\n", "II. NHIỆM VỤ", header, rule, row1, row2, after);
        assertEquals(page, repair(page));
        // the same rows without the outer bars, as HTML-to-text converters print them
        String bare = page.replaceAll("(?m)^\\| | \\|$", "");
        assertEquals(bare, repair(bare));
    }

    @Test
    void keepsTheSingleSpacedRowsOfATableApartThoughTheyAreFullLines() {
        // OCR of a scanned table, or a PDF table drawn without rules: one row a line, single spaces between cells
        String header = "TT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành";
        String row1 = "1 Xây dựng bản đồ số du lịch của tỉnh Trung tâm Thông tin tỉnh Sở Xây dựng Quý II/2026";
        String row2 = "2 Tổ chức hội chợ du lịch trực tuyến Sở Văn hóa, Thể thao và Du lịch UBND các huyện Tháng 9/2026";
        String row3 = "3 Đào tạo nhân lực du lịch số cho các địa phương Trường Cao đẳng Quảng Nam Các doanh nghiệp Năm 2026";
        String page = String.join("\n", "II. NHIỆM VỤ CỤ THỂ", header, row1, row2, row3);
        assertEquals(page, repair(page));
        // a number that is no next row may still continue a full line ("... cho\n200 Đại biểu" is no row 200)
        assertEquals(true, TextRepair.isNextRow(row1, "2 Tổ chức"));
        assertEquals(true, TextRepair.isNextRow(header, "1 Xây dựng"));
        assertEquals(true, TextRepair.isNextRow("STT Nhiệm vụ Đơn vị chủ trì", "1 Rà soát"));
        assertEquals(false, TextRepair.isNextRow(row1, "3 Đào tạo"));
        assertEquals(false, TextRepair.isNextRow(row1, "2 tổ chức"));
        assertEquals(false, TextRepair.isNextRow("Hội nghị có sự tham dự của", "200 Đại biểu"));
        assertEquals(false, TextRepair.isNextRow(header, "2 Tổ chức"));
        assertEquals(false, TextRepair.isNextRow("1 Xây dựng", "2026 Năm"));
    }

    @Test
    void aDashedNameBrokenBeforeItsDashJoinsButAListAfterAColonDoesNot() {
        String full = "Điều 3. Chánh Văn phòng HĐND và UBND huyện; Trưởng phòng Kinh tế; Trưởng phòng Tài chính";
        // a page of lines of one width, as a PDF lays a decision out
        String filler = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản sửa đổi";
        String page = String.join("\n", filler + ";", filler + ";", filler + ";", filler + ";", full,
                "- Kế hoạch; Chủ tịch UBND các xã, thị trấn và Thủ trưởng các cơ quan", "chịu trách nhiệm thi hành.",
                "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.");
        assertEquals(true, repair(page).contains(full + " - Kế hoạch; Chủ tịch UBND các xã, thị trấn và Thủ trưởng các cơ"
                + " quan chịu trách nhiệm thi hành.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT."), repair(page));
        String list = String.join("\n", "Ủy ban nhân dân xã giao các đơn vị thực hiện một số nhiệm vụ trọng tâm sau:",
                "- Tuyên truyền sâu rộng trong Nhân dân về nội dung Kế hoạch này", "- Kiểm tra, đôn đốc việc thực hiện.");
        assertEquals(list, repair(list));
        // a short line before a dash is a heading or the end of a paragraph, not a sentence broken by the layout
        assertEquals(false, TextRepair.dashContinues("1. Mục đích", "- Nâng cao nhận thức", 80));
        assertEquals(false, TextRepair.dashContinues("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NHIỆM VỤ NĂM 2026 CỦA XÃ HÒA AN", "- Căn cứ", 60));
        assertEquals(true, TextRepair.dashContinues("Giám đốc Sở Y tế; Giám đốc Sở Lao động", "- Thương binh và Xã hội;", 38));
        assertEquals(false, TextRepair.dashContinues("Giám đốc Sở Y tế; Giám đốc Sở Lao động", "- thương binh", 38));
        // a list item that fills its line without a full stop, then the next item: apart
        assertEquals(false, TextRepair.dashContinues("- Tuyên truyền sâu rộng; vận động Nhân dân tham gia", "- Sở Y tế", 50));
        assertEquals(false, TextRepair.dashContinues("2. Nhiệm vụ của các cơ quan, đơn vị trong thực hiện kế hoạch", "- Sở Y tế", 60));
    }

    @Test
    void blankLineBetweenEveryVisualLineIsALineBreakAndTwoAreAParagraph() {
        String page = " KẾ HOẠCH \n\n Triển khai Kết luận số 57-\n\nKL/TW của Bộ Chính trị về công tác thông tin \n\n"
                + "đối ngoại trên địa bàn xã \n\n \n\n Thực hiện Kế hoạch số 21/KH-UBND của UBND \n\n"
                + "huyện, UBND xã xây dựng Kế hoạch như sau: \n\n1. Mục đích \n\n- Tuyên truyền sâu rộng.";
        assertEquals("KẾ HOẠCH\nTriển khai Kết luận số 57-KL/TW của Bộ Chính trị về công tác thông tin đối ngoại"
                + " trên địa bàn xã\n\nThực hiện Kế hoạch số 21/KH-UBND của UBND huyện, UBND xã xây dựng Kế hoạch"
                + " như sau:\n1. Mục đích\n- Tuyên truyền sâu rộng.", repair(page));
    }

    @Test
    void aWordProcessorsParagraphsAreNeverJoinedAsFullLines() {
        // twelve lines of one width: as a PDF's wrapped layout, a capital after a full line may continue it
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 12; i++) page.append("Triển khai thanh toán không dùng tiền mặt tại xã số ").append(10 + i).append('\n');
        page.append("Năm 2026\nlà năm bản lề");
        String wrapped = TextRepair.repair(List.of(page.toString())).text();
        String paragraphs = TextRepair.repair(List.of(page.toString()), true).text();
        assertEquals(true, wrapped.contains("số 21 Năm 2026 là năm bản lề"), wrapped);
        // a DOCX's paragraphs (one a line): a capital opens its own; a lower-case start still continues
        assertEquals(true, paragraphs.contains("số 21\nNăm 2026 là năm bản lề"), paragraphs);
    }

    @Test
    void dateOnTheNextLineJoinsButTableRowsDoNot() {
        assertEquals("Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị",
                repair("Thực hiện Nghị quyết số 35-NQ/TW ngày\n22/10/2018 của Bộ Chính trị"));
        assertEquals("Danh sách tổ dân phòng\n1 Tổ ấp Bình Thạnh\n2 Tổ ấp Bình Lợi",
                repair("Danh sách tổ dân phòng\n1 Tổ ấp Bình Thạnh\n2 Tổ ấp Bình Lợi"));
    }

    @Test
    void aNumberWrappedAloneWithItsStopEndsTheSentenceButAnItemStaysApart() {
        assertEquals("báo cáo Ban Chỉ đạo trước ngày 20 tháng 6 và ngày 20 tháng 12.\nHợp tác xã cung ứng sản phẩm.",
                repair("báo cáo Ban Chỉ đạo trước ngày 20 tháng 6 và ngày 20 tháng\n12.\nHợp tác xã cung ứng sản phẩm."));
        assertEquals("theo quy định tại Điều\n3. Tổ chức thực hiện", repair("theo quy định tại Điều\n3. Tổ chức thực hiện"));
        assertEquals("Các nhiệm vụ gồm:\n1.\nRà soát", repair("Các nhiệm vụ gồm:\n1.\nRà soát"));
    }

    @Test
    void singleBlankLinesAreParagraphsInOrdinaryText() {
        assertEquals("Đoạn thứ nhất chưa hết câu\n\nđoạn thứ hai.", repair("Đoạn thứ nhất chưa hết câu\n\n"
                + "đoạn thứ hai."));
    }

    @Test
    void hyphenAfterANumberJoinsWithoutSpaceButSpacedDashKeepsItsSpace() {
        assertEquals("Nghị quyết số 45-NQ/TW của Bộ Chính trị về phát triển kinh tế - xã hội bền vững",
                repair("Nghị quyết số 45-\nNQ/TW của Bộ Chính trị về phát triển kinh tế -\nxã hội bền vững"));
    }

    @Test
    void normalisesToNfcAndFixesOcrCharacters() {
        String nfd = Normalizer.normalize("Kế hoạch phòng chống thiên tai", Normalizer.Form.NFD);
        assertEquals("Kế hoạch phòng chống thiên tai", repair(nfd));
        assertEquals("Đảng ủy xã", repair("\u00D0ảng\u00A0ủy\u00ADxã".replace("\u00AD", "\u00AD ")
                .replace("ủy\u00AD ", "ủy ")));
        assertEquals("Văn phòng official", repair("Văn phòng o\uFB03cial"));
    }

    @Test
    void decodesLegacyFontLinesInsideUnicodeText() {
        String legacyLine = LegacyEncoding.TCVN3.encode("Uỷ ban nhân dân xã xây dựng kế hoạch thực hiện.");
        assertEquals("Căn cứ Luật Tổ chức chính quyền địa phương;\nUỷ ban nhân dân xã xây dựng kế hoạch thực hiện.",
                repair("Căn cứ Luật Tổ chức chính quyền địa phương;\n" + legacyLine));
        String vni = LegacyEncoding.VNI.encode(SamplePlans.PLAN);
        assertEquals(repair(SamplePlans.PLAN), repair(vni));
    }

    @Test
    void aShortLineOfALegacyDocumentIsReadInTheDocumentsFont() {
        // "Số: 215/QĐ-UBND" in VNI, alone on its line, could read as TCVN3 ("Soỏ: 215/Qẹ-UBND") on its own
        String line = "Số: 215/QĐ-UBND";
        String vni = LegacyEncoding.VNI.encode(SamplePlans.PLAN.replaceFirst("\n", "\n" + line + "\n"));
        assertTrue(repair(vni).contains("\n" + line + "\n"), () -> repair(vni).substring(0, 200));
    }

    @Test
    void removesRunningHeadersFootersAndPageNumbers() {
        String[] body = {"Mở đầu kế hoạch.", "Phân công nhiệm vụ.", "Kinh phí thực hiện.", "Tổ chức thực hiện."};
        String[] pages = new String[4];
        for (int i = 0; i < 4; i++) {
            pages[i] = (i == 0 ? "" : (i + 1) + "\n") + "Kế hoạch phòng cháy năm 2024 - UBND xã An Thạnh\n"
                    + body[i] + "\n" + "Trang " + (i + 1) + "/4";
        }
        String text = repair(pages);
        assertFalse(text.contains("Kế hoạch phòng cháy năm 2024"), text);
        assertFalse(text.contains("Trang"), text);
        assertEquals(String.join("\n", body), text);
    }

    /** A footer printed with the page's number on the later pages and without it on the first is one running line. */
    @Test
    void aFooterWithThePagesNumberOnLaterPagesOnlyIsRunning() {
        String footer = "TTH/NVY - D:\\SYT\\2026\\CONG VAN\\CV 3417 SXH.docx";
        String[] body = {"Kính gửi: Các bệnh viện tuyến tỉnh.", "Rà soát cơ số thuốc trước ngày 25/10/2026.",
            "Báo cáo kết quả về Sở Y tế."};
        String[] pages = new String[3];
        for (int i = 0; i < 3; i++) pages[i] = body[i] + "\n" + footer + (i == 0 ? "" : "    Trang " + (i + 1) + "/3");
        String text = repair(pages);
        assertEquals(String.join("\n", body), text);
    }

    /** A fax machine's line at the top of each page sent is no text of the document, on one page or two. */
    @Test
    void aFaxMachinesLineIsDropped() {
        String fax = "18/03/2025 16:06 FAX +84 239 3851 206 UBND HUYEN THACH BINH P.00%d/062";
        String[] pages = {String.format(fax, 1) + "\nIV. TỔ CHỨC THỰC HIỆN\n1. Phòng Y tế\nChủ trì tham mưu.",
            String.format(fax, 2) + "\n2. Công an huyện\nChỉ đạo lực lượng cảnh sát kinh tế."};
        assertEquals("IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Y tế\nChủ trì tham mưu.\n2. Công an huyện\n"
                + "Chỉ đạo lực lượng cảnh sát kinh tế.", repair(pages));
        assertEquals("Kính gửi: Các xã.", repair(new String[] {String.format(fax, 1) + "\nKính gửi: Các xã."}));
        // a date and time in the text that is no fax's line stays
        assertEquals("18/03/2025 16:06 họp Ban Chỉ đạo.\nKính gửi: Các xã.",
                repair(new String[] {"18/03/2025 16:06 họp Ban Chỉ đạo.\nKính gửi: Các xã."}));
    }

    /** A bar table's row wrapped at the printed width is one row again. */
    @Test
    void aWrappedBarRowIsJoined() {
        assertTrue(TextRepair.continues("| 1 | Tổ chức hội nghị quán triệt | Ban Tuyên giáo", "Huyện ủy | Quý II/2025 |", 80));
        assertFalse(TextRepair.continues("| 1 | Tổ chức hội nghị | Ban Tuyên giáo Huyện ủy | Quý II/2025 |",
                "| 2 | Rà soát | Văn phòng Huyện ủy | Quý III/2025 |", 80));
        assertFalse(TextRepair.continues("| 1 | Tổ chức hội nghị | Ban Tuyên giáo", "| 2 | Rà soát | Văn phòng |", 80));
        // broken at a bar: the rest opens no numbered row
        assertTrue(TextRepair.continues("| 4 | Tổ chức đại hội | Đảng ủy các xã, thị trấn | Các ban Huyện ủy", "| Quý I/2025 |", 80));
        assertFalse(TextRepair.continues("| 4 | Tổ chức đại hội | Đảng ủy các xã", "| II | Nhóm nhiệm vụ |", 80));
    }

    /** Rows of a bar table, longer than any printed line, leave the body's full line as it is. */
    @Test
    void barTableRowsDoNotMakeTheBodysFullLinesLookShort() {
        StringBuilder page = new StringBuilder();
        String body = "Thực hiện Kế hoạch của Bộ về chuyển đổi số trong lĩnh vực nông nghiệp, các đơn vị";
        for (int i = 0; i < 8; i++) page.append(body).append('\n');
        page.append("triển khai.\n");
        String row = "| 1 | Rà soát, đề xuất sửa đổi, bổ sung Thông tư số 17/2021/TT-BNNPTNT về quản lý giống cây trồng | Cục Trồng trọt | Vụ Pháp chế | Quý III/2026 |";
        for (int i = 0; i < 8; i++) page.append(row).append('\n');
        page.append("Điều 3. Chánh Văn phòng Bộ; Vụ trưởng Vụ Khoa học và Công nghệ; Vụ trưởng Vụ Kế hoạch\n");
        page.append("- Tài chính; Cục trưởng Cục Trồng trọt chịu trách nhiệm thi hành Quyết định này./.\n");
        String text = repair(new String[] {page.toString()});
        assertTrue(text.contains("Vụ trưởng Vụ Kế hoạch - Tài chính; Cục trưởng"), text);
    }

    /** A year wrapped after "năm" joins its line; a row number after a time cell "Hằng năm" does not. */
    @Test
    void aShortNumberAfterTheWordForYearIsARowNumber() {
        int fullLine = 80;
        assertTrue(TextRepair.continues("báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm", "2026.", fullLine));
        assertTrue(TextRepair.continues("trước ngày 15 tháng 12 năm", "2026 về Phòng Nội vụ", fullLine));
        assertFalse(TextRepair.continues("Hằng năm", "5", fullLine));
        assertFalse(TextRepair.continues("Hằng năm", "12", fullLine));
        assertEquals("Sở Nội vụ\nHằng năm\n5\nXây dựng Đề án", repair(new String[] {"Sở Nội vụ\nHằng năm\n5\nXây dựng Đề án"}));
        // the word for a day still leads to its number
        assertTrue(TextRepair.continues("hoàn thành trước ngày", "15/12/2026.", fullLine));
    }

    /** A quarter's number wrapped alone after "quý" ends its phrase; a part numbered in capitals does not. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '¦', value = {
        "2. Phòng Kinh tế chủ trì rà soát quy trình, hoàn thành trong quý ¦ II/2027. ¦ true",
        "Thời gian hoàn thành: Quý ¦ III, IV/2026 ¦ true",
        "báo cáo kết quả trong quý ¦ IV năm 2026 ¦ true",
        "các nhiệm vụ trọng tâm của quý ¦ II. NHIỆM VỤ ¦ false",
        "Kết quả thực hiện kế hoạch quý ¦ III ¦ true",
        "tổ chức hội nghị sơ kết ¦ II/2027 ¦ false",
    })
    void aQuarterNumberWrappedAfterItsWordJoinsIt(String a, String b, boolean joins) {
        assertEquals(joins, TextRepair.continues(a, b, Integer.MAX_VALUE));
    }

    /** A symbol wrapped over two lines joins however its second line is written; a capitals line after prose does not. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '¦', value = {
        "hướng dẫn thanh toán, quyết toán theo Thông tư số 24/2025/TT- ¦ BTC. ¦ true",
        "cử đầu mối quản trị dữ liệu theo Thông tư số ¦ 11/2026/TT-BNNMT. ¦ true",
        "thực hiện Kế hoạch số ¦ 45/KH-UBND ngày 10/3/2026 ¦ true",
        "thực hiện chế độ báo cáo theo Kế hoạch này và Thông tư ¦ 11/2026/TT- BNNMT. ¦ true",
        "Kết quả thực hiện năm 2026. ¦ 15/KH-UBND ¦ false",
        "Ủy ban nhân dân tỉnh ban hành kèm theo ¦ KẾ HOẠCH ¦ false",
    })
    void aSymbolWrappedOverTwoLinesJoins(String a, String b, boolean joins) {
        assertEquals(joins, TextRepair.continues(a, b, Integer.MAX_VALUE));
    }

    /** A numbered heading that filled its line, then its body opening with a task's word: two paragraphs. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '¦', value = {
        "2. Phòng Cảnh sát hình sự, Phòng Cảnh sát điều tra tội phạm về ma túy ¦ Tập trung đấu tranh, triệt phá các băng, nhóm tội phạm ¦ false",
        "1.2. Sở Nông nghiệp và Môi trường, Sở Tài chính, Sở Công Thương ¦ Chủ trì, phối hợp với các xã, phường rà soát ¦ false",
        "b) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh ¦ Là đơn vị thường trực, tham mưu ¦ false",
        // a full line wrapped before a name goes on: the name's words are no task's
        "2. Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở ¦ Xây dựng kiểm tra các công trình ¦ true",
        "3. Ủy ban nhân dân các xã, phường phối hợp với Ủy ban ¦ Kiểm tra Đảng ủy xã rà soát ¦ true",
        // a line of prose (no numbered heading) before the task's word goes on as before
        "Ủy ban nhân dân tỉnh giao Sở Y tế, Sở Tài chính, Sở Nội vụ và Bảo hiểm xã hội tỉnh ¦ Chủ trì thực hiện ¦ true",
    })
    void aTaskOpeningUnderAFullHeadingIsItsBody(String a, String b, boolean joins) {
        assertEquals(joins, TextRepair.continues(a, b, a.length()));
    }

    /** A heading's last name wrapped alone before its colon joins it; a label of its own does not. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '¦', value = {
        "a) Ủy ban nhân dân các tỉnh Gia Lai, Đắk Lắk, Lâm Đồng, Quảng ¦ Ngãi: ¦ true",
        "2. Sở Văn hóa, Thể thao và Du lịch ¦ Nhiệm vụ: ¦ false",
        "2. Công an tỉnh Quảng Trị ¦ Nhiệm vụ: ¦ false",
        "Kết quả thực hiện năm 2026. ¦ Tồn tại: ¦ false",
        "các xã tổ chức thực hiện ¦ Ghi chú: ¦ false",
        "a) Ủy ban nhân dân tỉnh Quảng ¦ Ngãi chủ trì: ¦ false",
    })
    void aNameWrappedBeforeItsHeadingsColonJoinsIt(String a, String b, boolean joins) {
        assertEquals(joins, TextRepair.continues(a, b, Integer.MAX_VALUE));
    }

    /** A reference to an article wrapped onto the next line joins its sentence; an article's own heading does not. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '¦', value = {
        "chỉnh lý hồ sơ địa chính đối với các cơ sở quy định tại điểm c, điểm d khoản 1 ¦ Điều 1 Quyết định này; hoàn thành trong Quý IV năm 2025. ¦ true",
        "thực hiện theo quy định tại ¦ Điều 12 Luật Đất đai năm 2024 ¦ true",
        "các trường hợp nêu tại khoản 2 ¦ Điều 3 của Quy chế ban hành kèm theo ¦ true",
        "các nội dung quy định tại khoản 1, khoản 2 ¦ Điều 5 này, báo cáo Ủy ban nhân dân tỉnh ¦ true",
        "được thực hiện theo ¦ Điều 7 và Điều 8 Nghị định số 30/2020/NĐ-CP ¦ true",
        "Quyết định này có hiệu lực kể từ ngày ký. ¦ Điều 3 Quyết định này do Chánh Văn phòng thi hành ¦ false",
        "QUYẾT ĐỊNH: ¦ Điều 1. Phê duyệt Kế hoạch thực hiện Kết luận số 57-KL/TW ¦ false",
        "các cơ quan, đơn vị có liên quan thực hiện theo khoản 1 ¦ Điều 2. Tổ chức thực hiện ¦ false",
        "ban hành kèm theo Quyết định số 1468/QĐ-UBND ¦ Điều 2 Giao Sở Tài chính chủ trì ¦ false",
    })
    void anArticleReferenceWrappedOntoTheNextLineJoinsIt(String a, String b, boolean joins) {
        assertEquals(joins, TextRepair.continues(a, b, Integer.MAX_VALUE));
        assertEquals(joins, TextRepair.articleReferenceWrapped(a, b));
    }

    /** A full line ending at a semicolon goes on in lower case; a short one, or a capital after it, does not. */
    @Test
    void aFullLineEndingAtASemicolonGoesOnInLowerCase() {
        String a = "Xác định xây dựng nông thôn mới là nhiệm vụ chính trị trọng tâm, thường xuyên;";
        int fullLine = a.length();
        assertTrue(TextRepair.continues(a, "phân công cấp ủy viên phụ trách từng thôn, từng tiêu chí; đưa kết quả", fullLine));
        assertFalse(TextRepair.continues(a, "Phân công cấp ủy viên phụ trách từng thôn.", fullLine));
        assertFalse(TextRepair.continues("đại diện lãnh đạo Sở Y tế;", "đại diện Công an tỉnh;", fullLine));
        assertFalse(TextRepair.continues(a, "- đại diện Công an tỉnh;", fullLine));
    }

    /** A header's place-and-date line stays apart from a full line above it (a letter's "V/v ..." line). */
    @Test
    void aPlaceAndDateLineIsNeverAContinuation() {
        String full = "V/v triển khai Công văn số 1987/BTC-NSNN ngày 20/10/2026 của Bộ Tài chính";
        int fullLine = full.length();
        assertFalse(TextRepair.continues(full, "Quảng Trị, ngày 09 tháng 11 năm 2026", fullLine));
        assertFalse(TextRepair.continues(full, "Thành phố Hồ Chí Minh, ngày    tháng 11 năm 2026", fullLine));
        assertFalse(TextRepair.continues(full, "TP. Hồ Chí Minh, ngày 09 tháng 11 năm 2026", fullLine));
        // a place named in a sentence, with a date in digits, still continues it
        assertTrue(TextRepair.continues(full, "Quảng Trị, ngày 09/11/2026 gửi Sở Tài chính", fullLine));
    }

    /**
     * A PDF's footnotes: the markers glued to the body go, and the notes at a page's foot stand before the paragraph
     * that runs over the page, which joins its end on the next page; the notes stay on their page.
     */
    @Test
    void footnotesStepAsideForTheParagraphThatRunsOverThePage() {
        String p1 = String.join("\n",
                "Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị1, Ban Thường vụ xây dựng kế hoạch.",
                "1. Ban Dân vận Huyện ủy chủ trì theo dõi; định kỳ hằng năm tổng hợp, báo cáo trước ngày 30/112",
                "và gửi Văn phòng Huyện ủy để",
                "",
                "1Kết luận số 150-KL/TW ngày 10/8/2026 của Bộ Chính trị.",
                "2Báo cáo gửi qua Ban Dân vận Tỉnh ủy.");
        String p2 = "theo dõi.\n2. Ban Tuyên giáo Huyện ủy chỉ đạo.";
        TextRepair.Repaired r = TextRepair.repair(List.of(p1, p2));
        assertEquals(String.join("\n",
                "Thực hiện Kết luận số 150-KL/TW của Bộ Chính trị, Ban Thường vụ xây dựng kế hoạch.",
                "",
                "1Kết luận số 150-KL/TW ngày 10/8/2026 của Bộ Chính trị.",
                "",
                "2Báo cáo gửi qua Ban Dân vận Tỉnh ủy.",
                "",
                "1. Ban Dân vận Huyện ủy chủ trì theo dõi; định kỳ hằng năm tổng hợp, báo cáo trước ngày 30/11 và gửi"
                        + " Văn phòng Huyện ủy để theo dõi.",
                "2. Ban Tuyên giáo Huyện ủy chỉ đạo."), r.text());
        String text = r.text();
        assertEquals(1, r.pageMap().pageOf(text.indexOf("2Báo cáo")));
        assertEquals(1, r.pageMap().pageOf(text.indexOf("1. Ban Dân vận")));
        assertEquals(2, r.pageMap().pageOf(text.indexOf("2. Ban Tuyên giáo")));
        assertEquals(new TextOrigin.RawPosition(1, p1.indexOf("2Báo cáo")), r.origin().rawPosition(text.indexOf("2Báo")));
        assertEquals(new TextOrigin.RawPosition(2, 0), r.origin().rawPosition(text.indexOf("theo dõi.")));
        // a word processor's paragraphs are not a PDF's page: nothing moves there
        assertTrue(TextRepair.repair(List.of(p1, p2), true).text().contains("Bộ Chính trị1"));
    }

    @Test
    void pageMapAndRawOffsetsFollowTheRepairedText() {
        String p1 = "Nội dung trang một kết thúc ở đây và câu còn tiếp sang trang sau của";
        String p2 = "Ban Chỉ đạo xã.\n\nĐoạn mới ở trang hai.";
        TextRepair.Repaired r = TextRepair.repair(List.of(p1, p2));
        String text = r.text();
        int ban = text.indexOf("Ban Chỉ đạo");
        int doan = text.indexOf("Đoạn mới");
        assertTrue(ban > 0 && doan > ban, text);
        assertEquals(1, r.pageMap().pageOf(text.indexOf("trang một")));
        assertEquals(2, r.pageMap().pageOf(ban));
        assertEquals(2, r.pageMap().pageOf(doan));
        assertEquals(new TextOrigin.RawPosition(2, 0), r.origin().rawPosition(ban));
        assertEquals(new TextOrigin.RawPosition(2, p2.indexOf("Đoạn")), r.origin().rawPosition(doan));
        assertEquals(new TextOrigin.RawPosition(1, p1.indexOf("kết")), r.origin().rawPosition(text.indexOf("kết")));
    }

    @Test
    void rawOffsetsSurviveDecodingAndNfc() {
        String vni = LegacyEncoding.VNI.encode("kế hoạch năm");
        String raw = "Dòng đầu.\n\n" + Normalizer.normalize("Xây dựng", Normalizer.Form.NFD) + ".\n\n" + vni;
        TextRepair.Repaired r = TextRepair.repair(List.of(raw));
        assertEquals("Dòng đầu.\n\nXây dựng.\n\nkế hoạch năm", r.text());
        int nam = r.text().indexOf("năm");
        assertEquals(raw.indexOf(LegacyEncoding.VNI.encode("năm")), r.origin().rawPosition(nam).offset());
        int ke = r.text().indexOf("kế");
        assertEquals(raw.indexOf(vni), r.origin().rawPosition(ke).offset());
        int xay = r.text().indexOf("Xây");
        assertEquals(raw.indexOf("X"), r.origin().rawPosition(xay).offset());
    }

    @Test
    void emptyAndOddInputDoNotThrow() {
        assertEquals("", repair(""));
        assertEquals("", repair("\n\n \n", "  "));
        assertEquals(2, TextRepair.repair(List.of("", "")).pageMap().pageCount());
        repair("-\n-\n1.\n\f\u0301\u0301x");
    }

    @Test
    void unicodeLinesWithOcrLookalikesAreNotTakenForLegacyFonts() {
        String line = "Căn cứ Quyết định sổ 1873/Q\u00D0-UBND ngày 20/8/2025 của UBND tỉnh Lâm Giang về phòng, chống "
                + "thiên tai; Nghị định số 66/2021/N\u00D0-CP của Chính phủ.";
        String repaired = repair(line);
        assertTrue(repaired.contains("1873/QĐ-UBND"), repaired);
        assertTrue(repaired.contains("tỉnh Lâm Giang"), repaired);
        assertTrue(repaired.contains("66/2021/NĐ-CP của Chính phủ"), repaired);
    }

    @Test
    void aDatedOpeningIsNotJoinedOntoTheTitle() {
        String page = String.join("\n",
                "THÔNG BÁO",
                "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY",
                "về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội sáu tháng đầu năm 2024",
                "Ngày 09/8/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình thực hiện nhiệm vụ năm",
                "2024 của các cơ quan, đơn vị.");
        String text = repair(page);
        assertTrue(text.contains("đầu năm 2024\nNgày 09/8/2024, Ban"), text);
        assertTrue(text.contains("nhiệm vụ năm 2024 của"), text);
    }

    @Test
    void itemsNumberedWithASlashStayApartButAWrappedSymbolJoins() {
        String page = String.join("\n",
                "III. TỔ CHỨC THỰC HIỆN",
                "1/ Phòng Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này trên địa bàn toàn",
                "huyện.",
                "a/ Phòng Y tế kiểm tra công tác phòng, chống dịch bệnh tại các xã, thị trấn trên địa bàn",
                "b/ Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện Kế hoạch này theo phân cấp ngân sách",
                "Thực hiện Kế hoạch của UBND tỉnh về phòng, chống dịch bệnh truyền nhiễm năm 2026 số",
                "12/ KH-UBND ngày 05/3/2026.");
        String text = repair(page);
        assertTrue(text.contains("trên địa bàn toàn huyện.\na/ Phòng Y tế"), text);
        assertTrue(text.contains("trên địa bàn\nb/ Phòng Tài chính"), text);
        assertTrue(text.contains("năm 2026 số 12/ KH-UBND"), text);
    }

    @Test
    void aSignaturesStampLinesGoAndDoNotTakeTheSignersName() {
        String page = String.join("\n",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Ký bởi: Ủy ban nhân dân tỉnh Lào Cai",
                "Email: ubnd@laocai.gov.vn",
                "Thời gian ký: 10.08.2026 15:20:11 +07:00",
                "Nguyễn Thành Sinh");
        String text = repair(page);
        // the signing stamp's lines go (EofficeStamps); the signer's name stays a line of its own under the title
        assertTrue(text.endsWith("PHÓ CHỦ TỊCH\nNguyễn Thành Sinh"), text);
        assertFalse(text.contains("Ký bởi"), text);
    }

    /**
     * A single blank line inside a sentence: after a word no sentence ends with, after a full line, or inside a symbol
     * cut at its hyphen, the sentence goes on; a paragraph's end, a heading and a list item stay apart.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '¦', value = {
        "- Theo dõi, tổng hợp; định kỳ 6 tháng (trước ngày 15/6 và ¦ ngày 15/12 hằng năm) tham mưu báo cáo. ¦ - Theo dõi, tổng hợp; định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm) tham mưu báo cáo.",
        "Tổ chức quán triệt Chỉ thị số 41-CT/TW và Kế hoạch số 156/KH- ¦ TU của Ban Thường vụ Tỉnh ủy. ¦ Tổ chức quán triệt Chỉ thị số 41-CT/TW và Kế hoạch số 156/KH-TU của Ban Thường vụ Tỉnh ủy.",
        "Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ¦ ngày 25 hằng tháng. ¦ Các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng.",
        "Các thôn báo cáo kết quả về Ủy ban nhân dân xã. ¦ tổ chức thực hiện. ¦ Các thôn báo cáo kết quả về Ủy ban nhân dân xã.⏎⏎tổ chức thực hiện.",
        "1. Văn phòng Đảng ủy tham mưu, phối hợp với ¦ a) Ban Xây dựng Đảng ¦ 1. Văn phòng Đảng ủy tham mưu, phối hợp với⏎⏎a) Ban Xây dựng Đảng",
        "KẾ HOẠCH VÀ ¦ tổ chức thực hiện ¦ KẾ HOẠCH VÀ⏎⏎tổ chức thực hiện",
        "Chính sách được áp dụng từ ngày 01 tháng 01 năm ¦ 2025 đến hết ngày 31 tháng 12 năm 2030. ¦ Chính sách được áp dụng từ ngày 01 tháng 01 năm 2025 đến hết ngày 31 tháng 12 năm 2030.",
        "| 5 | Sở Y tế | Trước ngày ¦ 31/7/2026 | ¦ | 5 | Sở Y tế | Trước ngày⏎⏎31/7/2026 |",
        "Báo cáo định kỳ hằng năm ¦ 5. Sở Tài chính ¦ Báo cáo định kỳ hằng năm⏎⏎5. Sở Tài chính",
        "KẾ HOẠCH NĂM ¦ 2026 ¦ KẾ HOẠCH NĂM⏎⏎2026",
        "Công an xã chủ trì và ¦ Phòng Kinh tế phối hợp. ¦ Công an xã chủ trì và⏎⏎Phòng Kinh tế phối hợp.",
    })
    void aBlankLineInsideASentenceIsNoParagraph(String a, String b, String expected) {
        assertEquals(expected.replace('⏎', '\n'), repair(new String[] {a + "\n\n" + b}));
    }

    /** In a wrapped layout, a full line that stops at no stop goes on past a blank line, in either case. */
    @Test
    void aFullLineGoesOnPastABlankLine() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            page.append("Các cơ quan, đơn vị tổ chức tuyên truyền, phổ biến sâu rộng nội dung Kế hoạch\n");
        }
        page.append("1. Ủy ban nhân dân tỉnh đã chỉ đạo các cơ quan chuyên môn kịp thời triển khai\n\n")
                .append("Nghị quyết; ban hành Quyết định số 05/2026/QĐ-UBND ngày 27 tháng 5 năm 2026.\n\n")
                .append("2. Sở Y tế đã phối hợp với Sở Tài chính rà soát\n\n")
                .append("Kết quả đạt được.\n");
        String text = repair(new String[] {page.toString()});
        assertTrue(text.contains("kịp thời triển khai Nghị quyết; ban hành"), text);
        // a short line before a capital stays a paragraph's end
        assertTrue(text.contains("rà soát\n\nKết quả đạt được."), text);
    }

    /** No line opens with a sentence's stop, comma or semicolon: one that does goes on the line before, unspaced. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '¦', value = {
        "nguy cơ cháy cao ở cấp IV, cấp V ¦ . ¦ nguy cơ cháy cao ở cấp IV, cấp V.",
        "của Bộ trưởng Bộ Nông nghiệp và Môi trường ¦ ; để chủ động phòng ngừa, Chủ tịch yêu cầu: ¦ của Bộ trưởng Bộ Nông nghiệp và Môi trường; để chủ động phòng ngừa, Chủ tịch yêu cầu:",
        "tổ chức thực hiện Chỉ thị này ¦ ./. ¦ tổ chức thực hiện Chỉ thị này./.",
        "Sở Tài chính ¦ .NET Framework ¦ Sở Tài chính⏎.NET Framework",
    })
    void aLineOpeningWithAStopGoesOnTheLineBefore(String a, String b, String expected) {
        assertEquals(expected.replace('⏎', '\n'), repair(new String[] {a + "\n" + b}));
    }

    /** A type's title set letter-spaced gets its words back; a spaced line that spells no type heading stays. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "Q U Y Ế T Đ Ị N H ¦ QUYẾT ĐỊNH",
        "K Ế H O Ạ C H ¦ KẾ HOẠCH",
        "C H Ỉ T H Ị ¦ CHỈ THỊ",
        "H Ư Ớ N G D Ẫ N ¦ HƯỚNG DẪN",
        "A B C D ¦ A B C D",
        "KẾ HOẠCH ¦ KẾ HOẠCH",
        "K Ế HOẠCH ¦ K Ế HOẠCH",
    })
    void aLetterSpacedTitleGetsItsWordsBack(String line, String expected) {
        assertEquals(expected, repair(new String[] {line + "\nVề việc tăng cường công tác"}).lines().findFirst().orElseThrow());
    }

    /** A table of contents before the opening is dropped; a "Mục lục" with no entries under it stays. */
    @Test
    void aTableOfContentsIsDropped() {
        String head = "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n";
        String rest = "Căn cứ Nghị định số 129/2025/NĐ-CP ngày 04 tháng 6 năm 2025 của Chính phủ;\nI. MỤC ĐÍCH, YÊU CẦU\n";
        assertEquals(head.strip() + "\n\n" + rest.strip(),
                repair(new String[] {head + "MỤC LỤC\nI. MỤC ĐÍCH, YÊU CẦU\t2\nII. NHIỆM VỤ, GIẢI PHÁP ........ 3\n" + rest}));
        String noEntries = head + "MỤC LỤC\nDanh mục các văn bản kèm theo\n" + rest;
        assertTrue(repair(new String[] {noEntries}).contains("MỤC LỤC"));
    }

    /** A first page's header written after its body and notes (text frames) goes back to the top of the page. */
    @Test
    void aHeaderWrittenLastGoesBackToTheTop() {
        String body = String.join("\n", "Q U Y Ế T Đ Ị N H", "Về việc thành lập Tổ công tác",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH", "", "Căn cứ Luật Tổ chức chính quyền địa phương;",
                "Căn cứ Kế hoạch số 96/KH-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân phường;", "",
                "QUYẾT ĐỊNH:", "", "Điều 1. Thành lập Tổ công tác gồm các ông, bà có tên sau:", "",
                "1Quyết định số 31/2025/QĐ-UBND đã được sửa đổi tại Quyết định số 07/2026/QĐ-UBND.", "");
        String header = String.join("\n", "ỦY BAN NHÂN DÂN", "PHƯỜNG AN BÌNH", "", "Số: 412/QĐ-UBND",
                "V/v tăng cường quản lý trật tự", "xây dựng trên địa bàn", "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                "An Bình, ngày 12 tháng 5 năm 2026", "");
        String text = repair(new String[] {body + header, "Điều 2. Quyết định có hiệu lực kể từ ngày ký."});
        assertTrue(text.startsWith("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH"), text);
        assertTrue(text.indexOf("An Bình, ngày 12 tháng 5 năm 2026") < text.indexOf("QUYẾT ĐỊNH\n"), text);
        assertTrue(text.contains("V/v tăng cường quản lý trật tự xây dựng trên địa bàn"), text);
        // a page that opens with its header, and one whose last lines hold a motto but no number, stay as read
        String inOrder = header + body;
        assertTrue(repair(new String[] {inOrder}).startsWith("ỦY BAN NHÂN DÂN"));
        String quoted = body + String.join("\n", "Khẩu hiệu:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        assertTrue(repair(new String[] {quoted}).startsWith("QUYẾT ĐỊNH"), repair(new String[] {quoted}));
    }

    /**
     * A Word 97 letter whose issuer and motto are text boxes (read after the body and its signature), its number and
     * date typed in the body's first lines: the boxes go back to the top.
     */
    @Test
    void anIssuerAndMottoInTextBoxesAfterTheBodyGoBackToTheTop() {
        String body = String.join("\n", "Số: 1842/SNNMT-CCKL", "Quảng Trị, ngày 09 tháng 4 năm 2026",
                "V/v tăng cường các biện pháp phòng cháy, chữa cháy rừng", "Kính gửi:", "- Chi cục Kiểm lâm tỉnh;",
                "Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:",
                "1. Chi cục Kiểm lâm tỉnh báo cáo trước ngày 31/8/2026.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Hữu Phước", "");
        String boxes = String.join("\n", "UBND TỈNH QUẢNG TRỊ", "SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG", "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        String text = repair(new String[] {body + "\n" + boxes});
        assertTrue(text.startsWith("UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP"), text);
    }
}
