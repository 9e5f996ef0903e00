package io.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerLevelsTest {
    private final IssuerLevels levels = IssuerLevels.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Bộ Chính trị | central", "Ban Bí thư Trung ương Đảng | central", "Ban Chấp hành Trung ương | central",
        "Chính phủ | central", "Thủ tướng Chính phủ | central", "Quốc hội | central", "Bộ Nội vụ | central",
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG | central", "Bộ Lao động - Thương binh và Xã hội | central",
        "Ban Tuyên giáo Trung ương | central",
        "Tỉnh ủy Hưng Yên | province", "TỈNH UỶ THÁI BÌNH | province", "Ủy ban nhân dân tỉnh Hải Dương | province",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định | province", "Thành ủy Hà Nội | province",
        "Ủy ban nhân dân thành phố Hà Nội | province", "UBND TP. Hồ Chí Minh | province",
        "Bộ Chỉ huy Quân sự tỉnh Bắc Ninh | province",
        "Huyện ủy Văn Lâm | district", "Ủy ban nhân dân huyện Mỹ Hào | district", "Quận ủy Cầu Giấy | district",
        "Thị ủy Phú Thọ | district", "Ủy ban nhân dân thị xã Sơn Tây | district",
        "Ủy ban nhân dân thành phố Hưng Yên | district", "Phòng Văn hóa và Thông tin huyện Kim Động | district",
        "Đảng ủy xã Hòa Phong | commune", "ĐẢNG ỦY XÃ HOÀ PHONG | commune", "Ủy ban nhân dân phường Hiến Nam | commune",
        "UBND thị trấn Như Quỳnh | commune", "Ủy ban nhân dân xã Tân Tiến, huyện Văn Giang, tỉnh Hưng Yên | commune",
        "Đảng ủy Khối các cơ quan tỉnh | province",
    })
    void infersTheLevelFromTheName(String name, String level) {
        assertEquals(Optional.of(level), levels.ofName(name).map(IssuerLevel::label));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Ngân hàng Chính sách xã hội", "Hợp tác xã Nông nghiệp Thành Công",
        "Ban Chỉ đạo", "''"})
    void noLevelWhenTheNameNamesNone(String name) {
        assertEquals(Optional.empty(), levels.ofName(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"57-KL/TW | central", "211-KH/TU | province", "82-KH/ThU | province",
        "45-KH/HU | district", "04-KH/ĐU | commune", "35/2021/QH15 | central", "1079/QĐ-TTg | central",
        "72/2015/NĐ-CP | central", "15/QĐ-BNV | central"})
    void fallsBackOnTheIssuerCodeOfTheSymbol(String symbol, String level) {
        assertEquals(Optional.of(level), levels.infer(null, symbol).map(IssuerLevel::label));
        assertEquals(Optional.of(level), levels.infer("Ban Chỉ đạo", symbol).map(IssuerLevel::label));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"12/KH-UBND", "not a symbol", "''"})
    void noLevelFromAnIssuerCodeOfAnyLevel(String symbol) {
        assertEquals(Optional.empty(), levels.infer(null, symbol));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Ủy ban nhân dân xã Hòa Phong | 12/KH-UBND | commune",
        "Ủy ban nhân dân huyện Văn Lâm | 04-KH/ĐU | district"})
    void theNameWinsOverTheCode(String name, String symbol, String level) {
        assertEquals(Optional.of(level), levels.infer(name, symbol).map(IssuerLevel::label));
    }
}
