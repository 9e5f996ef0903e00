package io.planex.extract.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.PageMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headers in the layouts real files bring them: flattened onto one or two lines (text saved from legal portals),
 * as the cells of a DOCX table (one cell a line), read by OCR with misread marks, missing altogether (the type then
 * comes from the opening sentence), and with the day left blank for the signing.
 */
class HeaderLayoutTest {
    private static DocumentHeader read(String text) {
        return new HeaderExtractor().extract(text.replace("\\n", "\n"), PageMap.single());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // layout | text (\n = line break) | type | symbol | date | place | issuer
        "flattened on one line | ỦY BAN NHÂN DÂN TỈNH LÂM GIANG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 212/QĐ-UBND Lâm Giang, ngày 09 tháng 3 năm 2021 QUYẾT ĐỊNH V/v ban hành Kế hoạch phòng chống dịch\\nCăn cứ Luật Tổ chức chính quyền địa phương; | QĐ | 212/QĐ-UBND | 2021-03-09 | Lâm Giang | Ủy ban nhân dân tỉnh Lâm Giang",
        "flattened on two lines | UBND HUYỆN ĐÔNG LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nPHÒNG NỘI VỤ Độc lập - Tự do - Hạnh phúc Số: 45/KH-PNV Đông Lâm, ngày 02 tháng 4 năm 2024\\nKẾ HOẠCH\\nTuyển dụng viên chức năm 2024 | KH | 45/KH-PNV | 2024-04-02 | Đông Lâm | Phòng Nội vụ huyện Đông Lâm",
        "DOCX header table, one cell a line | ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nSố: 17/KH-UBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHòa An, ngày 05 tháng 01 năm 2025\\nKẾ HOẠCH\\nPhòng cháy rừng năm 2025 | KH | 17/KH-UBND | 2025-01-05 | Hòa An | Ủy ban nhân dân xã Hòa An",
        "DOCX header table with a standing body | ỦY BAN MTTQ VIỆT NAM\\nXÃ HÒA AN\\nBAN THƯỜNG TRỰC\\nSố:      /KH-MTTQ-BTT\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHòa An, ngày 10 tháng 12 năm 2025\\nKẾ HOẠCH\\nGiám sát bầu cử | KH | | 2025-12-10 | Hòa An | Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa An",
        "day left blank for the signing | UBND TỈNH LÂM GIANG\\nSỞ CÔNG THƯƠNG\\nSố:         /SCT-QLCN\\nLâm Giang, ngày       tháng 12 năm 2025\\nV/v góp ý dự thảo | CV | | 2025-12 | Lâm Giang | Sở Công Thương tỉnh Lâm Giang",
        "OCR-read letter head | BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nCỤC HÓA CHẤT Đặc lập - Tự do - Hạnh phúc\\nSố: Fđỗ /HC-CNHC Hà Nội, ngày °ÊÖ tháng 4 năm 2026\\nW⁄v trao đổi về một số quy định\\nKính gửi: Cục Hải quan\\nVề nội dung nêu tại Công văn số 138/CHQ-GSQL ngày 16 tháng 3 năm 2026 của Cục Hải quan, Cục Hóa chất có ý kiến như sau:\\n1. Về công bố\\nKhoản 4 Điều 14 Nghị định SỐ 26/2026/NĐ-CP quy định | CV | | 2026-04 | Hà Nội | Cục Hóa chất",
        "parent and department flattened on one line | UBND TỈNH LÂM GIANG SỞ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 210/SYT-NVY V/v phòng chống bệnh sởi Lâm Giang, ngày 05 tháng 3 năm 2025 Kính gửi: Trung tâm Y tế các huyện.\\nSở Y tế đề nghị các đơn vị thực hiện. | CV | 210/SYT-NVY | 2025-03-05 | Lâm Giang | Sở Y tế tỉnh Lâm Giang",
        "parent city whose name ends in an organ word | ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 04/KH-SYT Hải Phòng, ngày 05 tháng 3 năm 2025 KẾ HOẠCH Giám sát dịch bệnh\\nI. MỤC ĐÍCH | KH | 04/KH-SYT | 2025-03-05 | Hải Phòng | Sở Y tế thành phố Hải Phòng",
        "a ministry's department flattened under the ministry | BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỤC LÂM NGHIỆP VÀ KIỂM LÂM Số: 412/QĐ-LNKL CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 03 tháng 6 năm 2026\\nQUYẾT ĐỊNH\\nVề việc thành lập Đoàn kiểm tra | QĐ | 412/QĐ-LNKL | 2026-06-03 | Hà Nội | Cục Lâm nghiệp và Kiểm lâm",
        "a ministry alone, its name holding 'TRƯỜNG' | BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG Số: 12/KH-BTNMT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 03 tháng 6 năm 2024\\nKẾ HOẠCH\\nThực hiện chuyển đổi số | KH | 12/KH-BTNMT | 2024-06-03 | Hà Nội | Bộ Tài nguyên và Môi trường",
        "standing body flattened after its front | ỦY BAN MTTQ VIỆT NAM XÃ HÒA AN BAN THƯỜNG TRỰC ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 04/KH-MTTQ-BTT Hòa An, ngày 05 tháng 3 năm 2025 KẾ HOẠCH Giám sát\\nI. MỤC ĐÍCH | KH | 04/KH-MTTQ-BTT | 2025-03-05 | Hòa An | Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa An",
        "Party district committee flattened under its provincial Party organisation | ĐẢNG BỘ TỈNH LÂM GIANG HUYỆN ỦY ĐÔNG LÂM * Số 88-TB/HU ĐẢNG CỘNG SẢN VIỆT NAM Đông Lâm, ngày 11 tháng 4 năm 2025 THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về công tác cán bộ\\nNgày 10/4/2025, Ban Thường vụ Huyện ủy họp, kết luận như sau: | TB | 88-TB/HU | 2025-04-11 | Đông Lâm | Huyện ủy Đông Lâm",
        "Party header flattened row by row: committee, motto, star, date, number, then the type | HUYỆN ỦY ĐÔNG LÂM ĐẢNG CỘNG SẢN VIỆT NAM * Đông Lâm, ngày 12 tháng 3 năm 2026 Số 18-CTr/HU CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 09-NQ/TU ngày 20/01/2026 của Ban Chấp hành Đảng bộ tỉnh\\nI. MỤC ĐÍCH, YÊU CẦU | CTr | 18-CTr/HU | 2026-03-12 | Đông Lâm | Huyện ủy Đông Lâm",
        "State header flattened row by row: issuer, motto, number, date, then the type | ỦY BAN NHÂN DÂN XÃ HÒA AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 27/KH-UBND Hòa An, ngày 09 tháng 01 năm 2026 KẾ HOẠCH Triển khai Đề án nông thôn mới năm 2026\\nCăn cứ Quyết định số 318/QĐ-TTg; | KH | 27/KH-UBND | 2026-01-09 | Hòa An | Ủy ban nhân dân xã Hòa An",
        "department under its parent, flattened row by row with the motto between | UBND TỈNH LÂM GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số: 1256/SGDĐT-KHTC Lâm Giang, ngày 17 tháng 11 năm 2025 V/v báo cáo đầu tư công năm 2025\\nKính gửi: Ủy ban nhân dân các xã, phường. | CV | 1256/SGDĐT-KHTC | 2025-11-17 | Lâm Giang | Sở Giáo dục và Đào tạo tỉnh Lâm Giang",
        "commune People's Council resolution flattened | HỘI ĐỒNG NHÂN DÂN XÃ HÒA AN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 12/NQ-HĐND Hòa An, ngày 20 tháng 12 năm 2024 NGHỊ QUYẾT Về kế hoạch đầu tư công năm 2025\\nCăn cứ Luật Tổ chức chính quyền địa phương; | NQ | 12/NQ-HĐND | 2024-12-20 | Hòa An | Hội đồng nhân dân xã Hòa An",
        "village Party cell in a DOCX header table | ĐẢNG BỘ XÃ HÒA AN\\nCHI BỘ THÔN ĐÔNG\\n*\\nSố 05-NQ/CB\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHòa An, ngày 08 tháng 01 năm 2025\\n\\nNGHỊ QUYẾT\\nvề lãnh đạo thực hiện nhiệm vụ năm 2025 | NQ | 05-NQ/CB | 2025-01-08 | Hòa An | Chi bộ thôn Đông",
        "an association's provincial committee under the association | HỘI NÔNG DÂN VIỆT NAM\\nBCH TỈNH LÂM GIANG\\nSố: 77-KH/HNDT\\nLâm Giang, ngày 10 tháng 02 năm 2026\\nKẾ HOẠCH\\nTập huấn khuyến nông | KH | 77-KH/HNDT | 2026-02-10 | Lâm Giang | Ban Chấp hành Hội Nông dân tỉnh Lâm Giang",
        "Youth Union committee, its heading where the motto is | TỈNH ĐOÀN LÂM GIANG\\n***\\nSố: 88-KH/TĐTN-TG\\nĐOÀN TNCS HỒ CHÍ MINH\\nLâm Giang, ngày 10 tháng 02 năm 2026\\nKẾ HOẠCH\\nTháng Thanh niên năm 2026 | KH | 88-KH/TĐTN-TG | 2026-02-10 | Lâm Giang | Tỉnh Đoàn Lâm Giang",
        "a steering committee whose name ends in 'SỐ', under its province | UBND TỈNH LÂM GIANG\\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\\nSố: 12/KH-BCĐ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nLâm Giang, ngày 05 tháng 3 năm 2026\\nKẾ HOẠCH\\nHoạt động năm 2026 | KH | 12/KH-BCĐ | 2026-03-05 | Lâm Giang | Ban Chỉ đạo chuyển đổi số tỉnh Lâm Giang",
        "a district's office under its government | UBND HUYỆN ĐÔNG LÂM\\nVĂN PHÒNG HĐND VÀ UBND\\nSố: 15/TB-VP\\nĐông Lâm, ngày 05 tháng 3 năm 2026\\nTHÔNG BÁO\\nKết luận giao ban | TB | 15/TB-VP | 2026-03-05 | Đông Lâm | Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Đông Lâm",
        "an inspectorate that names its level | UBND HUYỆN ĐÔNG LÂM\\nTHANH TRA HUYỆN\\nSố: 03/KH-TTr\\nĐông Lâm, ngày 05 tháng 3 năm 2026\\nKẾ HOẠCH\\nThanh tra năm 2026 | KH | 03/KH-TTr | 2026-03-05 | Đông Lâm | Thanh tra huyện Đông Lâm",
        "a provincial labour federation | LIÊN ĐOÀN LAO ĐỘNG\\nTỈNH LÂM GIANG\\nSố: 21/KH-LĐLĐ\\nLâm Giang, ngày 05 tháng 3 năm 2026\\nKẾ HOẠCH\\nTháng Công nhân năm 2026 | KH | 21/KH-LĐLĐ | 2026-03-05 | Lâm Giang | Liên đoàn Lao động tỉnh Lâm Giang",
        "a school's trade union under its district federation | LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐÔNG LÂM\\nCÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS HÒA AN\\nSố: 03/KH-CĐCS\\nHòa An, ngày 05 tháng 3 năm 2026\\nKẾ HOẠCH\\nHoạt động công đoàn năm 2026 | KH | 03/KH-CĐCS | 2026-03-05 | Hòa An | Công đoàn cơ sở Trường THCS Hòa An",
        "a women's union committee under the union | HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\\nBCH HUYỆN ĐÔNG LÂM\\nSố: 15-KH/HPN\\nĐông Lâm, ngày 05 tháng 3 năm 2026\\nKẾ HOẠCH\\nTuyên truyền năm 2026 | KH | 15-KH/HPN | 2026-03-05 | Đông Lâm | Ban Chấp hành Hội Liên hiệp Phụ nữ huyện Đông Lâm",
        "the Prime Minister's directive | THỦ TƯỚNG CHÍNH PHỦ\\n-------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 18/CT-TTg\\nHà Nội, ngày 14 tháng 5 năm 2026\\nCHỈ THỊ\\nVề phòng, chống thiên tai | CT | 18/CT-TTg | 2026-05-14 | Hà Nội | Thủ tướng Chính phủ",
        "the Government's resolution | CHÍNH PHỦ\\n-------\\nSố: 76/NQ-CP\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHà Nội, ngày 15 tháng 7 năm 2025\\nNGHỊ QUYẾT\\nVề phòng, chống thiên tai | NQ | 76/NQ-CP | 2025-07-15 | Hà Nội | Chính phủ",
        "a university named by its city, which the place line prints in normal case | TRƯỜNG ĐẠI HỌC CẦN THƠ\\nSố: 2001/KH-ĐHCT\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nCần Thơ, ngày 10 tháng 9 năm 2026\\nKẾ HOẠCH\\nTuyển sinh năm 2026 | KH | 2001/KH-ĐHCT | 2026-09-10 | Cần Thơ | Trường Đại học Cần Thơ",
        "an office whose name is an abbreviation in capitals | UBND HUYỆN THANH OAI\\nPHÒNG GD&ĐT\\nSố: 45/KH-PGDĐT\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nThanh Oai, ngày 10 tháng 9 năm 2026\\nKẾ HOẠCH\\nKiểm tra nội bộ năm học 2026 - 2027 | KH | 45/KH-PGDĐT | 2026-09-10 | Thanh Oai | Phòng GD&ĐT huyện Thanh Oai",
        "school under its district office, named in capitals | PHÒNG GD&ĐT HUYỆN ĐÔNG LÂM\\nTRƯỜNG THCS NGUYỄN DU\\nSố: 45/KH-THCS\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nĐông Lâm, ngày 10 tháng 02 năm 2026\\nKẾ HOẠCH\\nHội khỏe Phù Đổng | KH | 45/KH-THCS | 2026-02-10 | Đông Lâm | Trường THCS Nguyễn Du",
        "joint plan of a government and the Front | ỦY BAN NHÂN DÂN - ỦY BAN MTTQ VIỆT NAM\\nXÃ HÒA AN\\nSố: 01/KHLT-UBND-MTTQ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHòa An, ngày 02 tháng 4 năm 2025\\nKẾ HOẠCH LIÊN TỊCH\\nTổ chức Ngày hội Đại đoàn kết | KHLT | 01/KHLT-UBND-MTTQ | 2025-04-02 | Hòa An | Ủy ban nhân dân - Ủy ban Mặt trận Tổ quốc Việt Nam xã Hòa An",
        "a joint plan's two issuers, one over the other | ỦY BAN NHÂN DÂN XÃ HÒA AN\\nBAN CHẤP HÀNH ĐOÀN XÃ HÒA AN\\nSố: 05/KHLT-UBND-ĐTN\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nHòa An, ngày 05 tháng 3 năm 2026\\nKẾ HOẠCH LIÊN TỊCH\\nTổ chức Tháng Thanh niên năm 2026 | KHLT | 05/KHLT-UBND-ĐTN | 2026-03-05 | Hòa An | Ủy ban nhân dân xã Hòa An - Ban Chấp hành Đoàn xã Hòa An",
        "the same, its number not yet given | ỦY BAN NHÂN DÂN XÃ HÒA AN\\nBAN CHẤP HÀNH ĐOÀN XÃ HÒA AN\\nSố:      /KH-UBND-ĐTN\\nHòa An, ngày 05 tháng 3 năm 2026\\nKẾ HOẠCH LIÊN TỊCH\\nTổ chức Tháng Thanh niên năm 2026 | KHLT | | 2026-03-05 | Hòa An | Ủy ban nhân dân xã Hòa An - Ban Chấp hành Đoàn xã Hòa An",
        "the symbol's code names the type, the heading its name | ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nSố: 04/CTr-UBND-MTTQ\\nHòa An, ngày 02 tháng 4 năm 2025\\nCHƯƠNG TRÌNH PHỐI HỢP\\nGiám sát đầu tư cộng đồng | CTr | 04/CTr-UBND-MTTQ | 2025-04-02 | Hòa An | Ủy ban nhân dân xã Hòa An",
        "a comma typed before the year | ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nSố: 45/KH-UBND\\nHòa An, ngày 05 tháng 3, năm 2025\\nKẾ HOẠCH\\nTổ chức hội nghị | KH | 45/KH-UBND | 2025-03-05 | Hòa An | Ủy ban nhân dân xã Hòa An",
        "date line typed with capitals after the place | ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nSố: 45/KH-UBND\\nHòa An, Ngày 05 Tháng 3 Năm 2025\\nKẾ HOẠCH\\nTổ chức hội nghị\\nNgày 10 tháng 4 năm 2025, Ban Chỉ đạo họp. | KH | 45/KH-UBND | 2025-03-05 | Hòa An | Ủy ban nhân dân xã Hòa An",
        "no date in the header: a body sentence's capital 'Ngày' is not the document's date | ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nSố: 45/KH-UBND\\nKẾ HOẠCH\\nTổ chức hội nghị\\nNgày 10 Tháng 4 Năm 2025, Ban Chỉ đạo họp, kết luận. | KH | 45/KH-UBND | | | Ủy ban nhân dân xã Hòa An",
        "Party department flattened after its committee | HUYỆN ỦY ĐÔNG LÂM BAN TỔ CHỨC * Số 12-HD/BTCHU ĐẢNG CỘNG SẢN VIỆT NAM Đông Lâm, ngày 15 tháng 10 năm 2025 HƯỚNG DẪN kiểm điểm, đánh giá tổ chức đảng năm 2025\\nI. ĐỐI TƯỢNG | HD | 12-HD/BTCHU | 2025-10-15 | Đông Lâm | Ban Tổ chức Huyện ủy Đông Lâm",
        "central committee in a DOCX header table | BAN CHẤP HÀNH TRUNG ƯƠNG\\n*\\nSố 45-NQ/TW\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHà Nội, ngày 24 tháng 11 năm 2025\\nNGHỊ QUYẾT\\nvề phát triển nguồn nhân lực | NQ | 45-NQ/TW | 2025-11-24 | Hà Nội | Ban Chấp hành Trung ương",
        "the Politburo's conclusion under the central committee's name | BAN CHẤP HÀNH TRUNG ƯƠNG\\n*\\nSố 83-KL/TW\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHà Nội, ngày 28 tháng 6 năm 2026\\nKẾT LUẬN\\nCỦA BỘ CHÍNH TRỊ\\nvề bảo vệ môi trường | KL | 83-KL/TW | 2026-06-28 | Hà Nội | Bộ Chính trị",
        "the Secretariat's directive, its author on the heading's line | BAN CHẤP HÀNH TRUNG ƯƠNG\\n*\\nSố 50-CT/TW\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHà Nội, ngày 12 tháng 3 năm 2026\\nCHỈ THỊ CỦA BAN BÍ THƯ\\nvề công tác dân vận | CT | 50-CT/TW | 2026-03-12 | Hà Nội | Ban Bí thư",
        "the central committee's name, the Politburo signed for | BAN CHẤP HÀNH TRUNG ƯƠNG\\n*\\nSố 210-QĐ/TW\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHà Nội, ngày 12 tháng 3 năm 2026\\nQUY ĐỊNH\\nvề công tác kiểm tra\\nĐiều 1. Phạm vi\\nT/M BỘ CHÍNH TRỊ\\nTHƯỜNG TRỰC BAN BÍ THƯ\\nTrần Văn Tâm | QĐ | 210-QĐ/TW | 2026-03-12 | Hà Nội | Bộ Chính trị",
        "Party conclusion of a provincial committee | TỈNH ỦY LÂM GIANG\\n*\\nSố 12-KL/TU\\nĐẢNG CỘNG SẢN VIỆT NAM\\nLâm Giang, ngày 05 tháng 3 năm 2025\\nKẾT LUẬN\\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\\nvề tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị | KL | 12-KL/TU | 2025-03-05 | Lâm Giang | Tỉnh ủy Lâm Giang",
        "a title set with letter spacing, no number yet | ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nSố:      /KH-UBND\\nHòa An, ngày 05 tháng 3 năm 2025\\nK Ế  H O Ạ C H\\nTổ chức hội nghị | KH | | 2025-03-05 | Hòa An | Ủy ban nhân dân xã Hòa An",
        "a decision titled with letter spacing, its authority line after | ỦY BAN NHÂN DÂN\\nXÃ HÒA AN\\nSố: 145/QĐ-UBND\\nHòa An, ngày 02 tháng 4 năm 2026\\nQ U Y Ế T  Đ Ị N H\\nVề việc thành lập Ban Chỉ đạo\\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA AN\\nCăn cứ Luật Tổ chức chính quyền địa phương; | QĐ | 145/QĐ-UBND | 2026-04-02 | Hòa An | Ủy ban nhân dân xã Hòa An",
        "the motto wrapped in a narrow cell, the number too | ỦY BAN NHÂN DÂN\\nHUYỆN YÊN THẾ\\nSố: 2456 /QĐ-\\nUBND\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\\nNAM\\nĐộc lập - Tự do - Hạnh phúc\\nYên Thế, ngày 02 tháng 10 năm 2024\\nQUYẾT ĐỊNH\\nVề việc thành lập Ban Chỉ đạo | QĐ | 2456/QĐ-UBND | 2024-10-02 | Yên Thế | Ủy ban nhân dân huyện Yên Thế",
        "flattened header rows wrapped by a narrow cell, the motto across them | ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI\\nCHỦ NGHĨA VIỆT NAM\\nHUYỆN ĐÔNG LÂM Độc lập - Tự do -\\nHạnh phúc\\nSố: 1520/QĐ-UBND Đông Lâm, ngày 03 tháng 6 năm 2024\\nQUYẾT ĐỊNH\\nBan hành Kế hoạch phòng, chống dịch | QĐ | 1520/QĐ-UBND | 2024-06-03 | Đông Lâm | Ủy ban nhân dân huyện Đông Lâm",
        "no header: type and issuer from the opening | Thực hiện Kế hoạch số 215/KH-UBND ngày 13/10/2023 của UBND thị xã Mỹ Hào, UBND xã Hòa An xây dựng Kế hoạch triển khai cụ thể như sau:\\nI. MỤC ĐÍCH, YÊU CẦU | KH | | | | Ủy ban nhân dân xã Hòa An",
    })
    void readsTheHeaderInEachLayout(String layout, String text, String type, String symbol, String date, String place,
            String issuer) {
        DocumentHeader h = read(text);
        assertEquals(type, h.type(), layout + ": type");
        assertEquals(symbol, h.symbol(), layout + ": symbol");
        assertEquals(date, h.date(), layout + ": date");
        assertEquals(place, h.place(), layout + ": place");
        assertEquals(issuer, h.issuer(), layout + ": issuer");
    }

    /** The title ends where the text leaves it, in every layout of the header. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a portal's flattened header runs into a caps title, the body on the next line | ỦY BAN NHÂN DÂN TỈNH BẮC GIANG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 08/CT-UBND Bắc Giang, ngày 14 tháng 5 năm 2025 CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ TÀI NGUYÊN NƯỚC\\nThời gian qua, công tác quản lý đã có chuyển biến. Chủ tịch UBND tỉnh yêu cầu: | VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ TÀI NGUYÊN NƯỚC",
        "a sentence-case title on lines of its own | UBND XÃ HÒA AN\\nSố: 15/KH-UBND\\nHòa An, ngày 10 tháng 3 năm 2025\\nKẾ HOẠCH\\nTriển khai thực hiện chuyển đổi số\\nnăm 2025\\n\\nThực hiện Kế hoạch số 20/KH-UBND của UBND huyện. | Triển khai thực hiện chuyển đổi số năm 2025",
    })
    void titleEndsWhereTheTextLeavesIt(String layout, String text, String title) {
        assertEquals(title, read(text).title(), layout);
    }
}
