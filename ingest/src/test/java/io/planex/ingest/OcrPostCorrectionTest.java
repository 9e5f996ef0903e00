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
        // what must stay
        "giải quyết./.#giải quyết./.",
        "- Lưu: VT.#- Lưu: VT.",
        "+ Ban Tuyên giáo#+ Ban Tuyên giáo",
        "mở chuyên mục “Du lịch An Thịnh” hằng tuần#mở chuyên mục “Du lịch An Thịnh” hằng tuần",
        "“Du lịch xanh” là chủ đề#“Du lịch xanh” là chủ đề",
        "Số: 37/KH-UBND#Số: 37/KH-UBND",
        "kinh tế - xã hội#kinh tế - xã hội",
    })
    void removesSpecksAndKeepsText(String ocr, String expected) {
        assertEquals(expected.strip(), OcrPostCorrection.cleanLine(ocr.strip()));
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
