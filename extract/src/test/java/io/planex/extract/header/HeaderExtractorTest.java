package io.planex.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import io.planex.extract.unit.SampleDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderExtractorTest {
    private final HeaderExtractor extractor = new HeaderExtractor();

    private DocumentHeader read(String text) {
        return extractor.extract(text, PageMap.single());
    }

    /** Header lines -> symbol, date, place, type ("-" for null). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Số  04-KH/ĐU\\nThanh Miện, ngày  05  tháng 8 năm 2025\\nKẾ HOẠCH|04-KH/ĐU|2025-08-05|Thanh Miện|KH",
        "Số: /KH-UBND\\nKim Động, ngày tháng năm 2023\\nKẾ HOẠCH|-|2023|Kim Động|KH",
        "Số: 215/KH-UBND Mỹ Hào, ngày 13 tháng 10 năm 2023|215/KH-UBND|2023-10-13|Mỹ Hào|KH",
        "Số: 27/2019/QĐ-UBND\\nHưng Yên, ngày 19 tháng 7 năm 2019|27/2019/QĐ-UBND|2019-07-19|Hưng Yên|QĐ",
        "Số: 5973/UBND-KT\\nHà Nội, ngày 02 tháng 12 năm 2024|5973/UBND-KT|2024-12-02|Hà Nội|CV",
        "Số: 12 /CT-UBND\\nCHỈ THỊ\\nVề tăng cường công tác phòng cháy|12/CT-UBND|-|-|CT",
        "NGHỊ QUYẾT\\nVề nhiệm vụ năm 2025|-|-|-|NQ",
        "Số 30-HD/BTGTU\\nHƯỚNG DẪN\\ntuyên truyền kỷ niệm|30-HD/BTGTU|-|-|HD",
        "THÔNG BÁO\\nKết luận của Chủ tịch UBND huyện|-|-|-|TB",
        "Số: 45/TTr-UBND\\nTỜ TRÌNH\\nVề việc đề nghị phê duyệt|45/TTr-UBND|-|-|TTr",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\\nthực hiện Nghị quyết|-|-|-|CTr",
        "Số: 18/BC-UBND\\nphục vụ kỳ họp|18/BC-UBND|-|-|BC",
        "Số: 77/UBND-VP\\nV/v góp ý dự thảo|77/UBND-VP|-|-|CV",
        "Số:9/KH-SYT\\nLâm Giang, ngày 05 /5/ 2025\\nKẾ HOẠCH|9/KH-SYT|2025-05-05|Lâm Giang|KH",
        "Số: 88 /QĐ-\\n\\nUBND\\n\\nBình An, ngày 3 tháng 4 năm 2024\\nQUYẾT ĐỊNH|88/QĐ-UBND|2024-04-03|Bình An|QĐ",
        // the rest of the code before the other column's place and date, as a PDF interleaves the two columns
        "Số: 15/KH-\\nMTTQ-BTT       Phú Lộc, ngày 20 tháng 11 năm 2026\\nKẾ HOẠCH|15/KH-MTTQ-BTT|2026-11-20|Phú Lộc|KH",
        "Số: 61/TB-UBND\\nngày 12/11/2024\\nTHÔNG BÁO|61/TB-UBND|2024-11-12|-|TB",
        "Sô: 88 /KH-UBND Đông Hà, ngày 16 tháng 01 năm 2025\\nKÉ HOẠCH\\nPhát triển du lịch|88/KH-UBND|2025-01-16|Đông Hà|KH",
        "Số: 12/QĐ-UBND\\nQUYÊT ĐỊNH\\nVề việc phê duyệt|12/QĐ-UBND|-|-|QĐ",
        "Số 45-\\nKH/ĐU\\nTân An, ngày 05-5-2025\\nKẾ HOẠCH|45-KH/ĐU|2025-05-05|Tân An|KH",
        "Số: 123/KH-\\nUBND\\nHà Nội, ngày 5/5/2025\\nKẾ HOẠCH|123/KH-UBND|2025-05-05|Hà Nội|KH",
        // a scan read the number line in lower case: the symbol alone on its line, specks after it
        "HUYỆN ỦY CẨM XUYÊN\\nsố 128-KH/HU  -\\nCẩm Xuyên, ngày 22 tháng 10 năm 2025\\nKẾ HOẠCH|128-KH/HU|2025-10-22|Cẩm Xuyên|KH",
        // a sentence wrapped before "số" cites a document: no symbol of the plan's own
        "KẾ HOẠCH\\nThực hiện Kế hoạch\\nsố 12/KH-UBND ngày 05/3/2025 của UBND tỉnh|-|-|-|KH",
    })
    void readsSymbolDatePlaceAndType(String head, String symbol, String date, String place, String type) {
        DocumentHeader h = read(head.replace("\\n", "\n"));
        assertEquals(dash(symbol), h.symbol());
        assertEquals(dash(date), h.date());
        assertEquals(dash(place), h.place());
        assertEquals(dash(type), h.type());
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }

    @Test
    void partyPlanWithTwoColumnHeader() {
        DocumentHeader h = read(SampleDocuments.DISTRICT_PARTY_PLAN);
        assertEquals("Huyện ủy Phú Cát", h.issuer());
        assertEquals("112-KH/HU", h.symbol());
        assertEquals("112", h.number());
        assertEquals("2024-03-14", h.date());
        assertEquals("Phú Cát", h.place());
        assertEquals("Kế hoạch", h.typeName());
        assertEquals("thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư về công tác dân vận trong tình hình mới", h.title());
        assertEquals("Trần Quốc Bảo", h.signer().name());
        assertEquals("Bí thư", h.signer().title());
        assertEquals(List.of("Ban Dân vận Tỉnh ủy (để b/c)", "Các đồng chí Huyện ủy viên", "Các chi, đảng bộ cơ sở"),
                h.recipients());
    }

    @Test
    void communePlanWithoutHeaderTakesIssuerFromTheBody() {
        DocumentHeader h = read(SampleDocuments.COMMUNE_PLAN);
        assertEquals("Ủy ban nhân dân xã Tân Lập", h.issuer());
        assertNull(h.symbol());
        assertNull(h.date());
        assertEquals("KH", h.type());
        assertEquals("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia trên địa bàn xã Tân Lập năm 2024",
                h.title());
        assertEquals("Lò Thị Hằng", h.signer().name());
        assertEquals("Phó Chủ tịch", h.signer().title());
        assertEquals(List.of("UBND huyện (để b/c)", "TT Đảng ủy, HĐND xã", "Như mục III"), h.recipients());
    }

    @Test
    void aDirectivesTitleEndsAtTheBlankLineBeforeItsOpeningParagraph() {
        String text = String.join("\n",
                "ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỈNH ĐÔNG HẢI                            Độc lập - Tự do - Hạnh phúc",
                "Số: 07/CT-UBND                        Đông Hải, ngày 11 tháng 3 năm 2026",
                "",
                "CHỈ THỊ",
                "Về tăng cường công tác phòng, chống thiên tai",
                "năm 2026",
                "",
                "Thời gian qua, công tác phòng, chống thiên tai trên địa bàn tỉnh đạt nhiều kết quả. Chủ tịch Ủy ban nhân",
                "dân tỉnh chỉ thị:");
        DocumentHeader h = read(text);
        assertEquals("CT", h.type());
        assertEquals("Về tăng cường công tác phòng, chống thiên tai năm 2026", h.title());
    }

    @Test
    void aTitleEndsWhereACapitalisedBodySentenceOpensWithoutABlankLine() {
        String head = "TỈNH ỦY LÂM GIANG\n*\nSố 12-KL/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLâm Giang, ngày 05 tháng 3 năm 2026\n"
                + "KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác cán bộ\n";
        assertEquals("về công tác cán bộ", read(head + "Tại phiên họp ngày 02/3/2026, Ban Thường vụ kết luận:").title());
        assertEquals("về công tác cán bộ", read(head + "Thời gian qua, công tác cán bộ có chuyển biến.").title());
        // any short capitalised opening before a comma, or a sentence's end inside the line
        assertEquals("về công tác cán bộ", read(head + "Năm 2026, tỉnh được giao tổng kế hoạch vốn là 8.500 tỷ đồng.").title());
        assertEquals("về công tác cán bộ", read(head + "Giải ngân đạt 42% kế hoạch. Đến ngày 31/8/2026 còn chậm.").title());
        // a wrapped title's proper names and numbers are not sentences
        assertEquals("về công tác cán bộ Khu kinh tế Vũng Áng năm 2026", read(head.replace("về công tác cán bộ\n",
                "về công tác cán bộ\nKhu kinh tế Vũng Áng năm 2026\n") + "\nNgày 02/3/2026, Ban Thường vụ họp.").title());
        // in lower case the same word goes on a wrapped title
        assertEquals("về tổ chức Hội nghị tại xã Hòa An", read(head.replace("về công tác cán bộ", "về tổ chức Hội nghị")
                + "tại xã Hòa An\n\nNgày 02/3/2026, Ban Thường vụ họp.").title());
    }

    @Test
    void aYearNoDocumentCarriesGivesNoDate() {
        String head = "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 301/KH-UBND\nBắc Kạn, ngày 20 tháng 5 năm %s\nKẾ HOẠCH\nVề việc X\n";
        assertEquals(null, read(String.format(head, "2926")).date());
        assertEquals(null, read(String.format(head, "1026")).date());
        assertEquals("2026-05-20", read(String.format(head, "2026")).date());
        assertEquals("Bắc Kạn", read(String.format(head, "2926")).place());
    }

    @Test
    void aDateLineWithNoPlaceIsTheDateButABodySentenceOpenedByADateIsNot() {
        String head = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/KH-UBND\n";
        assertEquals("2026-01-15", read(head + "Ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nVề việc X\n").date());
        assertEquals("2026-01-15", read(head + "Ngày 15/01/2026\nKẾ HOẠCH\nVề việc X\n").date());
        assertEquals(null, read(head + "KẾ HOẠCH\nVề việc X\nNgày 15/01/2026, Ủy ban nhân dân xã họp.\n").date());
    }

    @Test
    void aDispatchsTitleEndsAtItsSenderLine() {
        String text = String.join("\n",
                "ỦY BAN NHÂN DÂN", "TỈNH ĐÔNG HẢI", "Số: 08/CĐ-UBND", "Đông Hải, ngày 27 tháng 10 năm 2025",
                "CÔNG ĐIỆN", "Về việc chủ động ứng phó với mưa lũ",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
                "- Giám đốc các Sở, Thủ trưởng các ban, ngành cấp tỉnh;");
        DocumentHeader h = read(text);
        assertEquals("CĐ", h.type());
        assertEquals("Về việc chủ động ứng phó với mưa lũ", h.title());
    }

    @Test
    void decisionHeaderJoinsTheIssuerOverTwoLinesAndDropsTheMotto() {
        DocumentHeader h = read(SampleDocuments.PROVINCIAL_DECISION);
        assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", h.issuer());
        assertEquals("QĐ", h.type());
        assertEquals("Quyết định", h.typeName());
        assertEquals("1234/QĐ-UBND", h.symbol());
        assertEquals("Quảng Ngãi", h.place());
        assertEquals("Về việc phê duyệt Phương án tổ chức lễ hội văn hóa các dân tộc miền núi năm 2024", h.title());
        assertEquals("Nguyễn Thanh Hoài", h.signer().name());
        assertEquals("Phó Chủ tịch", h.signer().title());
    }

    @Test
    void letterIsACongVanWithItsSubjectAsTitleAndKinhGuiRecipients() {
        DocumentHeader h = read(SampleDocuments.DISTRICT_LETTER);
        assertEquals("CV", h.type());
        assertEquals("Công văn", h.typeName());
        assertEquals("5973/UBND-VX", h.symbol());
        assertEquals("Ủy ban nhân dân huyện Thanh Sơn", h.issuer());
        assertEquals("V/v rà soát, báo cáo số liệu hộ nghèo năm 2025", h.title());
        assertEquals("2026-01-20", h.date());
        assertEquals("Chánh Văn phòng", h.signer().title());
        assertEquals(List.of("Phòng Lao động - Thương binh và Xã hội", "UBND các xã, thị trấn", "Như trên"),
                h.recipients());
    }

    @Test
    void theNationsNameWithOcrsTForITellsTheIssuerFromIt() {
        // Tesseract reads "HỘI" as "HỘT" on a noisy scan: the line is still the nation's, not the issuer's
        DocumentHeader h = read("BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘT CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 7710/BNV-CCVC\nV/v báo cáo số lượng công chức\nHà Nội, ngày 16 tháng 10 năm 2026\n");
        assertEquals("Bộ Nội vụ", h.issuer());
    }

    @Test
    void aFlattenedHeadersSubjectEndsBeforeThePlaceAndDate() {
        DocumentHeader h = read("UBND TỈNH BẮC GIANG SỞ NỘI VỤ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -"
                + " Hạnh phúc --------------- Số: 1502/SNV-CCVC V/v rà soát, báo cáo số lượng viên chức Bắc Giang, ngày 03"
                + " tháng 9 năm 2026 Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các xã, phường.\nSở Nội vụ đề nghị ...");
        assertEquals("V/v rà soát, báo cáo số lượng viên chức", h.title());
        assertEquals("2026-09-03", h.date());
        assertEquals(List.of("Các sở, ban, ngành tỉnh", "UBND các xã, phường"), h.recipients());
    }

    @Test
    void signatureBlockGivesTheIssuerWhenNeitherHeaderNorBodyNamesIt() {
        String text = """
                KẾ HOẠCH
                Phòng, chống thiên tai năm 2024
                I. MỤC ĐÍCH
                Chủ động ứng phó với thiên tai trên địa bàn huyện Yên Thành.
                Yên Thành, ngày 02 tháng 3 năm 2024
                """ + "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nPHAN VĂN LỘC\n";
        DocumentHeader h = read(text);
        assertEquals("Ủy ban nhân dân huyện Yên Thành", h.issuer());
        assertEquals("Phan Văn Lộc", h.signer().name());
        assertEquals("Chủ tịch", h.signer().title());
    }

    /**
     * A joint document signed side by side: the signer is its lead body's, the body its header and symbol name first,
     * wherever its block stands; a letter of several departments ("/LN-") is joint too.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "joint letter, the lead's block first | UBND TỈNH QUẢNG TRỊ\\nLIÊN NGÀNH\\nSỞ Y TẾ -\\nSỞ GIÁO DỤC VÀ ĐÀO TẠO -\\nSỞ NỘI VỤ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 120/LN-SYT-SGDĐT-SNV\\nV/v y tế trường học\\nQuảng Trị, ngày 08 tháng 9 năm 2025\\nĐề nghị các đơn vị thực hiện./.\\nKT. GIÁM ĐỐC SỞ Y TẾ\\nPHÓ GIÁM ĐỐC\\n(Đã ký)\\nHoàng Minh Đức\\nKT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\\nPHÓ GIÁM ĐỐC\\n(Đã ký)\\nLê Thị Thanh Xuân\\nKT. GIÁM ĐỐC SỞ NỘI VỤ\\nPHÓ GIÁM ĐỐC\\n(Đã ký)\\nTrương Công Bình\\nNơi nhận:\\n- Như trên;\\n- Lưu: VT. | Hoàng Minh Đức | Phó Giám đốc",
        "joint decision, the lead's block first, each body over its block | CÔNG AN TỈNH HÀ TĨNH -\\nBAN THƯỜNG TRỰC\\nỦY BAN MTTQ VIỆT NAM\\nTỈNH HÀ TĨNH\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 02/QĐLT-CAT-MTTQ\\nHà Tĩnh, ngày 05 tháng 02 năm 2026\\nQUYẾT ĐỊNH LIÊN TỊCH\\nBan hành Quy chế phối hợp\\nĐiều 1. Ban hành kèm theo Quyết định liên tịch này Quy chế phối hợp./.\\nCÔNG AN TỈNH HÀ TĨNH\\nGIÁM ĐỐC\\n(Đã ký)\\nĐại tá Phan Văn Hùng\\nỦY BAN MTTQ VIỆT NAM TỈNH\\nTM. BAN THƯỜNG TRỰC\\nCHỦ TỊCH\\n(Đã ký)\\nNguyễn Thị Thu Hà\\nNơi nhận:\\n- Lưu: VT. | Phan Văn Hùng | Giám đốc",
        "joint programme, the lead's block last (on the right) | ỦY BAN MTTQ VIỆT NAM\\nTỈNH BẮC NINH\\nỦY BAN NHÂN DÂN\\nTỈNH BẮC NINH\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 24/CTPH-UBND-MTTQ\\nBắc Ninh, ngày 12 tháng 3 năm 2026\\nCHƯƠNG TRÌNH PHỐI HỢP\\nGiám sát, phản biện xã hội\\nHai bên thống nhất thực hiện./.\\nTM. BAN THƯỜNG TRỰC\\nỦY BAN MTTQ VIỆT NAM TỈNH\\nCHỦ TỊCH\\nLê Văn Hải\\nTM. ỦY BAN NHÂN DÂN TỈNH\\nCHỦ TỊCH\\nTrần Quốc Nam\\nNơi nhận:\\n- Lưu: VT. | Trần Quốc Nam | Chủ tịch",
    })
    void aJointDocumentIsSignedByItsLeadBody(String layout, String text, String name, String title) {
        DocumentHeader h = read(text.replace("\\n", "\n"));
        assertEquals(name, h.signer().name(), layout);
        assertEquals(title, h.signer().title(), layout);
    }

    @Test
    void aJointDecisionKeepsItsOwnTypeCode() {
        DocumentHeader h = read("CÔNG AN TỈNH HÀ TĨNH - BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH\n"
                + "Số: 02/QĐLT-CAT-MTTQ\nHà Tĩnh, ngày 05 tháng 02 năm 2026\nQUYẾT ĐỊNH LIÊN TỊCH\nBan hành Quy chế phối hợp\n");
        assertEquals("QĐLT", h.type());
        assertEquals("02/QĐLT-CAT-MTTQ", h.symbol());
    }

    /** A joint programme's header: two issuers and the motto side by side, {@code GAP} between the columns. */
    private static final String JOINT_HEADER = """
            ỦY BAN MTTQ VIỆT NAMGAPỦY BAN NHÂN DÂNGAPCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH BẮC NINHGAPTỈNH BẮC NINHGAPĐộc lập - Tự do - Hạnh phúc
            Số: 24/CTPH-UBND-MTTQGAPBắc Ninh, ngày 12 tháng 3 năm 2026
            CHƯƠNG TRÌNH PHỐI HỢP
            Giám sát, phản biện xã hội giai đoạn 2026 - 2030
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // typed with spaces or tabs, read across: the two issuers' lines interleaved ("Ủy ban MTTQ Việt Nam Ủy ban
        // nhân dân tỉnh Bắc Ninh tỉnh Bắc Ninh"); read column by column as the DOCX table gives them
        "spaces#'      '",
        "a tab#'\t'",
        "tabs and spaces#'  \t\t '",
    })
    void aJointHeaderOfThreeColumnsGivesItsLastIssuerWhole(String layout, String gap) {
        assertJointHeader(layout, JOINT_HEADER.replace("GAP", gap));
    }

    @Test
    void aJointHeaderAsADocxTableGivesItsLastIssuerWhole() {
        // the DOCX form: each cell's lines in sequence
        assertJointHeader("cells in sequence", """
                ỦY BAN MTTQ VIỆT NAM
                TỈNH BẮC NINH
                ỦY BAN NHÂN DÂN
                TỈNH BẮC NINH
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 24/CTPH-UBND-MTTQ
                Bắc Ninh, ngày 12 tháng 3 năm 2026
                CHƯƠNG TRÌNH PHỐI HỢP
                Giám sát, phản biện xã hội giai đoạn 2026 - 2030
                """);
    }

    private void assertJointHeader(String layout, String text) {
        DocumentHeader h = read(text);
        assertEquals("Ủy ban nhân dân tỉnh Bắc Ninh", h.issuer(), layout);
        assertEquals("24/CTPH-UBND-MTTQ", h.symbol(), layout);
        assertEquals("2026-03-12", h.date(), layout);
    }

    @Test
    void aTwoColumnHeaderTypedWithSpacesIsReadAsBefore() {
        String text = """
                ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                HUYỆN KIM SƠN            Độc lập - Tự do - Hạnh phúc
                Số: 12/KH-UBND           Kim Sơn, ngày 05 tháng 3 năm 2026
                KẾ HOẠCH
                Tổ chức Tháng hành động vì trẻ em
                """;
        assertEquals("Ủy ban nhân dân huyện Kim Sơn", read(text).issuer());
        // three parts on one line alone are no header of three columns
        String[] one = {"ỦY BAN NHÂN DÂN     HUYỆN KIM SƠN     CỘNG HÒA", "KẾ HOẠCH"};
        assertSame(one, HeaderExtractor.columnByColumn(one));
    }

    @Test
    void bodyIssuerWithoutPlaceIsCompletedFromTheDateLine() {
        String text = """
                Số: /KH-UBND
                Kim Sơn, ngày tháng năm 2024
                KẾ HOẠCH
                Tổ chức Tháng hành động vì trẻ em
                Thực hiện Kế hoạch số 10/KH-UBND của UBND tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
                """;
        assertEquals("Ủy ban nhân dân huyện Kim Sơn", read(text).issuer());
    }

    @Test
    void bodyIssuerSkipsTheIssuerOfACitedDocumentAndTakesItsPlaceFromTheText() {
        String text = """
                KẾ HOẠCH
                Cải cách hành chính năm 2025 trên địa bàn huyện Đông Lâm
                Căn cứ Quyết định số 1245/QĐ-UBND ngày 25/12/2024 của UBND tỉnh Lâm Giang ban hành Kế hoạch cải cách                 hành chính tỉnh năm 2025, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
                I. MỤC ĐÍCH
                Nâng cao chỉ số hài lòng của người dân huyện Đông Lâm.
                """;
        assertEquals("Ủy ban nhân dân huyện Đông Lâm", read(text).issuer());
    }

    @Test
    void twoColumnHeaderWhoseBodyNameHoldsTheWordSo() {
        String text = """
                BAN CHỈ ĐẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                CHUYỂN ĐỔI SỐ HUYỆN PHÚ LẠC Độc lập - Tự do - Hạnh phúc
                Số: 07/KH-BCĐ Phú Lạc, ngày 15 tháng 4 năm 2024
                KẾ HOẠCH
                Hoạt động của Ban Chỉ đạo năm 2024
                """;
        DocumentHeader h = read(text);
        assertEquals("Ban Chỉ đạo chuyển đổi số huyện Phú Lạc", h.issuer());
        assertEquals("07/KH-BCĐ", h.symbol());
        assertEquals("2024-04-15", h.date());
    }

    @Test
    void partyDepartmentIsNamedWithItsCommittee() {
        String text = """
                HUYỆN ỦY ĐÔNG LÂM
                BAN TỔ CHỨC
                *
                Số 35-HD/BTCHU
                ĐẢNG CỘNG SẢN VIỆT NAM
                Đông Lâm, ngày 20 tháng 11 năm 2024
                HƯỚNG DẪN
                kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng năm 2024
                """;
        assertEquals("Ban Tổ chức Huyện ủy Đông Lâm", read(text).issuer());
        // the Central Committee's departments are named "... Trung ương"
        assertEquals("Ban Tổ chức Trung ương", read(text.replace("HUYỆN ỦY ĐÔNG LÂM", "BAN CHẤP HÀNH TRUNG ƯƠNG")).issuer());
        assertEquals("Ủy ban Kiểm tra Trung ương", read(text.replace("HUYỆN ỦY ĐÔNG LÂM\nBAN TỔ CHỨC",
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA")).issuer());
        // a local government's department takes the place its parent names (the issuer as annotators write it)
        assertEquals("Sở Tài chính tỉnh Lâm Giang", read("UBND TỈNH LÂM GIANG\nSỞ TÀI CHÍNH\nSố: 12/KH-STC\nKẾ HOẠCH\nVề ngân sách\n")
                .issuer());
    }

    /** A Party committee printed under its chapter's name without its own place: "ĐẢNG BỘ TỈNH X" / "TỈNH ỦY". */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "ĐẢNG BỘ TỈNH NGHỆ AN / TỈNH ỦY | Tỉnh ủy Nghệ An",
        "ĐẢNG BỘ HUYỆN ANH SƠN / HUYỆN ỦY | Huyện ủy Anh Sơn",
        "ĐẢNG BỘ THÀNH PHỐ VINH / THÀNH ỦY | Thành ủy Vinh",
        "ĐẢNG BỘ TỈNH NGHỆ AN / BAN THƯỜNG VỤ TỈNH ỦY | Ban Thường vụ Tỉnh ủy Nghệ An",
        "ĐẢNG BỘ XÃ HÒA AN / ĐẢNG ỦY | Đảng ủy xã Hòa An",
        "ĐẢNG BỘ TỈNH NGHỆ AN / HUYỆN ỦY ANH SƠN | Huyện ủy Anh Sơn",
        "ĐẢNG BỘ HUYỆN ĐÔNG LÂM / ĐẢNG ỦY XÃ HÒA AN | Đảng ủy xã Hòa An",
        "ĐẢNG BỘ TỈNH NGHỆ AN / ĐẢNG ỦY CÁC CƠ QUAN TỈNH | Đảng ủy các cơ quan tỉnh",
    })
    void partyCommitteeTakesItsChaptersPlace(String lines, String issuer) {
        String text = lines.replace(" / ", "\n") + "\n*\nSố 15-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nNghệ An, ngày 05 tháng 3 năm 2026\n"
                + "KẾ HOẠCH\nthực hiện Nghị quyết\n";
        assertEquals(issuer, read(text).issuer());
    }

    @Test
    void neverThrowsAndReturnsEmptyFieldsForEmptyInput() {
        DocumentHeader h = read("");
        assertNull(h.type());
        assertNull(h.issuer());
        assertNull(h.signer());
        read("Số:\nngày tháng năm\nTM.\nKT.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ĐẢNG UỶ XÃ THANH MIỆN|Đảng ủy xã Thanh Miện",
        "ỦY BAN NHÂN DÂN HUYỆN KIM ĐỘNG|Ủy ban nhân dân huyện Kim Động",
        "HUYỆN ỦY KIM ĐỘNG|Huyện ủy Kim Động",
        "SỞ TÀI CHÍNH|Sở Tài chính",
        "UBND THỊ XÃ MỸ HÀO|Ủy ban nhân dân thị xã Mỹ Hào",
        "BAN THƯỜNG VỤ|Ban Thường vụ",
        "UBND xã Hòa Phong|Ủy ban nhân dân xã Hòa Phong",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH|Sở Văn hóa, Thể thao và Du lịch",
        "BAN TUYÊN GIÁO VÀ DÂN VẬN|Ban Tuyên giáo và Dân vận",
        "PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN ĐÔNG LÂM|Phòng Tài chính - Kế hoạch huyện Đông Lâm",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÂM GIANG|Sở Nông nghiệp và Môi trường tỉnh Lâm Giang",
        // "XÃ HỘI" (society) opens with the level word "XÃ" and is none
        "BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM VÀ TỆ NẠN XÃ HỘI|Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội",
        "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI|Sở Lao động - Thương binh và Xã hội",
        "ỦY BAN NHÂN DÂN XÃ HỘI XUÂN|Ủy ban nhân dân xã Hội Xuân",
    })
    void writesBodiesInNormalCase(String printed, String normal) {
        assertEquals(normal, NormalCase.body(printed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PHÓ CHỦ TỊCH|Phó Chủ tịch",
        "PHÓ BÍ THƯ THƯỜNG TRỰC|Phó Bí thư Thường trực",
        "GIÁM ĐỐC|Giám đốc",
        "CHÁNH VĂN PHÒNG|Chánh Văn phòng",
        "TRƯỞNG BAN|Trưởng ban",
    })
    void writesTitlesInNormalCase(String printed, String normal) {
        assertEquals(normal, NormalCase.title(printed));
    }
}
