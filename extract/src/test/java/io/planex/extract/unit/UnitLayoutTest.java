package io.planex.extract.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.Unit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units assigned in the layouts real documents use (issue: a third of the units were missed on real files): per-task
 * labels, numbered items whose subject is a list, letters that announce their numbered tasks, Party resolutions,
 * office holders, executing articles after another sentence, and the fragments that are not units.
 */
class UnitLayoutTest {
    private static final UnitExtractor EXTRACTOR = new UnitExtractor();

    private static String leads(String text) {
        return String.join(" | ", EXTRACTOR.extract(text.replace("\\n", "\n"), PageMap.single()).stream()
                .filter(Unit::lead).map(Unit::name).toList());
    }

    private static String partners(String text) {
        return String.join(" | ", EXTRACTOR.extract(text.replace("\\n", "\n"), PageMap.single()).stream()
                .filter(u -> !u.lead()).map(Unit::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        // layout ¦ text (\n = line break) ¦ lead units, " | " between them
        "per-task label 'Cơ quan thực hiện' ¦ II. NHIỆM VỤ\\n1. Rà soát quy hoạch mạng lưới trường học\\n- Cơ quan thực hiện: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính.\\n- Thời gian hoàn thành: Quý II/2026.\\n2. Đầu tư thiết bị dạy học\\n- Đơn vị chủ trì: Sở Kế hoạch và Đầu tư.\\n- Thời gian hoàn thành: năm 2026. ¦ Sở Giáo dục và Đào tạo | Sở Kế hoạch và Đầu tư",
        "letter announcing its numbered tasks ¦ Để triển khai kịp thời, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh, các sở, ngành; Ủy ban nhân dân các xã, phường thực hiện một số nhiệm vụ sau:\\n1. Công an tỉnh, các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường\\nTổ chức tuyên truyền, phổ biến nội dung Quyết định.\\n2. Giao Sở Xây dựng\\nChủ trì hướng dẫn triển khai thực hiện.\\n3. Tổ chức thực hiện\\nThủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện. ¦ Công an tỉnh, các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường | Sở Xây dựng | Thủ trưởng các sở, ban, ngành tỉnh | Chủ tịch Ủy ban nhân dân các xã, phường",
        "single-spaced task table (OCR of a scan, a PDF table without rules) ¦ II. NHIỆM VỤ CỤ THỂ\\nTT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành\\n1 Xây dựng bản đồ số du lịch Trung tâm Thông tin tỉnh Sở Xây dựng Quý II/2026\\n2 Tổ chức hội chợ du lịch Sở Văn hóa, Thể thao và Du lịch UBND các huyện Tháng 9/2026\\n3 Rà soát văn bản Văn phòng UBND tỉnh Các sở Quý IV/2026 ¦ Trung tâm Thông tin tỉnh | Sở Văn hóa, Thể thao và Du lịch | Văn phòng UBND tỉnh",
        "numbered subject that is a list ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Viện Nghiên cứu phát triển; Viện Khoa học xã hội nghiên cứu, tham mưu cơ chế chính sách.\\n2. Sở Tài chính bố trí kinh phí. ¦ Viện Nghiên cứu phát triển | Viện Khoa học xã hội | Sở Tài chính",
        "executing clause after another sentence ¦ QUYẾT ĐỊNH:\\nĐiều 1. Ủy quyền cho Giám đốc Sở Công Thương thực hiện.\\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\\nChánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./. ¦ Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc Sở Công Thương | Chủ tịch Ủy ban nhân dân các xã, phường",
        "executing list with a semicolon OCR read as a colon ¦ QUYẾT ĐỊNH:\\nĐiều 1. Phê duyệt danh mục thuốc thiết yếu.\\nĐiều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Y tế: Chủ tịch Ủy ban nhân dân các xã, phường: Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./. ¦ Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc Sở Y tế | Chủ tịch Ủy ban nhân dân các xã, phường | Thủ trưởng các cơ quan, đơn vị có liên quan",
        "Party resolution ¦ IV. TỔ CHỨC THỰC HIỆN\\n1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tổ chức học tập, quán triệt Nghị quyết.\\n2. Ban Thường vụ các tỉnh ủy, thành ủy chỉ đạo xây dựng chương trình hành động.\\n3. Các ban đảng Trung ương theo chức năng, nhiệm vụ hướng dẫn, kiểm tra việc thực hiện.\\n4. Giao Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn tuyên truyền. ¦ Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương | Ban Thường vụ các tỉnh ủy, thành ủy | Các ban đảng Trung ương | Ban Tuyên giáo và Dân vận Trung ương",
        "Party conclusion with Bộ Chính trị ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Giao Bộ Chính trị chỉ đạo tổng kết việc thực hiện.\\n2. Đảng đoàn Quốc hội lãnh đạo sửa đổi các luật liên quan. ¦ Bộ Chính trị | Đảng đoàn Quốc hội",
        "duties of a body named with verbs inside its name ¦ QUYẾT ĐỊNH:\\nĐiều 1. Thành lập Tổ tiếp công dân, xử lý đơn thư khiếu nại của công dân.\\nĐiều 2. Nhiệm vụ của Tổ tiếp công dân, xử lý khiếu nại, tố cáo của công dân:\\n- Tiếp công dân theo kế hoạch. ¦ Tổ tiếp công dân, xử lý khiếu nại, tố cáo của công dân",
        "numbered duties heading ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Trách nhiệm của Phòng Văn hóa và Thông tin:\\n- Tham mưu tổ chức các hoạt động. ¦ Phòng Văn hóa và Thông tin",
        "Party resolution: Party groups of the State and the Politburo ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Đảng đoàn Quốc hội, Ban cán sự đảng Chính phủ lãnh đạo thể chế hóa các chủ trương của Nghị quyết.\\n2. Các ban đảng Trung ương, Đảng ủy các cơ quan Đảng Trung ương theo chức năng, nhiệm vụ hướng dẫn thực hiện.\\n3. Giao Bộ Chính trị, Ban Bí thư chỉ đạo, kiểm tra, giám sát; định kỳ hằng năm báo cáo Ban Chấp hành Trung ương. ¦ Đảng đoàn Quốc hội, Ban cán sự đảng Chính phủ | Các ban đảng Trung ương, Đảng ủy các cơ quan Đảng Trung ương | Bộ Chính trị, Ban Bí thư",
        "Party conclusion with sub-numbered items ¦ 2. Nhiệm vụ thời gian tới\\n2.1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tiếp tục quán triệt.\\n2.2. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch.\\n2.3. Ban Tuyên giáo và Dân vận Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy theo dõi, kiểm tra, giám sát. ¦ Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy | Ban cán sự đảng UBND tỉnh | Ban Tuyên giáo và Dân vận Tỉnh ủy | Ủy ban Kiểm tra Tỉnh ủy",
        "cell's committee and committee member in charge ¦ IV. TỔ CHỨC THỰC HIỆN\\n1. Chi ủy xây dựng kế hoạch thực hiện.\\n2. Đảng ủy viên phụ trách các thôn đôn đốc thu nộp đảng phí. ¦ Chi ủy | Đảng ủy viên phụ trách các thôn",
        "a letter asking its addressee to carry something out ¦ Kính gửi: Công ty Cổ phần Năng lượng Minh Phát\\n1. Thời gian kiểm tra: Ngày 29 tháng 5 năm 2026.\\nĐề nghị Công ty Cổ phần Năng lượng Minh Phát thông báo cho các chủ thể tham gia xây dựng công trình chuẩn bị đầy đủ hồ sơ.\\nNơi nhận:\\n- Như trên; ¦ Công ty Cổ phần Năng lượng Minh Phát",
        "executing article over several lines ¦ Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh;\\nGiám đốc các sở, Thủ trưởng các ban, ngành\\nthuộc tỉnh; Chủ tịch Ủy ban nhân dân các xã,\\nphường và các tổ chức, cá nhân có liên quan\\nchịu trách nhiệm thi hành Quyết định này./. ¦ Chánh Văn phòng Ủy ban nhân dân tỉnh | Giám đốc các sở, Thủ trưởng các ban, ngành thuộc tỉnh | Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan",
        "executing article whose list ends in a plural going on past a comma (kept whole, no semicolons) ¦ Điều 3. Các ông (bà): Chánh Văn phòng UBND huyện, Trưởng phòng Y tế và Thủ trưởng các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành./. ¦ Chánh Văn phòng UBND huyện, Trưởng phòng Y tế và Thủ trưởng các cơ quan, đơn vị có liên quan",
        "a task table printed one cell a line keeps its partner column out ¦ III. TỔ CHỨC THỰC HIỆN\\nSTT\\nNhiệm vụ\\nCơ quan chủ trì\\nCơ quan phối hợp\\nThời gian\\n1\\nSắp xếp tổ chức bộ máy\\nBan Tổ chức Huyện ủy\\nVăn phòng Huyện ủy\\nQuý II/2025\\n2\\nRà soát quy chế\\nVăn phòng Huyện ủy\\nCác ban đảng\\nTháng 4/2025 ¦ Ban Tổ chức Huyện ủy | Văn phòng Huyện ủy",
        "a task table printed with pipes, Markdown rule row included ¦ II. NHIỆM VỤ CỤ THỂ\\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\\n|---|:---|---|---|---|\\n| 1 | Rà soát hồ sơ đất đai | Phòng Kinh tế | Các thôn | Quý II/2026 |\\n| 2 | Cập nhật bản đồ địa chính | Văn phòng HĐND và UBND xã | Công an xã | Tháng 9/2026 | ¦ Phòng Kinh tế | Văn phòng HĐND và UBND xã",
        "verbs that carry a higher document down end the name ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Giao Ủy ban nhân dân huyện cụ thể hóa Chương trình bằng kế hoạch của Ủy ban.\\n2. Đảng đoàn Hội đồng nhân dân huyện lãnh đạo thể chế hóa các chủ trương.\\n3. Ban Tổ chức Huyện ủy sơ kết việc thực hiện.\\n4. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh sẵn sàng lực lượng, phương tiện cứu hộ. ¦ Ủy ban nhân dân huyện | Đảng đoàn Hội đồng nhân dân huyện | Ban Tổ chức Huyện ủy | Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh",
        "plurals of real bodies and a post whose field has a hyphen ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Công chức Địa chính - Xây dựng\\n- Rà soát các điểm xung yếu.\\n2. Các thôn\\n- Báo cáo nhanh khi có thiên tai.\\n3. Các trường học trên địa bàn xã tổ chức tuyên truyền. ¦ Công chức Địa chính - Xây dựng | Các thôn | Các trường học trên địa bàn xã",
        "post holders named with an honorific ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Văn phòng Đảng ủy xã\\nBảo đảm điều kiện tổ chức đại hội.\\n2. Đồng chí Bí thư Đảng ủy chỉ đạo chung. ¦ Văn phòng Đảng ủy xã | Bí thư Đảng ủy",
        "deputies and other posts, an honorific dropped ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Đồng chí Phó Bí thư Thường trực Đảng ủy chỉ đạo, kiểm tra việc thực hiện.\\n2. Giao đồng chí Phó Trưởng Công an xã chủ trì bảo đảm an ninh.\\n3. Chủ nhiệm Ủy ban Kiểm tra Đảng ủy theo dõi, giám sát.\\n4. Hiệu trưởng các trường học tổ chức tuyên truyền. ¦ Phó Bí thư Thường trực Đảng ủy | Phó Trưởng Công an xã | Chủ nhiệm Ủy ban Kiểm tra Đảng ủy | Hiệu trưởng các trường học",
        "per-task labels under letter items ¦ II. NỘI DUNG\\n1. Xây dựng cơ sở dữ liệu tổng hợp\\na) Đơn vị chủ trì: Công an tỉnh.\\nb) Đơn vị phối hợp: Sở Khoa học và Công nghệ.\\nc) Thời hạn: năm 2027. ¦ Công an tỉnh",
        "a plan's activities part: labels and an item whose subject is a list of units ¦ II. NỘI DUNG HOẠT ĐỘNG\\n1. Tổ chức phiên chợ không dùng tiền mặt\\n- Đơn vị chủ trì: Hội Liên hiệp Phụ nữ xã.\\n2. Công an xã; Tổ công nghệ số cộng đồng các thôn hướng dẫn người dân kích hoạt tài khoản.\\nIII. TỔ CHỨC THỰC HIỆN\\nCác bộ phận chuyên môn báo cáo kết quả về Văn phòng. ¦ Công an xã | Tổ công nghệ số cộng đồng các thôn | Các bộ phận chuyên môn | Hội Liên hiệp Phụ nữ xã",
        "a plural department head then a verb that names no field ¦ II. NHIỆM VỤ\\n1. Các trường lập danh sách học sinh dự thi, gửi về Phòng trước ngày 10/12/2025.\\n2. Ban tổ chức hội thi chuẩn bị đề thi.\\n3. Tổ công tác chủ trì rà soát hồ sơ. ¦ Các trường | Ban tổ chức hội thi | Tổ công tác",
        "a lead cell that labels lead and partner, and one that names the task after the unit ¦ II. NHIỆM VỤ CỤ THỂ\\n| STT | Nội dung | Cơ quan thực hiện | Thời gian |\\n|---|---|---|---|\\n| 1 | Rà soát hồ sơ | Chủ trì: Phòng Kinh tế; phối hợp: Công an xã | Quý II/2026 |\\n| 2 | Cập nhật bản đồ | Văn phòng HĐND và UBND xã chủ trì, phối hợp các thôn | Tháng 9/2026 | ¦ Phòng Kinh tế | Văn phòng HĐND và UBND xã",
        "a lead cell that marks its lead and partner in brackets ¦ II. NHIỆM VỤ CỤ THỂ\\n| STT | Nội dung | Đơn vị thực hiện | Thời gian |\\n| 1 | Quảng bá du lịch | Trung tâm Văn hóa - Thể thao và Truyền thông (chủ trì); Phòng Văn hóa và Thông tin (phối hợp) | Tháng 5/2026 | ¦ Trung tâm Văn hóa - Thể thao và Truyền thông",
        "the same cells as a Word table reaches the text, one cell a line ¦ II. NHIỆM VỤ CỤ THỂ\\nSTT\\nNội dung\\nCơ quan thực hiện\\nThời gian\\n1\\nRà soát hồ sơ\\nChủ trì: Phòng Kinh tế; phối hợp: Công an xã\\nQuý II/2026\\n2\\nCập nhật bản đồ\\nVăn phòng HĐND và UBND xã chủ trì, phối hợp các thôn\\nTháng 9/2026 ¦ Phòng Kinh tế | Văn phòng HĐND và UBND xã",
        "a letter asking its addressee by courtesy ('Quý Sở'), addressee on the Kính gửi line or as bullets ¦ Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương.\\nThực hiện Chỉ thị số 15/CT-TTg, Bộ Y tế đề nghị Quý Sở:\\n1. Chỉ đạo các cơ sở khám bệnh, chữa bệnh chuẩn bị sẵn sàng thuốc.\\n2. Tổ chức tập huấn cho nhân viên y tế.\\nTrân trọng./. ¦ Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
        "a courtesy request that opens the list of tasks ('... sau:') ¦ Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\\nBộ Nội vụ đề nghị Quý Ủy ban quan tâm, chỉ đạo thực hiện một số nội dung sau:\\n1. Rà soát, thống kê số lượng công chức.\\n2. Đánh giá khó khăn, vướng mắc.\\nTrân trọng./. ¦ Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "a header flattened onto one line, its addressees with their bullets inside it ¦ UBND TỈNH BẮC GIANG SỞ NỘI VỤ Số: 1502/SNV-CCVC V/v rà soát viên chức Bắc Giang, ngày 03 tháng 9 năm 2026 Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các xã, phường.\\nSở Nội vụ đề nghị các cơ quan, đơn vị rà soát số lượng viên chức, gửi báo cáo về Sở Nội vụ trước ngày 20/9/2026.\\nTrân trọng./. ¦ Các sở, ban, ngành tỉnh | UBND các xã, phường",
        "the same with the addressees as bullets ¦ Kính gửi:\\n- Ủy ban nhân dân các xã, phường;\\n- Trung tâm Y tế huyện.\\nPhòng Y tế đề nghị Quý cơ quan triển khai các nội dung trên.\\nTrân trọng./. ¦ Ủy ban nhân dân các xã, phường | Trung tâm Y tế huyện",
        "a letter asking its addressees by a plural that stands for them ('các cơ quan, đơn vị') ¦ Kính gửi:\\n- Các sở, ban, ngành cấp tỉnh;\\n- UBND các xã, phường.\\nThực hiện Công văn số 6035/BNV-CCVC, Sở Nội vụ đề nghị các cơ quan, đơn vị:\\n1. Rà soát, thống kê số lượng cán bộ, công chức.\\n2. Gửi báo cáo về Sở Nội vụ trước ngày 10/12/2025.\\nTrân trọng./. ¦ Các sở, ban, ngành cấp tỉnh | UBND các xã, phường",
        "the plural standing for the addressees, and again in the closing request ¦ Kính gửi:\\n- Ủy ban nhân dân các xã, phường, đặc khu;\\n- Trung tâm Kiểm soát bệnh tật tỉnh.\\nSở Y tế đề nghị các đơn vị:\\n1. Tổ chức chiến dịch diệt lăng quăng.\\n2. Báo cáo kết quả về Sở Y tế trước ngày 30/11/2026.\\nĐề nghị các đơn vị nghiêm túc triển khai thực hiện./.\\nNơi nhận:\\n- Như trên; ¦ Ủy ban nhân dân các xã, phường, đặc khu | Trung tâm Kiểm soát bệnh tật tỉnh",
        "a notice of conclusions assigning in unnumbered paragraphs ¦ THÔNG BÁO\\nKết luận của Chủ tịch UBND huyện\\nChủ tịch UBND huyện kết luận như sau:\\nGiao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND các xã đẩy nhanh tiến độ, hoàn thành trước ngày 30/4/2026.\\nGiao Chi cục Thuế khu vực rà soát các nguồn thu. ¦ Phòng Tài nguyên và Môi trường | Chi cục Thuế khu vực",
        "the same under topic labels, with or without numbers ¦ THÔNG BÁO\\nKết luận của Chủ tịch UBND huyện\\nVề công tác giải phóng mặt bằng: Giao Phòng Tài nguyên và Môi trường chủ trì thực hiện.\\n2. Về công tác thu ngân sách: Giao Chi cục Thuế khu vực rà soát các nguồn thu. ¦ Phòng Tài nguyên và Môi trường | Chi cục Thuế khu vực",
        "a briefing ('giao ban') named in the sentence before the numbered conclusions ¦ THÔNG BÁO\\nKết luận của Chủ tịch UBND huyện\\nNgày 18/3/2026, Chủ tịch UBND huyện chủ trì cuộc họp giao ban. Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:\\n1. Về công tác giải phóng mặt bằng: Giao Phòng Tài nguyên và Môi trường chủ trì thực hiện.\\n2. Về công tác thu ngân sách: Giao Chi cục Thuế khu vực rà soát các nguồn thu. ¦ Phòng Tài nguyên và Môi trường | Chi cục Thuế khu vực",
        "the plural with no space after its comma, the addressee on the Kính gửi line ¦ Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\\nĐể kịp thời tổng hợp, Sở Tài chính đề nghị các cơ quan,đơn vị khẩn trương rà soát, gửi số liệu về Sở.\\nTrân trọng./. ¦ Ủy ban nhân dân các huyện, thị xã, thành phố",
        "a plural referent that only points the addressees elsewhere ¦ Kính gửi: Các doanh nghiệp trên địa bàn tỉnh.\\nVề thủ tục cấp phép, đề nghị các đơn vị liên hệ với Sở Công Thương để được hướng dẫn.\\nTrân trọng./. ¦ ''",
        "a plural that is a name's start, not a referent ('các đơn vịt') stays no request ¦ Kính gửi: Các hộ chăn nuôi.\\nPhòng Kinh tế thông báo giá các đơn vịt giống năm 2026.\\nTrân trọng./. ¦ ''",
        "a meeting's conclusions by topic, 'Giao'/'Yêu cầu'/'Đề nghị' inside each, a topic ending in 'số' ¦ Sau khi nghe báo cáo, Chủ tịch UBND xã kết luận như sau:\\n1. Về công tác thu ngân sách\\nGiao Phòng Kinh tế chủ trì đôn đốc thu nộp ngân sách.\\n2. Về giải phóng mặt bằng\\nYêu cầu Ban Quản lý dự án đầu tư xây dựng khu vực hoàn thiện hồ sơ bồi thường.\\nĐề nghị Ủy ban MTTQ Việt Nam xã phối hợp tuyên truyền.\\n3. Về chuyển đổi số\\nGiao Văn phòng HĐND và UBND xã rà soát thủ tục hành chính.\\nYêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./. ¦ Phòng Kinh tế | Ban Quản lý dự án đầu tư xây dựng khu vực | Ủy ban MTTQ Việt Nam xã | Văn phòng HĐND và UBND xã",
        "a conclusion notice's lettered requirements: a list of places after a colon, a field holding a verb ¦ 2. Để hoàn thành công tác giải phóng mặt bằng, yêu cầu:\\na) UBND các huyện: Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh tập trung chỉ đạo kiểm kê, áp giá.\\nb) Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh phối hợp chặt chẽ với các địa phương. ¦ UBND các huyện: Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh | Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
        "common task verbs end a name ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Công an xã tiến hành rà soát địa bàn.\\n2. Các trường học áp dụng phương pháp mới.\\n3. Ban Chỉ huy Quân sự xã khắc phục hậu quả thiên tai. ¦ Công an xã | Các trường học | Ban Chỉ huy Quân sự xã",
        "committee members in charge of an area, named with a plural honorific ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Ban Tổ chức Huyện ủy theo dõi, hướng dẫn.\\n2. Các đồng chí Huyện ủy viên phụ trách cơ sở dự, chỉ đạo kiểm điểm. ¦ Ban Tổ chức Huyện ủy | Huyện ủy viên phụ trách cơ sở",
        "a school's plan: staff and the school's youth cells ¦ II. TỔ CHỨC THỰC HIỆN\\n1. Ban Giám hiệu chỉ đạo chung.\\n2. Giáo viên chủ nhiệm các lớp tuyên truyền cho học sinh.\\n3. Nhân viên y tế trường học chuẩn bị tủ thuốc.\\n4. Liên đội, Chi đoàn giáo viên phối hợp tổ chức hoạt động ngoại khóa. ¦ Ban Giám hiệu | Giáo viên chủ nhiệm các lớp | Nhân viên y tế trường học | Liên đội, Chi đoàn giáo viên",
        "a Party plan's 'Nội dung, thời gian' part before its implementation part ¦ II. NỘI DUNG, THỜI GIAN\\n1. Các chi bộ trực thuộc tổ chức hội nghị tổng kết, hoàn thành trước ngày 30/11/2025.\\n2. Đảng ủy Quân sự xã xây dựng báo cáo chuyên đề.\\nIII. TỔ CHỨC THỰC HIỆN\\n1. Văn phòng Đảng ủy tham mưu Ban Thường vụ hướng dẫn các chi bộ. ¦ Các chi bộ trực thuộc | Đảng ủy Quân sự xã | Văn phòng Đảng ủy",
        "the same part named 'Nội dung và thời gian thực hiện', its items periods of activities ¦ II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\\n1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:\\n- Kiểm tra việc tổ chức hội nghị cử tri.\\n2. Ban Công tác Mặt trận các thôn tuyên truyền về bầu cử.\\nIII. TỔ CHỨC THỰC HIỆN\\n1. Ủy ban Kiểm tra Đảng ủy giám sát. ¦ Ban Công tác Mặt trận các thôn | Ủy ban Kiểm tra Đảng ủy",
        "a ministry's departments: a managed staff in a name, a role taken on with 'là' ¦ II. NHIỆM VỤ VÀ GIẢI PHÁP\\n1. Cục Nhà giáo và Cán bộ quản lý giáo dục rà soát đội ngũ giáo viên.\\n2. Văn phòng Bộ là đầu mối theo dõi, tổng hợp. ¦ Cục Nhà giáo và Cán bộ quản lý giáo dục | Văn phòng Bộ",
        "Party bodies listed with a noun that opens with a verb ¦ II. NHIỆM VỤ, GIẢI PHÁP\\n1. Các cấp ủy, tổ chức đảng quán triệt sâu sắc nội dung Nghị quyết.\\n2. Chi bộ Trường Tiểu học tổ chức đảng viên học tập Nghị quyết.\\n3. Các cơ quan, tổ chức có liên quan tuyên truyền. ¦ Các cấp ủy, tổ chức đảng | Chi bộ Trường Tiểu học | Các cơ quan, tổ chức có liên quan",
        "a directive's closing request naming heads, split at semicolons ¦ 1. Công an tỉnh kiểm tra an toàn phòng cháy.\\n2. Sở Xây dựng hướng dẫn rà soát hệ thống cấp nước.\\nYêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường nghiêm túc thực hiện Chỉ thị này./. ¦ Công an tỉnh | Sở Xây dựng | Thủ trưởng các sở, ban, ngành | Chủ tịch UBND các xã, phường",
        "a closing clause whose bodies are responsible for the plan ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Phòng Nội vụ theo dõi, đôn đốc.\\nGiám đốc Trung tâm Y tế huyện; Chủ tịch UBND các xã chịu trách nhiệm tổ chức thực hiện Kế hoạch này. ¦ Phòng Nội vụ | Giám đốc Trung tâm Y tế huyện | Chủ tịch UBND các xã",
        "a closing request to a partner: its verb is no part of its name ¦ 1. Phòng Y tế tuyên truyền phòng dịch.\\nĐề nghị Ủy ban MTTQ Việt Nam huyện phối hợp thực hiện Kế hoạch này./. ¦ Phòng Y tế | Ủy ban MTTQ Việt Nam huyện",
        "unit headings printed in capitals give names in normal case ¦ III. TỔ CHỨC THỰC HIỆN\\n1. PHÒNG NỘI VỤ\\nChủ trì tham mưu kiện toàn bộ máy.\\n2. PHÒNG GD&ĐT\\nBố trí kinh phí cho các trường.\\n3. TRẠM Y TẾ XÃ\\nKhám sức khỏe cho học sinh. ¦ Phòng Nội vụ | Phòng GD&ĐT | Trạm y tế xã",
        "the issuer announcing who does what is not one of them ¦ III. TỔ CHỨC THỰC HIỆN\\nỦy ban nhân dân huyện giao trách nhiệm cho các cơ quan, đơn vị như sau:\\n1) Phòng Nội vụ: chủ trì theo dõi.\\n2) Phòng Tài chính - Kế hoạch: bố trí kinh phí. ¦ Phòng Nội vụ | Phòng Tài chính - Kế hoạch",
        "the issuer's request to bodies it names by a generic word, then the items ¦ III. TỔ CHỨC THỰC HIỆN\\nUBND huyện đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:\\n1. Phòng Nội vụ: theo dõi.\\n2. Phòng Y tế: kiểm tra. ¦ Phòng Nội vụ | Phòng Y tế",
        "the issuer hands the announced tasks to a body it names ¦ III. TỔ CHỨC THỰC HIỆN\\nỦy ban nhân dân xã giao trách nhiệm cho Công an xã thực hiện các nhiệm vụ sau:\\n1. Tuần tra, kiểm soát.\\n2. Báo cáo kết quả. ¦ Công an xã",
        "a body announcing its own tasks ¦ III. TỔ CHỨC THỰC HIỆN\\nPhòng Nội vụ thực hiện các nhiệm vụ sau:\\n1. Tuần tra, kiểm soát.\\n2. Báo cáo kết quả. ¦ Phòng Nội vụ",
        "an unnumbered paragraph assigning with 'Giao trách nhiệm cho' ¦ III. TỔ CHỨC THỰC HIỆN\\nGiao trách nhiệm cho Phòng Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch; Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND huyện về kết quả thực hiện tại địa phương. ¦ Phòng Nội vụ | Chủ tịch UBND các xã",
        "tax and treasury offices as named since 2025 ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Thuế cơ sở 5 tỉnh Nghệ An tổ chức thu.\\n2. Kho bạc Nhà nước khu vực X kiểm soát chi.\\n3. Thuế tỉnh hướng dẫn chính sách. ¦ Thuế cơ sở 5 tỉnh Nghệ An | Kho bạc Nhà nước khu vực X | Thuế tỉnh",
        "items numbered with a slash ('1/', 'a/') ¦ III. TỔ CHỨC THỰC HIỆN\\n1/ Phòng Nội vụ: chủ trì theo dõi.\\n2/ Các phòng chuyên môn\\na/ Phòng Y tế: kiểm tra.\\nb/ Phòng Tài chính - Kế hoạch: bố trí kinh phí. ¦ Phòng Nội vụ | Phòng Y tế | Phòng Tài chính - Kế hoạch",
        "a tasks section whose topics assign after a label ¦ II. NHIỆM VỤ, GIẢI PHÁP\\n1. Công tác tuyên truyền: Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài truyền thanh xã tuyên truyền thường xuyên.\\n2. Công tác kiểm tra: Giao Công an xã chủ trì kiểm tra các cơ sở kinh doanh.\\nIII. TỔ CHỨC THỰC HIỆN\\nCác bộ phận căn cứ nhiệm vụ được giao triển khai thực hiện. ¦ Công chức Văn hóa - Xã hội | Công an xã",
        "a tasks section whose topics assign in the paragraph under them ¦ II. NHIỆM VỤ CỤ THỂ\\n1. Về tuyên truyền\\nGiao Ban Văn hóa - Xã hội xã chủ trì tuyên truyền.\\n2. Kinh phí\\nGiao Công chức Tài chính - Kế toán bố trí kinh phí.\\n3. Về kiểm tra\\nCác thôn phối hợp kiểm tra. ¦ Ban Văn hóa - Xã hội xã | Công chức Tài chính - Kế toán",
        "a closing request whose bodies take up the task before the duty word ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Văn phòng Sở theo dõi, đôn đốc.\\nYêu cầu Thủ trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao triển khai thực hiện nghiêm túc Kế hoạch này./. ¦ Văn phòng Sở | Thủ trưởng các phòng, đơn vị thuộc Sở",
        "a steering board's duties: its head shares out tasks, the board dissolves itself ¦ QUYẾT ĐỊNH:\\nĐiều 1. Thành lập Ban Chỉ đạo chuyển đổi số xã.\\nĐiều 2. Nhiệm vụ của Ban Chỉ đạo\\n1. Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch UBND xã chỉ đạo chuyển đổi số.\\n2. Trưởng ban phân công nhiệm vụ cho các thành viên.\\n3. Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ. ¦ Ban Chỉ đạo | Trưởng ban",
        "the request after the plan's summing-up sentence ¦ II. NHIỆM VỤ\\n1. Phòng Y tế tuyên truyền phòng dịch.\\nTrên đây là Kế hoạch phòng dịch năm 2026, yêu cầu Trạm Y tế các xã, thị trấn khẩn trương triển khai thực hiện Kế hoạch này./. ¦ Phòng Y tế | Trạm Y tế các xã, thị trấn",
        "office holders as units ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Phó Chủ tịch Thường trực phụ trách chung, chỉ đạo các thôn.\\n2. Chuyên viên phụ trách lĩnh vực văn hóa tham mưu tổ chức các hoạt động. ¦ Phó Chủ tịch Thường trực | Chuyên viên phụ trách lĩnh vực văn hóa",
    })
    void readsTheUnitsOfEachLayout(String layout, String text, String expected) {
        assertEquals(expected, leads(text), layout);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "a generic word alone ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Đơn vị\\nTổ chức thực hiện theo kế hoạch.\\n2. Phòng Văn hóa và Thông tin tham mưu. ¦ Phòng Văn hóa và Thông tin",
        "a reply pointing its addressee to someone to consult ¦ Kính gửi: Cục Hải quan\\nVề nội dung nêu tại Công văn của Cục Hải quan, Cục Hóa chất có ý kiến như sau:\\n1. Về công bố hóa chất\\nNghị định quy định việc công bố.\\n2. Về thủ tục\\nĐề nghị Cục Hải quan liên hệ với Cục Thương mại điện tử để được hướng dẫn.\\nTrân trọng./. ¦ ''",
        "a courtesy request that only points the addressee elsewhere ¦ Kính gửi: Cục Hải quan\\n1. Về thủ tục\\nNghị định quy định việc công bố.\\nĐề nghị Quý Cục liên hệ với Cục Thương mại điện tử để được hướng dẫn.\\nTrân trọng./. ¦ ''",
        "a closing request to bodies named by a generic word ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Phòng Nội vụ theo dõi, đôn đốc.\\nYêu cầu các cơ quan, đơn vị nghiêm túc thực hiện Kế hoạch này./. ¦ Phòng Nội vụ",
        "a closing sentence about the plan that names no one to carry it out ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Phòng Nội vụ theo dõi, đôn đốc.\\nKế hoạch này thay thế Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND huyện.\\nTrong quá trình thực hiện Kế hoạch này, nếu có vướng mắc, các đơn vị báo cáo UBND huyện./. ¦ Phòng Nội vụ",
        "a decision's executing article read once, its continuation not a closing clause ¦ Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng dịch.\\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\\nĐiều 3. Chánh Văn phòng UBND huyện;\\nTrưởng Phòng Y tế; Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./. ¦ Chánh Văn phòng UBND huyện | Trưởng Phòng Y tế | Chủ tịch UBND các xã",
        "a plural of a generic word ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Các đơn vị báo cáo kết quả về Phòng Nội vụ trước ngày 25 hằng tháng.\\n2. Phòng Nội vụ tổng hợp. ¦ Phòng Nội vụ",
        "bodies picked by a count ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Thôn có dưới 100 hộ bố trí tủ sách chung.\\n2. Các xã có từ 3 thôn trở lên thành lập tổ công tác.\\n3. Trạm Y tế xã chủ trì. ¦ Trạm Y tế xã",
        "a partner with 'chặt chẽ' and 'trong việc' ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Các tổ chức thành viên của Mặt trận xã\\n- Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ xã trong việc cử cán bộ tham gia. ¦ Các tổ chức thành viên của Mặt trận xã",
    })
    void leavesOutWhatIsNotAUnit(String layout, String text, String expected) {
        assertEquals(expected, leads(text), layout);
    }

