package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrDigitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // date phrases: a letter or mark in the day or month slot
        "hoàn thành trước ngày 01T tháng 7 năm 2028 theo quy định#hoàn thành trước ngày 01 tháng 7 năm 2028 theo quy định",
        "Bình Sơn, ngàyl5 tháng 5 năm 2026#Bình Sơn, ngày15 tháng 5 năm 2026",
        "ngày 2O tháng l2 năm 2025#ngày 20 tháng 12 năm 2025",
        "chậm nhất ngảy O1 tháng S năm 2027#chậm nhất ngảy 01 tháng 5 năm 2027",
        "ngày I0 tháng 1I năm 2024#ngày 10 tháng 11 năm 2024",
        // numeric dates
        "(Kèm theo Quyết định số 88/QĐ-UBND ngày 1Š / Š_ /2026 của UBND xã)#(Kèm theo Quyết định số 88/QĐ-UBND ngày 15 / 5 /2026 của UBND xã)",
        "(Kèm theo Quyết định số 88/QĐ-UBND ngày 1Š / 5Š /2026)#(Kèm theo Quyết định số 88/QĐ-UBND ngày 15 / 5 /2026)",
        "ngày 3T tháng 7 năm 2026#ngày 3 tháng 7 năm 2026",
        "Kế hoạch số 12/KH-UBND ngày l0/O3/2025#Kế hoạch số 12/KH-UBND ngày 10/03/2025",
        // the second slash lost
        "Quyết định số 07/2024/QĐ-UBND ngày 01/ 72025 của UBND tỉnh#Quyết định số 07/2024/QĐ-UBND ngày 01/ 7/2025 của UBND tỉnh",
        "ngày 3/122024#ngày 3/12/2024",
        // the number line
        "Số: l2O/KH-UBND#Số: 120/KH-UBND",
        "Số: 1B5 /UBND-VP#Số: 185 /UBND-VP",
    })
    void mendsDigitsWhereOnlyDigitsStand(String ocr, String expected) {
        assertEquals(expected, OcrDigits.mend(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // words, symbols and impossible values stay as read
        "ngày lễ tháng Giêng năm 2026",
        "Quý II/2025",
        "Số: ...../KH-UBND",
        "Số: KH/UBND",
        "Nghị quyết số 15/NQ-TW/2025",
        "ngày 15 tháng 5 năm 2026",
        "ngày TT tháng 5 năm 2026",
        "ngày 12 tháng SS năm 2026",
        "Số lượng: l2/15",
        "Luật số 31/2023/QH15",
        "Quyết định số 218/2024/NĐ-CP ngày 12/6/2024",
        "tỷ lệ 3/152025 hộ",
        "Thông tư 04/2025/TT-BNV",
    })
    void leavesWordsAndImpossibleValues(String text) {
        assertEquals(text, OcrDigits.mend(text));
    }
}
