package io.planex.extract.unit;

/**
 * Realistic documents written for the tests (invented bodies, places and people), in the layouts extraction
 * meets: PDF lines with blank lines between them, one paragraph a line, two-column headers on one line.
 */
public final class SampleDocuments {
    private SampleDocuments() {}

    /** A commune People's Committee plan scanned from "KẾ HOẠCH": no header, PDF line breaks, dash bullets. */
    public static final String COMMUNE_PLAN = """
             KẾ HOẠCH\s

            Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia\s

            trên địa bàn xã Tân Lập năm 2024\s

            \s

            Thực hiện Kế hoạch số 88/KH-UBND ngày 02/8/2024 của UBND huyện Đông\s

            Sơn về chuyển đổi số năm 2024, UBND xã Tân Lập xây dựng Kế hoạch thực\s

            hiện như sau:\s

            I. MỤC ĐÍCH, YÊU CẦU\s

            - Nâng cao nhận thức của cán bộ, công chức và Nhân dân về chuyển đổi số.\s

            II. NHIỆM VỤ TRỌNG TÂM\s

            1. Tuyên truyền về lợi ích của chuyển đổi số trong đời sống\s

            - Các tổ chức chính trị - xã hội lồng ghép nội dung tuyên truyền trong các buổi\s

            sinh hoạt định kỳ.\s

            III. TỔ CHỨC THỰC HIỆN\s

            1. Công chức Văn hóa - Xã hội\s

            - Chủ trì, phối hợp với Đài truyền thanh xã và Công an xã tổ chức tuyên truyền\s

            trên hệ thống loa truyền thanh.\s

            - Tổng hợp kết quả, báo cáo UBND xã trước ngày 20/11.\s

            2. Công an xã\s

            - Bảo đảm an ninh trật tự trong thời gian tổ chức các hoạt động.\s

            3. Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã\s

            - Hằng năm, rà soát danh sách đoàn viên, hội viên tham gia tổ công nghệ số cộng đồng.\s

            - Hàng quý báo cáo kết quả hoạt động của tổ công nghệ số về UBND xã.\s

            4. Các thôn, khu dân cư; Trường Tiểu học Tân Lập\s

            - Thường xuyên cập nhật thông tin trên các nhóm mạng xã hội của thôn.\s

            Trên đây là Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc\s

            gia năm 2024, yêu cầu các ngành, đoàn thể xã triển khai thực hiện./.\s

            Nơi nhận:\s

            - UBND huyện (để b/c);\s

            - TT Đảng ủy, HĐND xã;\s

            - Như mục III;\s

            - Lưu: VT.\s

             TM. ỦY BAN NHÂN DÂN\s

            KT. CHỦ TỊCH\s

            PHÓ CHỦ TỊCH\s

            \s

            Lò Thị Hằng\s
            """;

    /** A district Party committee plan with a two-column header and tasks whose subject is a unit. */
    public static final String DISTRICT_PARTY_PLAN = """
            ĐẢNG BỘ TỈNH BÌNH ĐỊNH ĐẢNG CỘNG SẢN VIỆT NAM
            HUYỆN UỶ PHÚ CÁT
            *
            Số 112-KH/HU Phú Cát, ngày 14 tháng 3 năm 2024
            KẾ HOẠCH
            thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư
            về công tác dân vận trong tình hình mới
            -----
            Thực hiện Chỉ thị số 25-CT/TW, ngày 12/12/2023 của Ban Bí thư, Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            Quán triệt sâu sắc nội dung Chỉ thị đến cán bộ, đảng viên.
            II. NHIỆM VỤ, GIẢI PHÁP
            1. Ban Tuyên giáo Huyện ủy hướng dẫn, theo dõi việc học tập, quán triệt Chỉ thị; sơ kết 6 tháng trước ngày 01/6/2024; tổng kết năm trước ngày 01/11/2024.
            2. Ban Dân vận Huyện ủy chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện tham mưu tổ chức hội nghị chuyên đề.
            3. Giao Đảng đoàn HĐND huyện; Ban cán sự đảng UBND huyện; các chi, đảng bộ cơ sở căn cứ kế hoạch, cụ thể hóa thành chương trình hành động.
            4. Đề nghị Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện phối hợp giám sát việc thực hiện.
            III. TỔ CHỨC THỰC HIỆN
            Các chi, đảng bộ cơ sở định kỳ 6 tháng báo cáo kết quả về Ban Thường vụ Huyện ủy (qua Ban Dân vận).
            Nơi nhận:
            - Ban Dân vận Tỉnh ủy (để b/c),
            - Các đồng chí Huyện ủy viên,
            - Các chi, đảng bộ cơ sở,
            - Lưu Văn phòng Huyện ủy.
            T/M BAN THƯỜNG VỤ
            BÍ THƯ
            Trần Quốc Bảo
            """;

