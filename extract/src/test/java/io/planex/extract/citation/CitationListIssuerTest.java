package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.model.Citation;
import io.planex.extract.model.PageMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The issuer of citations printed after a phrase that announces them as one body's documents ("... các Nghị định của
 * Chính phủ ..., bao gồm: Nghị định số A; Nghị định số B", "các văn bản của Bộ X: ..."): each listed citation of
 * the announced type takes that body unless it names its own; and the bases so listed after "Căn cứ" are what the
 * document carries out. Plain text, and the one-item-a-line form of a DOCX or HTML list.
 */
class CitationListIssuerTest {
    private static String issuers(String text) {
        return new CitationExtractor().extract(text.replace("\\n", "\n"), PageMap.single()).stream()
                .map(c -> c.symbol() + "=" + c.issuer() + (c.implementing() ? "+" : ""))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ text (\n = line break) ¦ symbol=issuer, '+' when implemented
        "decrees listed after 'bao gồm:' ¦ V/v kiểm tra an toàn\\nCăn cứ các Nghị định của Chính phủ quy định chi tiết về vật liệu nổ, bao gồm: Nghị định số 71/2018/NĐ-CP ngày 15/5/2018; Nghị định số 181/2024/NĐ-CP ngày 31/12/2024; Nghị định số 09/2025/NĐ-CP;\\nSở Công Thương đề nghị Công ty thực hiện. ¦ 71/2018/NĐ-CP=Chính phủ+ | 181/2024/NĐ-CP=Chính phủ+ | 09/2025/NĐ-CP=Chính phủ+",
        "a body's documents after a colon, one naming its own ¦ V/v kiểm tra\\nCăn cứ các văn bản của Bộ Công Thương: Thông tư số 13/2018/TT-BCT ngày 15/6/2018; Thông tư số 31/2020/TT-BCT ngày 30/11/2020 của Bộ Công Thương và Bộ Tài chính;\\nSở đề nghị. ¦ 13/2018/TT-BCT=Bộ Công Thương+ | 31/2020/TT-BCT=Bộ Công Thương và Bộ Tài chính+",
        "list items one a line ¦ V/v kiểm tra\\nKính gửi: Công ty Cổ phần Minh Phát\\nSau khi nghiên cứu hồ sơ, Sở có ý kiến như sau:\\n- Nghị định của Chính phủ về quản lý chất lượng công trình, bao gồm: Nghị định số 06/2021/NĐ-CP ngày 26/01/2021, Nghị định số 35/2023/NĐ-CP ngày 20/6/2023;\\n- Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Lâm Giang; ¦ 06/2021/NĐ-CP=Chính phủ | 35/2023/NĐ-CP=Chính phủ | 05/2025/QĐ-UBND=UBND tỉnh Lâm Giang",
        "announced type limits the list ¦ V/v kiểm tra\\nThực hiện các Nghị định của Chính phủ gồm: Nghị định số 12/2024/NĐ-CP, Thông tư số 08/2024/TT-BXD; ¦ 12/2024/NĐ-CP=Chính phủ+ | 08/2024/TT-BXD=null+",
        "a new clause ends the list ¦ V/v kiểm tra\\nCăn cứ các Nghị định của Chính phủ gồm: Nghị định số 12/2024/NĐ-CP;\\nXét đề nghị tại Tờ trình số 45/TTr-SXD ngày 02/3/2025; ¦ 12/2024/NĐ-CP=Chính phủ+ | 45/TTr-SXD=null",
        "documents listed after the body that issued them ¦ I. KẾT QUẢ\\nBan Chỉ đạo đã tham mưu UBND huyện ban hành các Quyết định số 125/QĐ-UBND, 126/QĐ-UBND ngày 15/01/2024 giao kế hoạch vốn; Kế hoạch số 45/KH-UBND ngày 20/01/2024 và số 67/KH-UBND ngày 05/3/2024 về giảm nghèo; triển khai Nghị quyết số 09-NQ/HU ngày 28/12/2023. ¦ 125/QĐ-UBND=UBND huyện | 126/QĐ-UBND=UBND huyện | 45/KH-UBND=UBND huyện | 67/KH-UBND=UBND huyện | 09-NQ/HU=null",
        "a table row: the issuer ends at its cell ¦ PHỤ LỤC\\n| 1 | Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ | Cấp lại chứng nhận | Sở Công Thương |\\n| 2 | Thông tư số 15/2026/TT-BCT của Bộ Công Thương | Cấp phép | Sở |\\n ¦ 105/2025/NĐ-CP=Chính phủ | 15/2026/TT-BCT=Bộ Công Thương",
        "a capitalised sentence on the next line is not the issuer's or the date's ¦ KẾT LUẬN\\nvề tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị\\nNgày 28/02/2025, Ban Thường vụ Tỉnh ủy nghe báo cáo, kết luận như sau: ¦ 05-CT/TW=Bộ Chính trị+",
    })
    void eachListedCitationTakesTheAnnouncedIssuer(String layout, String text, String expected) {
        assertEquals(expected, issuers(text), layout);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ text (\n = line break) ¦ symbol=issuer
        "the agent of a passive before 'tại' ¦ Nội dung đã được UBND phường trả lời tại Công văn số 865/UBND-KTHTĐT ngày 22/9/2026. ¦ 865/UBND-KTHTĐT=UBND phường",
        "the agent's verb phrase of several words ¦ Dự án được Quốc hội quyết định chủ trương đầu tư tại Nghị quyết số 139/2024/QH15. ¦ 139/2024/QH15=Quốc hội",
        "a body heard reporting ¦ Sau khi nghe Ban cán sự đảng UBND thành phố báo cáo tại Tờ trình số 356-TTr/BCSĐ ngày 10/11/2026. ¦ 356-TTr/BCSĐ=Ban cán sự đảng UBND thành phố",
        "a decision named as it lapses ¦ Các thủ tục có số thứ tự 3, 4 Danh mục ban hành kèm theo Quyết định số 1873/QĐ-UBND ngày 20 tháng 8 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực. ¦ 1873/QĐ-UBND=Chủ tịch Ủy ban nhân dân tỉnh",
        "a body heard reporting on a defined term ¦ Sau khi nghe Bộ Xây dựng báo cáo tình hình thực hiện Dự án tại Văn bản số 2381/BXD-KHTC ngày 10 tháng 4 năm 2026, Phó Thủ tướng kết luận. ¦ 2381/BXD-KHTC=Bộ Xây dựng",
        "an approver ¦ Dự án được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1577/QĐ-TTg ngày 12/12/2024. ¦ 1577/QĐ-TTg=Thủ tướng Chính phủ",
        "no agent: a sentence's words are no issuer ¦ Việc rà soát được thực hiện tại Kế hoạch số 45/KH-UBND ngày 01/3/2026. ¦ 45/KH-UBND=null",
        "an organising committee's decision (the code BTC is also the Ministry of Finance's) ¦ Thực hiện theo Điều lệ ban hành kèm theo Quyết định số 245/QĐ-BTC ngày 30/10/2026 của Ban Tổ chức. ¦ 245/QĐ-BTC=Ban Tổ chức",
        "a forecasting centre keeps 'báo' in its name ¦ Theo Công văn số 12/TTDB-DB ngày 01/10/2026 của Trung tâm Dự báo khí tượng thủy văn tỉnh. ¦ 12/TTDB-DB=Trung tâm Dự báo khí tượng thủy văn tỉnh",
        "a clause's subject, its verb phrase, then 'tại' ¦ Đến ngày 15/10/2024, Sở đã nhận được 17/19 ý kiến góp ý; Sở Tài chính có ý kiến về nguồn kinh phí tại Công văn số 2710/STC-HCSN ngày 15/10/2024. ¦ 2710/STC-HCSN=Sở Tài chính",
        "the subject of a clause joined by 'và', and of one joined by 'mà' ¦ Dự án đã được Hội đồng nhân dân tỉnh quyết định chủ trương đầu tư tại Nghị quyết số 24/NQ-HĐND ngày 10/12/2026 và Ủy ban nhân dân tỉnh phê duyệt dự án tại Quyết định số 1875/QĐ-UBND ngày 28/12/2026. Tiến độ còn chậm so với mốc mà Ủy ban nhân dân tỉnh đã yêu cầu tại Công văn số 512/UBND-KT ngày 20/01/2027. ¦ 24/NQ-HĐND=Hội đồng nhân dân tỉnh | 1875/QĐ-UBND=Ủy ban nhân dân tỉnh | 512/UBND-KT=Ủy ban nhân dân tỉnh",
        "... kept only where it fits the code ¦ Sở Y tế triển khai các nội dung tại Công văn số 123/UBND-VX ngày 01/3/2026. ¦ 123/UBND-VX=null",
        "a ministry whose name holds a comma, before its issuing verb and after its date ¦ Ngày 30/9/2024, Sở Văn hóa, Thể thao và Du lịch đã ban hành Công văn số 1385/SVHTTDL-QLDL gửi lấy ý kiến. ¦ 1385/SVHTTDL-QLDL=Sở Văn hóa, Thể thao và Du lịch",
        "the papers that move a petition, invitations and minutes are numbered documents too ¦ Đơn được chuyển đến kèm theo Phiếu chuyển đơn số 96/PC-TTPVHCC ngày 17/11/2026 của Trung tâm Phục vụ hành chính công phường; Giấy mời số 12/GM-UBND. ¦ 96/PC-TTPVHCC=Trung tâm Phục vụ hành chính công phường | 12/GM-UBND=null",
    })
    void theIssuerBeforeTheTypeWord(String layout, String text, String expected) {
        assertEquals(expected, issuers(text).replace("+", ""), layout);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ text (\n = line break) ¦ symbol=issuer, '+' when implemented
        "a letter's subject that reviews how a directive was carried out ¦ V/v báo cáo sơ kết 05 năm thực hiện Chỉ thị số 08-CT/TU\\nKính gửi: Đảng ủy các xã.\\nThực hiện Công văn số 1836-CV/TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy về việc sơ kết 05 năm thực hiện Chỉ thị số 08-CT/TU, Ban Thường vụ Huyện ủy đề nghị: ¦ 08-CT/TU=null | 1836-CV/TU=Ban Thường vụ Tỉnh ủy+",
        "a letter's subject answering another letter is no basis (NOTES J2) ¦ V/v phúc đáp Công văn số 96/UBND-KT ngày 09/3/2026 của Ủy ban nhân dân xã Long Thắng về hỗ trợ nhà ở\\nKính gửi: Ủy ban nhân dân xã Long Thắng.\\nSở Xây dựng nhận được Công văn số 96/UBND-KT ngày 09/3/2026 của Ủy ban nhân dân xã Long Thắng. ¦ 96/UBND-KT=Ủy ban nhân dân xã Long Thắng",
        "... but one it carries out after the answer is ¦ V/v trả lời Công văn số 96/UBND-KT và triển khai thực hiện Quyết định số 1074/QĐ-BXD\\nKính gửi: Ủy ban nhân dân xã Long Thắng.\\nSở Xây dựng có ý kiến như sau: ¦ 96/UBND-KT=null | 1074/QĐ-BXD=null+",
        "a plan that carries a conclusion out, through the plan it follows ¦ KẾ HOẠCH\\nvề công tác thông tin đối ngoại\\nThực hiện Kế hoạch số 215/KH-UBND ngày 13/10/2023 của UBND thị xã về việc triển khai thực hiện Kết luận số 57-KL/TW của Bộ Chính trị, UBND xã xây dựng Kế hoạch như sau: ¦ 215/KH-UBND=UBND thị xã+ | 57-KL/TW=Bộ Chính trị+",
        "bases listed as bulleted items, as Party documents print them ¦ NGHỊ QUYẾT\\nvề nhiệm vụ năm 2026\\n-----\\n- Căn cứ Quy định số 232-QĐ/TW, ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;\\n- Thực hiện Công văn số 905-CV/TU, ngày 18/11/2025 của Ban Thường vụ Tỉnh ủy,\\nBAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT NGHỊ:\\nI. ĐÁNH GIÁ ¦ 232-QĐ/TW=Ban Chấp hành Trung ương+ | 905-CV/TU=Ban Thường vụ Tỉnh ủy+",
        "a report cited after the basis, opening 'Theo Báo cáo', is no basis ¦ V/v phòng, chống dịch\\nThực hiện Công văn số 4215/BYT-DP ngày 14/7/2026 của Bộ Y tế về việc tăng cường phòng, chống dịch;\\nTheo Báo cáo số 276/BC-SYT ngày 16/7/2026 của Sở Y tế, toàn tỉnh ghi nhận 1.146 ca mắc. ¦ 4215/BYT-DP=Bộ Y tế+ | 276/BC-SYT=Sở Y tế",
        "a letter following up the issuer's own is no basis ¦ V/v phân loại chất thải\\nThực hiện Quyết định số 2917/QĐ-UBND ngày 26/8/2024 của Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai giai đoạn 2024 - 2025;\\nTiếp theo Công văn số 1502/STNMT-CCBVMT ngày 14/10/2024 của Sở Tài nguyên và Môi trường về việc hướng dẫn, Sở Tài nguyên và Môi trường có ý kiến như sau: ¦ 2917/QĐ-UBND=Ủy ban nhân dân tỉnh+ | 1502/STNMT-CCBVMT=Sở Tài nguyên và Môi trường",
        "a basis in lower case after the semicolon that ends a follow-up ¦ CÔNG ĐIỆN\\nVề việc ứng phó với bão số 8\\n___________\\nTiếp theo Công điện số 08/CĐ-UBND ngày 12/10/2026 của Chủ tịch UBND tỉnh; thực hiện Công điện số 97/CĐ-TTg ngày 13/10/2026 của Thủ tướng Chính phủ về việc chủ động ứng phó với bão số 8, để bảo đảm an toàn, Chủ tịch UBND tỉnh yêu cầu: ¦ 08/CĐ-UBND=Chủ tịch UBND tỉnh | 97/CĐ-TTg=Thủ tướng Chính phủ+",
        "a decision's title amending one decision and repealing two ¦ QUYẾT ĐỊNH\\nSửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 14/2025/QĐ-UBND ngày 25/9/2025 của Ủy ban nhân dân tỉnh và bãi bỏ các Quyết định số 27/2022/QĐ-UBND, 08/2023/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Giang\\n________________\\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;\\nỦy ban nhân dân ban hành Quyết định. ¦ 14/2025/QĐ-UBND=Ủy ban nhân dân tỉnh | 27/2022/QĐ-UBND=Ủy ban nhân dân tỉnh Hà Giang | 08/2023/QĐ-UBND=Ủy ban nhân dân tỉnh Hà Giang | 64/2025/QH15=null+ | 87/2025/QH15=null+",
        "... and a plan carrying out an amending decision ¦ KẾ HOẠCH\\nTriển khai thực hiện Quyết định số 20/2026/QĐ-UBND sửa đổi, bổ sung Quy định về quản lý đường bộ\\nI. MỤC ĐÍCH ¦ 20/2026/QĐ-UBND=null+",
        "a look back after the basis opens a clause of its own ¦ CHỈ THỊ\\nVề tăng cường phòng cháy\\n________\\nThực hiện Chỉ thị số 31-CT/TW ngày 18/4/2023 của Ban Bí thư về phòng cháy, chữa cháy, thời gian qua các bộ, ngành đã quan tâm chỉ đạo; các Nghị định số 142/2020/NĐ-CP và 50/2024/NĐ-CP của Chính phủ từng bước được triển khai. ¦ 31-CT/TW=Ban Bí thư+ | 142/2020/NĐ-CP=Chính phủ | 50/2024/NĐ-CP=Chính phủ",
        "a report of results ¦ BÁO CÁO\\nKết quả thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND xã\\nI. KẾT QUẢ ¦ 45/KH-UBND=UBND xã",
        "the issuer's own letter, issued already to carry the basis out, is no basis ¦ V/v đôn đốc làm sạch dữ liệu đất đai\\nKính gửi: Công an xã.\\nThực hiện Kế hoạch số 85/KH-UBND ngày 20/4/2026 của Ủy ban nhân dân tỉnh Phú Thọ về làm sạch dữ liệu đất đai, ngày 12/5/2026 Ủy ban nhân dân xã đã ban hành Công văn số 168/UBND-KT về việc triển khai thu thập dữ liệu. ¦ 85/KH-UBND=Ủy ban nhân dân tỉnh Phú Thọ+ | 168/UBND-KT=Ủy ban nhân dân xã",
        "... also without its date ¦ V/v đôn đốc\\nThực hiện Chỉ thị số 05-CT/TU ngày 10/3/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 12-KH/HU ngày 20/3/2026 triển khai thực hiện. ¦ 05-CT/TU=Ban Thường vụ Tỉnh ủy+ | 12-KH/HU=Ban Thường vụ Huyện ủy",
        "... but a law amended ('đã được sửa đổi') stays in the basis ¦ QUYẾT ĐỊNH\\nVề việc ban hành quy chế\\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Luật Ngân sách nhà nước đã được sửa đổi, bổ sung theo Luật số 56/2024/QH15; ¦ 72/2025/QH15=null+ | 56/2024/QH15=null+",
        "a task table's cell that says how to do its task is no basis ¦ V/v triển khai Kế hoạch số 58/KH-UBND\\nKính gửi: Công an xã.\\nThực hiện Kế hoạch số 58/KH-UBND ngày 02/3/2026 của UBND tỉnh, Ủy ban nhân dân xã đề nghị các cơ quan triển khai các nội dung sau:\\n| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |\\n| 1 | Tổ chức tiêm phòng vắc xin; thực hiện theo hướng dẫn tại Thông tư số 07/2016/TT-BNNPTNT ngày 31/5/2016 của Bộ Nông nghiệp và Phát triển nông thôn. | Trung tâm Dịch vụ tổng hợp xã | Trước ngày 30/4/2026 | ¦ 58/KH-UBND=UBND tỉnh+ | 07/2016/TT-BNNPTNT=Bộ Nông nghiệp và Phát triển nông thôn",
    })
    void whatIsReviewedIsNotCarriedOut(String layout, String text, String expected) {
        assertEquals(expected, issuers(text), layout);
    }

    /** A footnote's "được Chính phủ ban hành ngày ...": the date after the passive's agent and issuing verb. */
    @org.junit.jupiter.api.Test
    void theDateAfterAnAgentsIssuingVerb() {
        Citation c = new CitationExtractor().extract("KẾ HOẠCH\nCăn cứ Nghị định số 08/2022/NĐ-CP của Chính phủ quy "
                + "định chi tiết Luật Bảo vệ môi trường;\nI. MỤC ĐÍCH\nNghị định số 08/2022/NĐ-CP được Chính phủ ban hành "
                + "ngày 10 tháng 01 năm 2022.", PageMap.single()).get(0);
        assertEquals("2022-01-10", c.date());
        assertEquals("Chính phủ", c.issuer());
    }

    @org.junit.jupiter.api.Test
    void theDateOfTheNextSentenceIsNotTheCitationsDate() {
        Citation c = new CitationExtractor().extract("KẾT LUẬN\nvề thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị\n"
                + "Ngày 28/02/2025, Ban Thường vụ họp.", PageMap.single()).get(0);
        assertEquals(null, c.date());
    }
}
