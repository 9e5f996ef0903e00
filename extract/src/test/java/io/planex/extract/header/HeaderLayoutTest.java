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
}