    /** A provincial decision: operative articles, a carrying-out article, no implementation section. */
    public static final String PROVINCIAL_DECISION = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
            Số: 1234/QĐ-UBND Quảng Ngãi, ngày 09 tháng 7 năm 2024
            QUYẾT ĐỊNH
            Về việc phê duyệt Phương án tổ chức lễ hội văn hóa các dân tộc miền núi năm 2024
            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 77/TTr-SVHTTDL ngày 01/7/2024.
            QUYẾT ĐỊNH:
            Điều 1. Phê duyệt Phương án tổ chức lễ hội; lễ khai mạc dự kiến tổ chức ngày 05/12/2024 tại huyện Sơn Hà. Các hạng mục chuẩn bị hoàn thành trong Quý III năm 2024. Trưng bày sản phẩm từ ngày 17/12/2024 đến ngày 25/01/2025.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
            Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Văn hóa, Thể thao và Du lịch, Tài chính; Chủ tịch UBND các huyện miền núi và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
            Nơi nhận:
            - Như Điều 3;
            - CT, các PCT UBND tỉnh;
            - Lưu: VT, KGVX.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Thanh Hoài
            """;

    /** A district letter (công văn) with V/v, Kính gửi, a time of day in its deadline. */
    public static final String DISTRICT_LETTER = """
            ỦY BAN NHÂN DÂN
            HUYỆN THANH SƠN
            Số: 5973/UBND-VX
            V/v rà soát, báo cáo số liệu
            hộ nghèo năm 2025
            Thanh Sơn, ngày 20 tháng 01 năm 2026
            Kính gửi:
            - Phòng Lao động - Thương binh và Xã hội;
            - UBND các xã, thị trấn.
            Để có cơ sở tổng kết công tác giảm nghèo, UBND huyện đề nghị các đơn vị:
            1. Phòng Lao động - Thương binh và Xã hội hướng dẫn các xã rà soát số liệu.
            2. UBND các xã, thị trấn báo cáo kết quả rà soát về UBND huyện (qua Phòng Lao động - Thương binh và Xã hội) trước 17 giờ 00 ngày 30/01/2026.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            TL. CHỦ TỊCH
            CHÁNH VĂN PHÒNG
            Hà Minh Đức
            """;

    /** A plan whose tasks are a tab-separated table with lead, partner and time columns. */
    public static final String TABLE_PLAN = """
            KẾ HOẠCH
            Cải cách hành chính huyện Mường La năm 2025
            III. NHIỆM VỤ CỤ THỂ
            TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
            1\tRà soát thủ tục hành chính\tVăn phòng HĐND và UBND huyện\tCác phòng chuyên môn\tQuý II/2025
            2\tSố hóa hồ sơ đất đai\tPhòng Tài nguyên và Môi trường\tChi nhánh Văn phòng đăng ký đất đai\t2024 - 2025
            3\tTuyên truyền cải cách hành chính\tTrung tâm Văn hóa, Thể thao và Truyền thông\tUBND các xã\tThường xuyên
            IV. TỔ CHỨC THỰC HIỆN
            Thời gian hoàn thành: tháng 6/2025 đối với nhiệm vụ rà soát quy chế làm việc.
            """;
}
