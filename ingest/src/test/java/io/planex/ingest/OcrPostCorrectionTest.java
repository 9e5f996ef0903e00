package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OcrPostCorrectionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "KẾ HOẠCH | _# KẾ HOẠCH",
        "3. Công an xã '#3. Công an xã",
        "Nguyễn Thị Minh Hằng :#Nguyễn Thị Minh Hằng",
        "TM. ỦY BAN NHÂN DÂN .#TM. ỦY BAN NHÂN DÂN",
        "-- UBND huyện Long Điền;#- UBND huyện Long Điền;",
        "“Nơi nhận:#Nơi nhận:",
        "| Phòng Văn hóa và Thông tin#Phòng Văn hóa và Thông tin",
        "quảng bá | du lịch#quảng bá du lịch",
        "Thực hiện Hướng dẫn ' số 1502/SGDĐT-GDTC#Thực hiện Hướng dẫn số 1502/SGDĐT-GDTC",
        "các đơn vị ` báo cáo#các đơn vị báo cáo",
        // a speck read as a dash after a sentence's stop, or as a stop inside a name
        "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký. -#Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        "tại Tờ trình số 905/TTr-SYT ngày 15 tháng 12 năm 2025, —#tại Tờ trình số 905/TTr-SYT ngày 15 tháng 12 năm 2025,",
        "Chánh Văn phòng Ủy ban nhân. dân tỉnh; Giám đốc#Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc",
        "chuyên viên Chi cục An toàn vệ sinh thực. phẩm#chuyên viên Chi cục An toàn vệ sinh thực phẩm",
        // what must stay
        "giải quyết./.#giải quyết./.",
        "- Lưu: VT.#- Lưu: VT.",
        "+ Ban Tuyên giáo#+ Ban Tuyên giáo",
        "mở chuyên mục “Du lịch An Thịnh” hằng tuần#mở chuyên mục “Du lịch An Thịnh” hằng tuần",
        "“Du lịch xanh” là chủ đề#“Du lịch xanh” là chủ đề",
        "4 _ Quảng bá điểm đến Trung tâm Xúc tiến#4 Quảng bá điểm đến Trung tâm Xúc tiến",
        "Họ và tên: ____ Chức vụ#Họ và tên: ____ Chức vụ",
        "Số: 37/KH-UBND#Số: 37/KH-UBND",
        "kinh tế - xã hội#kinh tế - xã hội",
        "các loại giấy tờ, v.v. và các tài liệu khác#các loại giấy tờ, v.v. và các tài liệu khác",
        "xem tr. 5 và phụ lục#xem tr. 5 và phụ lục",
        "hoàn thành. Tiếp tục triển khai#hoàn thành. Tiếp tục triển khai",
        "Độc lập - Tự do - Hạnh phúc#Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN -------#ỦY BAN NHÂN DÂN -------",
        // a scanned table's row as its cells were read: the bars are its cells' bounds, each cell cleaned alone
        "| 1 | Rà soát thủ tục | Phòng Tư pháp | Quý II/2026 |#| 1 | Rà soát thủ tục | Phòng Tư pháp | Quý II/2026 |",
        "| 2 | Tổng kết ' | | Tháng 12/2026 _ |#| 2 | Tổng kết | | Tháng 12/2026 |",
    })
    void removesSpecksAndKeepsText(String ocr, String expected) {
        assertEquals(expected.strip(), OcrPostCorrection.cleanLine(ocr.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Só:3036 /SCT-CN Lào Cai#Số:3036 /SCT-CN Lào Cai",
        "  So: 12/KH-UBND#  Số: 12/KH-UBND",
        "KT. GIÁM ĐÓC#KT. GIÁM ĐỐC",
        "ngày 05 tháng 12 năm 2025 của Ủy ban — nhân dân tỉnh về bảo đảm#ngày 05 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh về bảo đảm",
        "Chủ tịch Hội đồng nhân _ dân xã#Chủ tịch Hội đồng nhân dân xã",
        "ỦY BAN – NHÂN DÂN#ỦY BAN NHÂN DÂN",
        "Phòng Văn hóa — Xã hội#Phòng Văn hóa — Xã hội",
        "W⁄v trao đổi về một số quy định#V/v trao đổi về một số quy định",
        "PHO GIAM ĐỌC#PHÓ GIÁM ĐỐC",
        "TM. UY BAN NHAN DAN#TM. ỦY BAN NHÂN DÂN",
        "- Ban Giám đôc Sở;#- Ban Giám đốc Sở;",
        "- Chủ tịch UBND tỉnh; PHO CHU TỊCH#- Chủ tịch UBND tỉnh; PHÓ CHỦ TỊCH",
        "Theo để nghị của Giám đốc Sở Y tế tại Tờ trình số 12/TTr-SYT ngày l0/4/2026.#Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 12/TTr-SYT ngày 10/4/2026.",
        "Theo đê nghị của Trưởng phòng Nội vụ.#Theo đề nghị của Trưởng phòng Nội vụ.",
        "Theo de nghị của Trưởng phòng Nội vụ.#Theo đề nghị của Trưởng phòng Nội vụ.",
        "nêu tại Công văn sô 4057/STC-QLNS ngày 16 tháng 3#nêu tại Công văn số 4057/STC-QLNS ngày 16 tháng 3",
        "Nghị định Sô 73/2024/NĐ-CP#Nghị định Số 73/2024/NĐ-CP",
        "1, Về công bố mục đích sử dụng#1. Về công bố mục đích sử dụng",
        "II, NHIỆM VỤ#II. NHIỆM VỤ",
        "Hòa An, ngày 05 thảng 3 nãm 2026#Hòa An, ngày 05 tháng 3 năm 2026",
        "ngày 02 thúng 02 năm 2018 của Chính phủ#ngày 02 tháng 02 năm 2018 của Chính phủ",
        "Khoản 6 Điều 21 Nghị định sỐ 26/2026/NĐ-CP#Khoản 6 Điều 21 Nghị định số 26/2026/NĐ-CP",
        "NGHỊ ĐỊNH SỐ 26/2026/NĐ-CP#NGHỊ ĐỊNH SỐ 26/2026/NĐ-CP",
        "Nghị định sẽ 26/2026/NĐ-CP ngày 17 tháng 01 năm 2026#Nghị định số 26/2026/NĐ-CP ngày 17 tháng 01 năm 2026",
        "Sở sẽ 2 lần kiểm tra#Sở sẽ 2 lần kiểm tra",
        "¬ Theo đề nghị của Giám đốc Sở Y tế#Theo đề nghị của Giám đốc Sở Y tế",
        "Hòa An, ngàỵ 05 tháng 03 năm 2026#Hòa An, ngày 05 tháng 03 năm 2026",
        "Ngảy 12 tháng 8 nầm 2025, Ban Thường vụ họp#Ngày 12 tháng 8 năm 2025, Ban Thường vụ họp",
        "hoàn thành chậm nhất ngàv 20/5/2026.#hoàn thành chậm nhất ngày 20/5/2026.",
        "báo cáo trước ngàỵ 15/12 hằng năm#báo cáo trước ngày 15/12 hằng năm",
        "Ngáv 05.3.2026 Sở tổ chức#Ngày 05.3.2026 Sở tổ chức",
        "Sở Xây dựng Quý TI/2026#Sở Xây dựng Quý II/2026",
        "hoàn thành trong quý lV năm 2025#hoàn thành trong quý IV năm 2025",
        "Thời gian: Quý Il1/2026#Thời gian: Quý III/2026",
        "Quý l/2026#Quý I/2026",
        "thời gian Quý IH/2026 Sở#thời gian Quý III/2026 Sở",
        "hoàn thành trong Quý H/2026#hoàn thành trong Quý II/2026",
        "báo cáo sơ kết trước ngày - 10/6/2026 và#báo cáo sơ kết trước ngày 10/6/2026 và",
        "trước ngày . 15/12 hằng năm#trước ngày 15/12 hằng năm",
        "chủ trì: Văn- phòng HĐND và UBND xã#chủ trì: Văn phòng HĐND và UBND xã",
        "Điều 4. Chánh Văn phòng;⏎-_ Trưởng phòng Kinh tế; Giám⏎- đốc Trung tâm chịu trách nhiệm#Điều 4. Chánh Văn phòng;⏎Trưởng phòng Kinh tế; Giám⏎đốc Trung tâm chịu trách nhiệm",
        "Số: 07/CĐĐ-UBND Hà Tĩnh#Số: 07/CĐ-UBND Hà Tĩnh",
        "Số: 2345/QĐÐ- -UBND#Số: 2345/QĐ-UBND",
        "Căn cứ Quy định số 124-QĐĐ/TW ngày 04/10/2023#Căn cứ Quy định số 124-QĐ/TW ngày 04/10/2023",
        "Nghị định số 15/2020/NĐĐ-CP#Nghị định số 15/2020/NĐ-CP",
        "Thực hiện Chỉ thị số 21/CT- -TTg ngày 03/8/2023#Thực hiện Chỉ thị số 21/CT-TTg ngày 03/8/2023",
        "Số:1120KH-BGDĐT#Số:1120/KH-BGDĐT",
        // specks before the number line, and a "tháng" read as "thắng" between a day and a year
        "_Số1875QĐ-UBND _ Đông Thụy, ngày 22 thắng 8 năm 2024#Số1875/QĐ-UBND Đông Thụy, ngày 22 tháng 8 năm 2024",
        "— Số: 12/KH-UBND#Số: 12/KH-UBND",
        "chiến thắng 8 năm 2024#chiến thắng 8 năm 2024",
        // words glued in a narrow table cell: "và" to the word before, a capitalised word to the next
        "| Quỹ Bảo vệvà Phát triển rừng tỉnh | Sở Nông nghiệpvà Môi trường |#| Quỹ Bảo vệ và Phát triển rừng tỉnh | Sở Nông nghiệp và Môi trường |",
        "SởKhoa học và Công nghệ#Sở Khoa học và Công nghệ",
        "6. Các chỉ bộ trực thuộc#6. Các chi bộ trực thuộc",
        "Tờ trình số 215/TTr- _TNMT ngày 15 tháng 8 năm 2024#Tờ trình số 215/TTr-TNMT ngày 15 tháng 8 năm 2024",
        "CHỈ THỊ SỐ 07/CT-TITg NĂM 2026#CHỈ THỊ SỐ 07/CT-TTg NĂM 2026",
        "Quyết định số 12/2026/QĐ-T1Tg#Quyết định số 12/2026/QĐ-TTg",
        "Công văn số 15/UBND-TITL#Công văn số 15/UBND-TITL",
        "Số 12-KH/ThU và Kế hoạch số 05-KH/TTr#Số 12-KH/ThU và Kế hoạch số 05-KH/TTr",
        "số 128KHHU  -#số 128-KH/HU  -",
        "Số 05-NQ/TU#Số 05-NQ/TU",
        "Số 05NQ/TU#Số 05-NQ/TU",
        "Số: 12-KHĐU#Số: 12-KH/ĐU",
        "Số 371CTrTW#Số 371-CTr/TW",
        // a State document's code ends otherwise: left as it is
        "Số: 45KHUBND#Số: 45KHUBND",
        "Số: 12/KH-UBND#Số: 12/KH-UBND",
        "Số: 45UBND-VX#Số: 45/UBND-VX",
        "TÍNH HÀ TĨNH#TỈNH HÀ TĨNH",
        "UBND TĨNH LÂM GIANG#UBND TỈNH LÂM GIANG",
        "CHÍ THỊ#CHỈ THỊ",
        "Các chi, đẳng bộ trực thuộc#Các chi, đảng bộ trực thuộc",
        "BỘ TRƯỞN G#BỘ TRƯỞNG",
        "II. TỔ CHỨC THỰC HIN#II. TỔ CHỨC THỰC HIỆN",
        // what must stay
        "Công văn số 45/ĐĐBQH-VP#Công văn số 45/ĐĐBQH-VP",
        "Hà Tĩnh, ngày 14 tháng 4 năm 2026#Hà Tĩnh, ngày 14 tháng 4 năm 2026",
        "UBND TỈNH HÀ TĨNH#UBND TỈNH HÀ TĨNH",
        "Số: 12A/KH-UBND#Số: 12A/KH-UBND",
        "bình đẳng giới#bình đẳng giới",
        "sô cô la 2 hộp#sô cô la 2 hộp",
        "các năm 2024, 2025#các năm 2024, 2025",
        "1, 2 và 3 của Điều 4#1, 2 và 3 của Điều 4",
        "Theo đề nghị của Trưởng phòng Nội vụ.#Theo đề nghị của Trưởng phòng Nội vụ.",
        "PHÁT TRIỂN VĂN HÓA ĐỌC#PHÁT TRIỂN VĂN HÓA ĐỌC",
        "Sở Công Thương#Sở Công Thương",
        "Số lượng: 12#Số lượng: 12",
        "ngày 05 tháng 3 năm 2026#ngày 05 tháng 3 năm 2026",
        "ngày 5 và tháng 3 nắm 2026#ngày 5 và tháng 3 nắm 2026",
        "ngay 20 người dự#ngay 20 người dự",
        "ngáy 20/5 lần#ngáy 20/5 lần",
        "Quý 1/2026#Quý 1/2026",
        "Quý II/2026#Quý II/2026",
        "Quý TI của Sở#Quý TI của Sở",
        "Hội H/2026 khác#Hội H/2026 khác",
        "ngày - tháng#ngày - tháng",
        "các tổ chức chính trị - xã hội#các tổ chức chính trị - xã hội",
        "tuyến Bắc-Nam#tuyến Bắc-Nam",
        "các nội dung sau:⏎- rà soát hồ sơ#các nội dung sau:⏎- rà soát hồ sơ",
        "Phòng Kinh tế;⏎- đôn đốc#Phòng Kinh tế;⏎- đôn đốc",
        "3. Giao Chỉ cục Thủy lợi#3. Giao Chi cục Thủy lợi",
        "báo cáo về Sở (qua Chí cục Kiểm lâm)#báo cáo về Sở (qua Chi cục Kiểm lâm)",
        "chỉ đạo cục bộ#chỉ đạo cục bộ",
    })
    void mendsTheFixedWordsOfHeadersAndSignatures(String ocr, String expected) {
        assertEquals(expected.replace("⏎", "\n"), OcrPostCorrection.clean(ocr.replace("⏎", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a symbol's dash read twice either side of a line's end: the second would open a list item
        "phân cấp tại Thông tư số 01/2026/TT-\\n- BCT, thẩm quyền#phân cấp tại Thông tư số 01/2026/TT-\\nBCT, thẩm quyền",
        "theo Chỉ thị số 21/CT- \\n -TTg ngày#theo Chỉ thị số 21/CT-\\nTTg ngày",
        // a speck after a symbol's dash, the line broken before it: the symbol joined again
        "tại Tờ trình số 215/TTr-\\n_TNMT ngày 15 tháng 8#tại Tờ trình số 215/TTr-TNMT ngày 15 tháng 8",
        "tại Thông tư số 01/2026/TT- -\\nBCT, thẩm quyền#tại Thông tư số 01/2026/TT-\\nBCT, thẩm quyền",
        // a list after a line that ends with a dash is no symbol
        "các nội dung sau: -\\n- UBND các xã#các nội dung sau: -\\n- UBND các xã",
    })
    void aSymbolsDashReadTwiceAcrossALineEndIsOne(String ocr, String expected) {
        assertEquals(expected.replace("\\n", "\n"), OcrPostCorrection.clean(ocr.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "| _", " . ", "“"})
    void aLineOfOnlySpecksBecomesBlank(String ocr) {
        assertEquals("", OcrPostCorrection.cleanLine(ocr));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  ", "", "./.", "-", "+"})
    void blankLinesAndMarkersStay(String ocr) {
        assertEquals(ocr, OcrPostCorrection.cleanLine(ocr));
    }
}