    /** Each unit of a closing clause or an executing article is mentioned once where the clause names it. */
    @org.junit.jupiter.api.Test
    void aClosingClauseIsReadOnce() {
        String directive = "1. Công an tỉnh kiểm tra.\nYêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã "
                + "nghiêm túc thực hiện Chỉ thị này./.";
        String decision = "Điều 1. Ban hành Kế hoạch.\nĐiều 2. Chánh Văn phòng UBND huyện;\nTrưởng Phòng Y tế chịu "
                + "trách nhiệm thi hành Quyết định này./.";
        for (String text : List.of(directive, decision)) {
            for (Unit u : EXTRACTOR.extract(text, PageMap.single())) assertEquals(1, u.mentions().size(), u.name());
        }
    }

    /** The same implementation part with a page header (or a portal's short name) repeated between its items. */
    @org.junit.jupiter.api.Test
    void aRunningHeaderBetweenItemsDoesNotJoinTheirNames() {
        String running = "KH 15/KH-UBND xã Hòa An - Trang ";
        String filler = "Tổ chức thực hiện đúng quy định, bảo đảm chất lượng, hiệu quả và tiết kiệm trong toàn xã.\n";
        String text = "III. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã\n" + filler.repeat(3) + running + "2\n"
                + "2. Công chức Văn hóa - Xã hội\n" + running + "3\n" + filler.repeat(3) + "3. Trưởng các thôn\n"
                + running + "4\n" + "Vận động nhân dân tham gia.\n";
        java.util.List<String> names = new io.planex.extract.PlanExtractor().extract(text).units().stream()
                .filter(Unit::lead).map(Unit::name).toList();
        assertEquals(List.of("Trạm Y tế xã", "Công chức Văn hóa - Xã hội", "Trưởng các thôn"), names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "partner after 'chủ trì, phối hợp với' in a label ¦ II. NHIỆM VỤ\\n1. Rà soát quy hoạch\\n- Cơ quan thực hiện: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính. ¦ Sở Tài chính",
        "partner with 'chặt chẽ' ends at 'trong việc' ¦ III. TỔ CHỨC THỰC HIỆN\\n1. Các tổ chức thành viên của Mặt trận xã\\n- Phối hợp chặt chẽ với Ban Thường trực Ủy ban MTTQ xã trong việc cử cán bộ tham gia. ¦ Ban Thường trực Ủy ban MTTQ xã",
    })
    void keepsPartnersApart(String layout, String text, String expected) {
        assertEquals(expected, partners(text), layout);
    }
}
