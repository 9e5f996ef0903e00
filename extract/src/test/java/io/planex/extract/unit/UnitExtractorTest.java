package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitExtractorTest {
    private final UnitExtractor extractor = new UnitExtractor();

    private List<String> leads(String text) {
        return extractor.extract(text, PageMap.single()).stream().filter(Unit::lead).map(Unit::name).toList();
    }

    private List<String> partners(String text) {
        return extractor.extract(text, PageMap.single()).stream().filter(u -> !u.lead()).map(Unit::name).toList();
    }

    @Test
    void communePlanUnitsComeFromImplementationHeadingsSplitAtSemicolons() {
        assertEquals(List.of("Công chức Văn hóa - Xã hội", "Công an xã", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ xã",
                "Các thôn, khu dân cư", "Trường Tiểu học Tân Lập"), leads(SampleDocuments.COMMUNE_PLAN));
    }

    @Test
    void communePlanKeepsPartnersApartAndIgnoresBulletsUnderTaskHeadings() {
        assertEquals(List.of("Đài truyền thanh xã"), partners(SampleDocuments.COMMUNE_PLAN));
        // "Các tổ chức chính trị - xã hội lồng ghép ..." is a bullet under a task heading in NHIỆM VỤ
        assertFalse(leads(SampleDocuments.COMMUNE_PLAN).stream().anyMatch(n -> n.startsWith("Các tổ chức")));
    }

    /** A partner list splits at commas and "và", except where a comma goes on with more levels of "các X". */
    @Test
    void partnerListsKeepGroupsOfBodiesWhole() {
        String[][] cases = {
            {"Trung tâm Y tế các huyện, thị xã, thành phố rà soát", "Trung tâm Y tế các huyện, thị xã, thành phố rà soát"},
            {"Sở Tài chính, Sở Nội vụ và UBND các xã, phường, thị trấn", "Sở Tài chính|Sở Nội vụ|UBND các xã, phường, thị trấn"},
            {"các sở, ban, ngành, đoàn thể tỉnh", "các sở, ban, ngành, đoàn thể tỉnh"},
            {"Sở Tài chính, các cơ quan liên quan", "Sở Tài chính|các cơ quan liên quan"},
            {"Phòng Nội vụ, xã Tân Lập", "Phòng Nội vụ|xã Tân Lập"},
            {"Công an tỉnh", "Công an tỉnh"},
            // one office of two organs, abbreviated or spelled out
            {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Công an huyện",
                "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện|Công an huyện"},
            {"Văn phòng HĐND và UBND xã và Công an xã", "Văn phòng HĐND và UBND xã|Công an xã"},
        };
        for (String[] c : cases) {
            assertEquals(List.of(c[1].split("\\|")), UnitExtractor.partnerParts(c[0]).stream().map(String::strip).toList(), c[0]);
        }
        String letter = """
                Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:
                1. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trung tâm Y tế các huyện, thị xã, thành phố rà \
                soát thực trạng hoạt động của trạm y tế xã; báo cáo Sở Y tế trước ngày 30/11/2025.
                2. Bệnh viện Đa khoa tỉnh xây dựng kế hoạch luân phiên bác sĩ về tuyến cơ sở.
                """;
        assertEquals(List.of("Trung tâm Y tế các huyện, thị xã, thành phố"), partners(letter));
    }

    /** The task's verb ends a list of partners: what follows it is the task's objects, not more partners. */
    @Test
    void aPartnerListEndsAtTheTasksVerb() {
        String text = """
                IV. TỔ CHỨC THỰC HIỆN
                1. Ban Chính sách, chiến lược Trung ương chủ trì, phối hợp với Đảng ủy Chính phủ theo dõi, giám sát,                 định kỳ báo cáo Bộ Chính trị, Ban Bí thư.
                2. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các huyện đẩy nhanh công tác giải phóng mặt bằng.
                """;
        assertEquals(List.of("Đảng ủy Chính phủ", "UBND các huyện"), partners(text));
    }

    /** A partner whose name holds "và" is the unit of that name, not its first half. */
    @Test
    void aPartnerIsNotCutAtTheAndInsideAUnitsName() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Sở Khoa học và Công nghệ hướng dẫn triển khai nền tảng số.
                2. Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Xây dựng tham mưu bố trí kinh phí.
                """;
        assertEquals(List.of("Sở Xây dựng"), partners(text));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '¦', value = {
        // a list of bodies named as one unit ¦ the units it stands for, " | " between them
        "Ủy ban MTTQ Việt Nam xã, Hội Nông dân xã, Đoàn Thanh niên xã ¦ Ủy ban MTTQ Việt Nam xã | Hội Nông dân xã | Đoàn Thanh niên xã",
        "Thủ trưởng các cơ quan, đơn vị có liên quan và Trưởng các thôn ¦ Thủ trưởng các cơ quan, đơn vị có liên quan | Trưởng các thôn",
        "Công an tỉnh, các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường ¦ Công an tỉnh, các sở, ban, ngành tỉnh | Ủy ban nhân dân các xã, phường",
        "Đảng ủy xã Tân Hòa và Đảng ủy phường Bắc Sơn ¦ Đảng ủy xã Tân Hòa | Đảng ủy phường Bắc Sơn",
        "Sở Văn hóa, Thể thao và Du lịch ¦ Sở Văn hóa, Thể thao và Du lịch",
        "Văn phòng HĐND và UBND xã ¦ Văn phòng HĐND và UBND xã",
        "Ủy ban nhân dân các huyện, thị xã, thành phố ¦ Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Công an tỉnh, các sở, ban, ngành ¦ Công an tỉnh, các sở, ban, ngành",
        "Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan ¦ Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy ¦ Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Giám đốc các sở: Tài chính, Nội vụ ¦ Giám đốc các sở: Tài chính, Nội vụ",
        "Các Chi, Đảng bộ trực thuộc ¦ Các Chi, Đảng bộ trực thuộc",
    })
    void aListOfBodiesIsItsBodiesWhenEachPartNamesOne(String name, String expected) {
        assertEquals(expected, String.join(" | ", UnitExtractor.listedBodies(name)));
    }

    @Test
    void aBodyOfAListThatAnotherUnitsNameHoldsKeepsTheListWhole() {
        // "Chủ tịch UBND các xã, phường" elsewhere: "UBND các xã, phường" alone would be taken for it
        UnitExtractor.KeyEndings others = new UnitExtractor.KeyEndings(List.of(" chủ tịch ủy ban nhân dân các xã phường ",
                " công an tỉnh và ủy ban nhân dân các xã phường "));
        assertEquals(List.of("Công an tỉnh và Ủy ban nhân dân các xã, phường"),
                UnitExtractor.listedBodies("Công an tỉnh và Ủy ban nhân dân các xã, phường", others));
        // the list alone: its own ending is no other unit's
        UnitExtractor.KeyEndings alone = new UnitExtractor.KeyEndings(List.of(" công an tỉnh và ủy ban nhân dân các xã phường "));
        assertEquals(List.of("Công an tỉnh", "Ủy ban nhân dân các xã, phường"),
                UnitExtractor.listedBodies("Công an tỉnh và Ủy ban nhân dân các xã, phường", alone));
    }

    @Test
    void partyPlanUnitsAreSubjectsOfTaskItemsAndAssignments() {
        assertEquals(List.of("Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy", "Đảng đoàn HĐND huyện",
                "Ban cán sự đảng UBND huyện", "các chi, đảng bộ cơ sở",
                "Ủy ban MTTQ", "các đoàn thể chính trị - xã hội huyện"), leads(SampleDocuments.DISTRICT_PARTY_PLAN));
    }

    @Test
    void unitTasksAreTheTextUnderOrAfterTheHeading() {
        Unit first = extractor.extract(SampleDocuments.DISTRICT_PARTY_PLAN, PageMap.single()).get(0);
        assertTrue(first.tasks().get(0).startsWith("hướng dẫn, theo dõi việc học tập"), first.tasks().toString());
        Unit police = extractor.extract(SampleDocuments.COMMUNE_PLAN, PageMap.single()).get(1);
        assertEquals(List.of("Bảo đảm an ninh trật tự trong thời gian tổ chức các hoạt động."), police.tasks());
        assertEquals("Công an xã", SampleDocuments.COMMUNE_PLAN.substring(police.mentions().get(0).start(),
                police.mentions().get(0).end()));
    }

    @Test
    void decisionUnitsComeFromTheCarryingOutArticleNotFromRecipients() {
        assertEquals(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc các sở: Văn hóa, Thể thao và Du lịch, Tài chính",
                "Chủ tịch UBND các huyện miền núi", "Thủ trưởng các cơ quan, đơn vị liên quan"),
                leads(SampleDocuments.PROVINCIAL_DECISION));
    }

    @Test
    void aPlanAttachedAfterTheDecisionsRecipientsAssignsUnitsToo() {
        String text = String.join("\n", "QUYẾT ĐỊNH", "Ban hành Kế hoạch phòng chống sốt xuất huyết năm 2025",
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng chống sốt xuất huyết.",
                "Điều 2. Chánh Văn phòng UBND huyện; Trưởng phòng Y tế chịu trách nhiệm thi hành Quyết định này./.",
                "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "CHỦ TỊCH", "", "Lê Văn Khải", "",
                "KẾ HOẠCH", "Phòng chống sốt xuất huyết năm 2025",
                "(Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 02/3/2025 của UBND huyện)",
                "I. MỤC ĐÍCH", "Giảm số ca mắc.", "II. TỔ CHỨC THỰC HIỆN", "1. Trung tâm Y tế huyện",
                "Giám sát ổ dịch, xử lý kịp thời.", "2. UBND các xã, thị trấn",
                "Tổ chức chiến dịch diệt lăng quăng.");
        assertEquals(List.of("Chánh Văn phòng UBND huyện", "Trưởng phòng Y tế", "Trung tâm Y tế huyện",
                "UBND các xã, thị trấn"), leads(text));
    }

    @Test
    void aRegulationAttachedAfterTheDecisionGivesItsBodiesTheirDutiesByArticle() {
        String text = String.join("\n", "QUYẾT ĐỊNH", "Ban hành Quy chế phối hợp quản lý an toàn thực phẩm",
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý an toàn thực phẩm.",
                "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.",
                "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "CHỦ TỊCH", "", "Phạm Quang Ngọc", "",
                "QUY CHẾ", "Phối hợp quản lý an toàn thực phẩm",
                "(Ban hành kèm theo Quyết định số 45/2026/QĐ-UBND ngày 12/10/2026 của UBND tỉnh)",
                "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
                "Quy chế này quy định việc phối hợp giữa các sở, ban, ngành và Ủy ban nhân dân các xã, phường trong"
                        + " quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh, trừ các trường hợp quy định riêng.",
                "Chương II", "TRÁCH NHIỆM CỦA CÁC CƠ QUAN", "Điều 5. Trách nhiệm của Sở Nông nghiệp và Môi trường",
                "Quản lý an toàn thực phẩm đối với nông sản, thủy sản, muối trong quá trình sản xuất, thu hoạch, giết"
                        + " mổ, sơ chế, chế biến, bảo quản, vận chuyển, xuất khẩu, nhập khẩu, kinh doanh.",
                "Điều 6. Trách nhiệm của Ủy ban nhân dân các xã, phường",
                "Quản lý an toàn thực phẩm trên địa bàn; tuyên truyền, phổ biến pháp luật về an toàn thực phẩm cho"
                        + " người sản xuất, kinh doanh và người tiêu dùng; định kỳ báo cáo Sở Y tế.");
        assertEquals(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Y tế", "Sở Nông nghiệp và Môi trường",
                "Ủy ban nhân dân các xã, phường"), leads(text));
    }

    @Test
    void aBodySetUpByTheDecisionIsAUnitItsMembersNotInItsListButInTheExecutingClause() {
        String text = String.join("\n", "QUYẾT ĐỊNH:",
                "Điều 1. Thành lập Tổ kiểm tra liên ngành an toàn thực phẩm xã, gồm các ông (bà) có tên sau:",
                "1. Ông Trần Văn Hưng, Phó Chủ tịch UBND xã - Tổ trưởng;",
                "2. Bà Lê Thị Hoa, Trưởng Trạm Y tế xã - Tổ phó.",
                "Điều 2. Tổ kiểm tra có nhiệm vụ kiểm tra các cơ sở kinh doanh thực phẩm trên địa bàn xã.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
                "Điều 4. Công chức Văn phòng - Thống kê; Trưởng Trạm Y tế xã và các ông (bà) có tên tại Điều 1"
                        + " chịu trách nhiệm thi hành Quyết định này./.",
                "Nơi nhận:", "- Như Điều 4;", "- Lưu: VT.");
        // the members listed under Điều 1 are no units; the executing clause that makes them carry the decision out
        // names them with the last body, as printed (or as a part of their own after a semicolon)
        assertEquals(List.of("Tổ kiểm tra", "Công chức Văn phòng - Thống kê",
                "Trưởng Trạm Y tế xã và các ông (bà) có tên tại Điều 1"), leads(text));
        assertEquals(List.of("Tổ kiểm tra", "Công chức Văn phòng - Thống kê", "Trưởng Trạm Y tế xã",
                "Các ông (bà) có tên tại Điều 1"), leads(text.replace("Y tế xã và các ông", "Y tế xã; các ông")));
    }

    @Test
    void aTableWithEachCellOnLinesOfItsOwnGivesItsLeadColumn() {
        String text = String.join("\n", "PHỤ LỤC", "STT", "Nội dung", "Đơn vị chủ", "trì", "Đơn vị phối hợp",
                "Thời hạn", "1", "Kiểm tra an toàn", "thực phẩm", "Trạm Y tế", "xã", "Công an xã", "Tháng 5/2025",
                "2", "Cập nhật dữ liệu", "Ủy ban nhân dân xã", "Công chức Văn", "hóa - Xã hội", "Thôn trưởng",
                "Quý III/2025", "3", "Tuyên truyền", "Đài Truyền thanh", "xã", "Các thôn", "Thường xuyên");
        // row 2's task wraps onto a capitalised line, so it yields a cell too many and is skipped, not shifted
        assertEquals(List.of("Trạm Y tế xã", "Đài Truyền thanh xã"), leads(text));
    }

    @Test
    void letterUnitsMayBeLabelLinesOverBullets() {
        String text = String.join("\n", "Số: 210/SYT-NVY", "V/v phòng chống bệnh sởi",
                "Kính gửi:", "- Trung tâm Y tế các huyện;", "- Bệnh viện Đa khoa tỉnh.",
                "Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:",
                "Trung tâm Y tế các huyện:", "- Rà soát đối tượng chưa tiêm vắc xin sởi.",
                "- Báo cáo kết quả về Sở Y tế.", "Bệnh viện Đa khoa tỉnh:", "- Bố trí khu điều trị cách ly.",
                "Lưu ý thực hiện:", "- Không để dịch lan rộng.", "Trân trọng./.", "Nơi nhận:", "- Như trên;");
        assertEquals(List.of("Trung tâm Y tế các huyện", "Bệnh viện Đa khoa tỉnh"), leads(text));
    }

    @Test
    void letterUnitsAreNumberedSubjectsAndNotTheKinhGuiList() {
        assertEquals(List.of("Phòng Lao động - Thương binh và Xã hội", "UBND các xã, thị trấn"),
                leads(SampleDocuments.DISTRICT_LETTER));
    }

    @Test
    void taskTableLeadColumnGivesLeadsAndPartnerColumnDoesNot() {
        List<String> leads = leads(SampleDocuments.TABLE_PLAN);
        assertEquals(List.of("Văn phòng HĐND và UBND huyện", "Phòng Tài nguyên và Môi trường",
                "Trung tâm Văn hóa, Thể thao và Truyền thông"), leads);
    }

    @Test
    void headingsBrokenAcrossLinesAndJoinedToTheirFirstTaskStillGiveTheName() {
        String text = """
                IV. TỔ CHỨC THỰC HIỆN

                1. Phòng Giáo dục và

                Đào tạo huyện

                - Chỉ đạo các trường tổ chức tuyên truyền.

                2. Ban Xây dựng Đảng Chủ trì xây dựng kế hoạch kiểm tra, giám sát.

                a) Công an xã: bảo đảm an ninh trật tự.
                """;
        assertEquals(List.of("Phòng Giáo dục và Đào tạo huyện", "Ban Xây dựng Đảng", "Công an xã"), leads(text));
    }

    @Test
    void semicolonsSplitButCommasStayInsideNames() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Các phòng, ngành huyện; UBND các xã, thị trấn
                Tổ chức tuyên truyền đến cán bộ, đảng viên.
                2. Giao UBND huyện; các chi, đảng bộ cơ sở; Đoàn Thanh niên huyện căn cứ kế hoạch triển khai thực hiện.
                """;
        assertEquals(List.of("Các phòng, ngành huyện", "UBND các xã, thị trấn", "UBND huyện", "các chi, đảng bộ cơ sở",
                "Đoàn Thanh niên huyện"), leads(text));
    }

    /** An item's task, then "; " and a clause with a body of its own as subject: "III. TỔ CHỨC THỰC HIỆN\n" + item. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', value = {
        "1. Các đơn vị trực thuộc Sở gửi báo cáo về Sở chậm nhất ngày 15/10/2026; Phòng Văn hóa - Xã hội các xã, phường tổng hợp số liệu, gửi về Sở trước ngày 20/10/2026.#Các đơn vị trực thuộc Sở|Phòng Văn hóa - Xã hội các xã, phường",
        "2. Sở Tài chính chủ trì thẩm định; giao Sở Nội vụ hướng dẫn thủ tục.#Sở Tài chính|Sở Nội vụ",
        // a partner's clause, a lower-case list, a body inside parentheses, a body with no verb of its own: none
        "3. Sở Tài chính chủ trì thẩm định; Sở Tư pháp phối hợp rà soát.#Sở Tài chính",
        "4. Công an huyện kiểm tra; các xã, thị trấn tuyên truyền.#Công an huyện",
        "5. Phòng Nội vụ tổng hợp (qua Văn phòng; Phòng Tư pháp ghi nhận) báo cáo.#Phòng Nội vụ",
        "6. Phòng Nội vụ tổng hợp danh sách; Phòng Tư pháp.#Phòng Nội vụ",
        // the issuer's head asking all to carry the text out names no one: no unit (nor one named "... yêu cầu")
        "7. Giao Sở Nông nghiệp và Môi trường theo dõi việc thực hiện. Đây là nhiệm vụ trọng tâm; Chủ tịch Ủy ban nhân dân tỉnh yêu cầu nghiêm túc triển khai thực hiện.#Sở Nông nghiệp và Môi trường",
    })
    void aClauseAfterASemicolonWithABodyAsSubjectAssignsItToo(String item, String expected) {
        assertEquals(List.of(expected.split("\\|")), leads("III. TỔ CHỨC THỰC HIỆN\n" + item + "\n"));
    }

    @Test
    void bulletsThatNameTheirBodyBeforeAColonUnderAGroupHeadingAreUnits() {
        String text = """
                IV. TỔ CHỨC THỰC HIỆN
                1. Công an tỉnh
                - Là cơ quan thường trực, tham mưu UBND tỉnh triển khai Kế hoạch.
                - Phòng Cảnh sát hình sự: phối hợp rà soát đối tượng.
                2. Các cơ quan thông tin, báo chí
                - Báo Bắc Kạn, Đài Phát thanh và Truyền hình tỉnh: Mở chuyên mục tuyên truyền.
                - Sở Văn hóa, Thể thao và Du lịch: Chỉ đạo hệ thống thông tin cơ sở tuyên truyền.
                - Thời gian: Quý III/2026.
                3. Sở Tài chính
                - Đơn vị phối hợp: Sở Nội vụ.
                - Các sở tổ chức thực hiện: theo chức năng.
                """;
        assertEquals(List.of("Công an tỉnh", "Phòng Cảnh sát hình sự", "Báo Bắc Kạn", "Đài Phát thanh và Truyền hình tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"), leads(text));
    }

    @Test
    void aPostAddressedAsOngBaIsTheUnit() {
        String text = """
                IV. PHÂN CÔNG NHIỆM VỤ
                1. Công chức Tư pháp - Hộ tịch: Tham mưu tổ chức kiểm tra.
                2. Ông (bà) Trưởng các thôn: Phối hợp tuyên truyền đến Nhân dân.
                3. Ông Nguyễn Văn A: Theo dõi chung.
                """;
        assertEquals(List.of("Công chức Tư pháp - Hộ tịch", "Trưởng các thôn"), leads(text));
    }

    @Test
    void anOfficesPostsAreUnitsButAFieldInAHeadingIsNot() {
        String text = """
                II. TỔ CHỨC THỰC HIỆN
                1. Ban Giám hiệu: Chỉ đạo chung.
                2. Kế toán: Bảo đảm kinh phí theo quy định.
                3. Văn thư: Lưu trữ hồ sơ.
                4. Phòng Kế toán - Tài vụ: Thanh toán kinh phí.
                """;
        assertEquals(List.of("Ban Giám hiệu", "Kế toán", "Văn thư", "Phòng Kế toán - Tài vụ"), leads(text));
    }

    @Test
    void duplicatesAreListedOnceInTheirFirstForm() {
        String text = """
                II. NHIỆM VỤ, GIẢI PHÁP
                1. Công an huyện chủ trì bảo đảm an ninh.
                III. TỔ CHỨC THỰC HIỆN
                1. Công an  huyện
                - Theo dõi tình hình.
                2. UBND các xã
                - Triển khai kế hoạch.
                """;
        assertEquals(List.of("Công an huyện", "UBND các xã"), leads(text));
    }

    @Test
    void closingSentencesAndRecipientsAreNotUnits() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Phòng Nội vụ
                Theo dõi, đôn đốc.
                Yêu cầu Thủ trưởng các phòng, ban và Chủ tịch UBND các xã triển khai thực hiện./.
                Nơi nhận:
                - Sở Nội vụ;
                - Lưu: VT.
                """;
        assertEquals(List.of("Phòng Nội vụ"), leads(text));
    }

    /** The closing formula broken over two paragraphs: the request after "Trên đây là ..." names no unit. */
    @Test
    void aClosingRequestOnItsOwnLineAfterTheSummaryNamesNoUnit() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Hạt Kiểm lâm huyện
                Tham mưu Ủy ban nhân dân huyện chỉ đạo công tác phòng cháy, chữa cháy rừng.
                2. Các chủ rừng
                Tổ chức thực hiện phương án phòng cháy, chữa cháy rừng đã được phê duyệt.
                Trên đây là Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2024 - 2025 trên địa bàn huyện;
                Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã và các chủ rừng nghiêm túc triển khai thực hiện./.
                Nơi nhận:
                - UBND tỉnh (b/c);
                """;
        assertEquals(List.of("Hạt Kiểm lâm huyện", "Các chủ rừng"), leads(text));
    }

    /** A closing request with no document named is read for its heads only where a semicolon parts them. */
    @Test
    void aClosingRequestsListOfHeadsIsReadOnlyWhereSemicolonsPartThem() {
        String items = """
                III. TỔ CHỨC THỰC HIỆN
                1. Trạm Y tế xã
                Phối hợp các trường tổ chức khám sức khỏe cho học sinh.
                """;
        assertEquals(List.of("Trạm Y tế xã"), leads(items + "Yêu cầu các đơn vị, cá nhân có liên quan triển khai "
                + "thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ủy ban nhân dân xã để "
                + "xem xét, giải quyết./."));
        assertEquals(List.of("Trạm Y tế xã", "Thủ trưởng các phòng, ban", "Chủ tịch Ủy ban nhân dân các xã, phường"),
                leads(items + "Yêu cầu Thủ trưởng các phòng, ban; Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc "
                        + "triển khai thực hiện./."));
    }

    /** A directive's closing request after its effective date, in the same paragraph, names its heads. */
    @Test
    void aClosingRequestAfterTheEffectiveDateInOneParagraphNamesItsHeads() {
        String text = """
                1. Sở Nông nghiệp và Môi trường
                Chủ trì hướng dẫn phòng cháy, chữa cháy rừng.
                2. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc triển khai Chỉ thị này.
                Chỉ thị này có hiệu lực kể từ ngày ký. Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu nghiêm túc thực hiện Chỉ thị này./.
                """;
        assertEquals(List.of("Sở Nông nghiệp và Môi trường", "Văn phòng Ủy ban nhân dân tỉnh",
                "Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"),
                leads(text));
        // a later mention in a sentence that asks nobody adds nothing
        assertEquals(List.of("Sở Nông nghiệp và Môi trường", "Văn phòng Ủy ban nhân dân tỉnh"), leads(text.replace(
                "Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường, "
                        + "đặc khu nghiêm túc thực hiện Chỉ thị này./.", "Trong quá trình thực hiện Chỉ thị này, nếu có "
                        + "vướng mắc, kịp thời báo cáo./.")));
    }

    /** A task's label printed on a line of its own, its value on the next, as the label on one line does. */
    @Test
    void aLabelOnItsOwnLineTakesTheValueOnTheNext() {
        String text = """
                II. NHIỆM VỤ CỤ THỂ
                1. Tổ chức quán triệt, tuyên truyền Kết luận
                Tổ chức hội nghị quán triệt Kết luận đến cán bộ chủ chốt của tỉnh.
                Cơ quan chủ trì:
                Ban Tuyên giáo và Dân vận Tỉnh ủy.
                Cơ quan phối hợp:
                Văn phòng Tỉnh ủy; các đảng ủy trực thuộc Tỉnh ủy.
                Thời gian hoàn thành:
                Tháng 12/2025.
                2. Rà soát quy chế chi tiêu nội bộ
                Cơ quan chủ trì: Văn phòng Tỉnh ủy.
                Cơ quan phối hợp: Ban Tổ chức Tỉnh ủy.
                """;
        assertEquals(List.of("Ban Tuyên giáo và Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy"), leads(text));
    }

    /** Under a topic's item, the issuer handing its own part on names a unit, as a "Giao ..." sentence does. */
    @Test
    void theIssuerHandingItsPartOnUnderATopicNamesAUnit() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Sở Y tế chủ trì hướng dẫn.
                2. Về chế độ báo cáo: định kỳ trước ngày 25 hằng tháng, các đơn vị báo cáo về Bộ Y tế.
                Bộ Y tế giao Cục Phòng bệnh chủ trì, phối hợp với các Viện Vệ sinh dịch tễ theo dõi, hướng dẫn.
                Các đơn vị báo cáo đúng hạn.
                """;
        assertEquals(List.of("Sở Y tế", "Cục Phòng bệnh"), leads(text));
    }

    /** The bodies inspected, a heading of their own with their duties under it, are a unit. */
    @Test
    void theBodiesInspectedAreAUnitOfTheirOwn() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Đoàn kiểm tra
                Xây dựng lịch kiểm tra, thông báo cho các đơn vị.
                2. Các cơ quan, đơn vị được kiểm tra
                Chuẩn bị báo cáo tự kiểm tra, gửi Đoàn kiểm tra trước ngày 08/5/2024.
                """;
        assertEquals(List.of("Đoàn kiểm tra", "Các cơ quan, đơn vị được kiểm tra"), leads(text));
    }

    /** The posts inside a body a decision sets up are no units; the body and the bodies with a post's title are. */
    @Test
    void aConvenedBodysOwnPostsAreNoUnits() {
        String text = """
                Điều 2. Nhiệm vụ, quyền hạn của Hội đồng
                1. Chủ tịch Hội đồng chỉ đạo chung hoạt động của Hội đồng.
                2. Phó Chủ tịch Thường trực Hội đồng giúp Chủ tịch Hội đồng điều hành công việc.
                3. Thành viên Hội đồng thực hiện nhiệm vụ do Chủ tịch Hội đồng phân công.
                4. Sở Tư pháp là cơ quan thường trực của Hội đồng, tham mưu tổng hợp.
                Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tư pháp; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.
                """;
        assertEquals(List.of("Sở Tư pháp", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tư pháp",
                "Chủ tịch Ủy ban nhân dân các xã, phường"), leads(text));
    }

    @Test
    void nothingIsInventedForTextsWithoutUnitsOrWithGarbage() {
        assertEquals(List.of(), leads(""));
        assertEquals(List.of(), leads("III. TỔ CHỨC THỰC HIỆN\n1. Tuyên truyền sâu rộng.\n2. Kiểm tra, giám sát."));
        assertEquals(List.of(), leads("\u0000\u0001;;;\n1.\n- \n:"));
    }

    @Test
    void resolutionArticleOpeningAnImplementationPartGivesItsAssignedUnits() {
        String text = """
                NGHỊ QUYẾT
                Về kế hoạch đầu tư công năm 2025
                HỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU
                QUYẾT NGHỊ:
                Điều 1. Thông qua kế hoạch đầu tư công năm 2025 với tổng vốn 1.200 tỷ đồng.
                Điều 2. Tổ chức thực hiện
                1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.
                2. Giao Thường trực HĐND, các Ban HĐND, các Tổ đại biểu và đại biểu HĐND tỉnh giám sát việc thực hiện Nghị quyết.
                Điều 3. Nghị quyết này có hiệu lực từ ngày 01/01/2025.
                """;
        assertEquals(List.of("Ủy ban nhân dân tỉnh", "Thường trực HĐND", "các Ban HĐND", "các Tổ đại biểu và đại biểu HĐND tỉnh"),
                leads(text));
    }

    @Test
    void decisionArticlesThatAssignOrMakePeopleCarryItOut() {
        String text = """
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.
                Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn thực hiện Quy chế.
                Điều 3. Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương; Chủ tịch UBND các huyện, thành phố căn cứ Quyết định thi hành./.
                """;
        assertEquals(List.of("Sở Công Thương", "Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Công Thương",
                "Chủ tịch UBND các huyện, thành phố"), leads(text));
    }

    @Test
    void dutiesUnderATopicItemAreNotUnitHeadingsButBulletsUnderAnAssignmentItemAre() {
        String text = """
                IV. TỔ CHỨC THỰC HIỆN
                1. Phân công nhiệm vụ
                - Phòng Y tế chủ trì, hướng dẫn các trạm y tế.
                - Trung tâm Y tế huyện: tổ chức tiêm chủng.
                2. Chế độ thông tin báo cáo
                Các đơn vị báo cáo kết quả về Phòng Y tế trước ngày 20 hằng tháng.
                3. Kinh phí
                Phòng Tài chính - Kế hoạch bố trí kinh phí theo quy định.
                """;
        assertEquals(List.of("Phòng Y tế", "Trung tâm Y tế huyện"), leads(text));
    }

    @Test
    void carryingOutArticlePrintedOneBodyALineIsOneArticle() {
        String text = """
                Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

                Điều 3. Chánh Văn phòng UBND tỉnh;

                Giám đốc Sở Nội vụ;

                Chủ tịch UBND các huyện, thị xã chịu trách nhiệm

                thi hành Quyết định này./.
                """;
        assertEquals(List.of("Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ", "Chủ tịch UBND các huyện, thị xã"),
                leads(text));
    }

    @Test
    void carryingOutArticleIsSplitAtSemicolonsThenIntoItsBodies() {
        String text = """
                Điều 3. Chánh Văn phòng HĐND và UBND huyện; Thủ trưởng các phòng, ban và Chủ tịch UBND các xã chịu
                trách nhiệm thi hành Quyết định này./.
                """;
        // "HĐND và UBND" is one office; "Thủ trưởng các phòng, ban" and "Chủ tịch UBND các xã" are two bodies
        assertEquals(List.of("Chánh Văn phòng HĐND và UBND huyện", "Thủ trưởng các phòng, ban", "Chủ tịch UBND các xã"),
                leads(text));
    }

    @Test
    void tableWhoseCellsAreKeptApartOnlyBySpacesIsReadWhenEveryCellIsThere() {
        String text = """
                PHỤ LỤC
                TT   Nhiệm vụ                          Cơ quan chủ trì          Cơ quan phối hợp      Thời gian hoàn thành

                1    Xây dựng bản đồ số du lịch        Trung tâm Thông tin tỉnh  Sở Xây dựng          Quý II/2024

                2    Đào tạo hướng dẫn viên            Trường Cao đẳng Nghề tỉnh  Sở Nội vụ           Tháng 9/2024
                3    Một dòng thiếu ô                  Phòng Văn hóa             Quý IV/2024
                Nơi nhận:  - Như trên;  - Lưu: VT.
                """;
        assertEquals(List.of("Trung tâm Thông tin tỉnh", "Trường Cao đẳng Nghề tỉnh"), leads(text));
        assertEquals(List.of("Trung tâm Thông tin tỉnh|Quý II/2024", "Trường Cao đẳng Nghề tỉnh|Tháng 9/2024"),
                TaskTable.rows(text).stream().map(r -> r.lead() + "|" + r.time()).toList());
    }

    @Test
    void proseWithStrayDoubleSpacesIsNotATable() {
        assertEquals(List.of(), TaskTable.rows("Thanh Miện, ngày  05  tháng 8 năm 2025\nSố  04-KH/ĐU  ngày  05\n"));
    }

    @Test
    void longListsOfBodiesInOneItemOrHeadingAreTheirBodiesOrStayWhole() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Ban Tuyên giáo và Dân vận các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy hướng dẫn tuyên truyền.
                2. Báo Lâm Giang, Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục.
                3. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã
                Tổ chức phổ biến cho đoàn viên, hội viên.
                4. Hiệp hội Du lịch tỉnh vận động hội viên tham gia.
                Điều 2. Tổ chức thực hiện
                1. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
                """;
        assertEquals(List.of("Ban Tuyên giáo và Dân vận các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                "Báo Lâm Giang", "Đài Phát thanh và Truyền hình tỉnh",
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", "Hiệp hội Du lịch tỉnh",
                "Thường trực Hội đồng nhân dân", "các Ban của Hội đồng nhân dân",
                "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"),
                leads(text));
    }

    @Test
    void directiveWithoutRomanPartsReadsItsNumberedImplementationItemUnderTheTitle() {
        String text = """
                CHỈ THỊ
                về tăng cường công tác phòng, chống dịch bệnh

                1. Nâng cao nhận thức của cán bộ, đảng viên về phòng, chống dịch.
                2. Tổ chức thực hiện
                - Các huyện ủy, đảng ủy trực thuộc xây dựng kế hoạch thực hiện Chỉ thị.
                - Ban Tuyên giáo Tỉnh ủy chỉ đạo công tác tuyên truyền.
                Chỉ thị này được phổ biến đến chi bộ.
                """;
        assertEquals(List.of("Các huyện ủy, đảng ủy trực thuộc", "Ban Tuyên giáo Tỉnh ủy"), leads(text));
    }

    @Test
    void letterWhoseItemsNameNoUnitTakesTheUnitsItsOpeningSentenceAsks() {
        String text = """
                Kính gửi: UBND các xã, phường.
                Thực hiện Kế hoạch số 203/KH-UBND của UBND tỉnh, Sở Nông nghiệp và Môi trường đề nghị UBND các xã, \
                phường thực hiện một số nội dung sau:
                - Rà soát hiện trạng sử dụng đất công; gửi kết quả về Sở trước ngày 20/5/2024.
                - Báo cáo tiến độ xử lý vi phạm.
                Nơi nhận:
                - Như trên;
                """;
        assertEquals(List.of("UBND các xã, phường"), leads(text));
        // items that name their own units keep them, and the opening sentence adds nothing
        String own = """
                Ban Thường vụ đề nghị các đơn vị thực hiện một số nội dung sau:
                1. Các chi bộ trực thuộc xây dựng báo cáo tổng kết.
                2. Văn phòng Đảng ủy tổng hợp báo cáo.
                """;
        assertEquals(List.of("Các chi bộ trực thuộc", "Văn phòng Đảng ủy"), leads(own));
        assertEquals(List.of(), leads("Đề nghị các đơn vị quan tâm thực hiện./."));
    }

    @Test
    void fixedPhrasesAfterANameEndIt() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Giao Công an huyện; Trung tâm Văn hóa, Thông tin và Thể thao huyện theo chức năng, nhiệm vụ phối hợp thực hiện.
                2. Ban Chỉ huy Quân sự xã chậm nhất vào ngày 30/8/2024 hoàn thành huấn luyện.
                3. Đoàn Thanh niên xã hằng năm tổ chức ra quân.
                """;
        assertEquals(List.of("Công an huyện", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Ban Chỉ huy Quân sự xã",
                "Đoàn Thanh niên xã"), leads(text));
    }

    @Test
    void headingThatOnlyGroupsNumberedUnitsIsALabel() {
        String text = """
                III. TỔ CHỨC THỰC HIỆN
                1. Các cơ quan chuyên môn thuộc UBND huyện
                1.1. Phòng Nội vụ
                a) Chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch.
                1.2. Phòng Tư pháp
                + Rà soát văn bản quy phạm pháp luật.
                2. Các phòng, ban chuyên môn
                Căn cứ chức năng, nhiệm vụ chủ động triển khai.
                a) Phòng Y tế chủ trì công tác tiêm chủng.
                """;
        assertEquals(List.of("Phòng Nội vụ", "Phòng Tư pháp", "Các phòng, ban chuyên môn", "Phòng Y tế"), leads(text));
    }

    @Test
    void headingsThatOpenWithDoiVoiOrTrachNhiemCuaNameTheirUnit() {
        String text = """
                IV. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ
                1. Đối với Sở Y tế
                Chủ trì triển khai.
                2. Trách nhiệm của UBND các xã, thị trấn
                Tổ chức thực hiện.
                3. Các doanh nghiệp trên địa bàn tỉnh tham gia bình ổn giá.
                """;
        assertEquals(List.of("Sở Y tế", "UBND các xã, thị trấn", "Các doanh nghiệp trên địa bàn tỉnh"), leads(text));
    }

    @Test
    void sectionHeadingsMisreadByOcrStillOpenTheImplementationPart() {
        String text = """
                II. NHIỆM VỤ TRỌNG TÂM
                1. Tăng cường tuyên truyền về biển, đảo.
                III. TỔ CHỨC THỤC HIỆN
                1. Công chức Văn hóa - Xã hội
                Tham mưu triển khai Kế hoạch.
                2. Công an xã
                Bảo đảm an ninh trật tự.
                """;
        assertEquals(List.of("Công chức Văn hóa - Xã hội", "Công an xã"), leads(text));
        assertEquals("IMPLEMENTATION", UnitExtractor.sectionKind("III. TÔ CHỨC THỰC HIỆN"));
    }
}
