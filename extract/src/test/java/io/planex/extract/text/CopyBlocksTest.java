package io.planex.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The copying office's block under a copy is blanked; a copy's form anywhere else is not. */
class CopyBlocksTest {
    private static final String ORIGINAL = String.join("\n",
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
            "Số: 1520/QĐ-UBND            Lạng Sơn, ngày 02 tháng 10 năm 2026",
            "QUYẾT ĐỊNH",
            "Điều 2. Sở Tài chính chủ trì, hoàn thành trước ngày 30/11/2026.",
            "Nơi nhận:                                KT. CHỦ TỊCH",
            "- Như Điều 3;                            PHÓ CHỦ TỊCH",
            "- Lưu: VT, KT.",
            "                                         Lương Văn Khải",
            "");

    static Stream<Arguments> texts() {
        return Stream.of(
                // as pdftotext -layout prints the block: the office's name and the form on one line
                Arguments.of("layout", ORIGINAL + String.join("\n",
                        "     UBND TỈNH LẠNG SƠN                               SAO Y",
                        "           VĂN PHÒNG",
                        "            Số: 231/SY-VP                Lạng Sơn, ngày 05 tháng 10 năm 2026",
                        "Nơi nhận:                                          TL. CHỦ TỊCH",
                        "- Sở Tài chính;                                  CHÁNH VĂN PHÒNG",
                        "- Lưu: VT.",
                        "                                                     Hà Thị Mai"), "UBND TỈNH LẠNG SƠN"),
                // as Tika gives a DOCX's header table: one cell a line
                Arguments.of("cells", ORIGINAL + String.join("\n",
                        "UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", "", "SAO Y BẢN CHÍNH", "", "Số: 231/SY-VP",
                        "Lạng Sơn, ngày 05 tháng 10 năm 2026", "Nơi nhận:", "- Sở Tài chính;", "TL. CHỦ TỊCH",
                        "CHÁNH VĂN PHÒNG", "Hà Thị Mai"), "UBND TỈNH LẠNG SƠN"),
                // a Party office's copy, its number without a colon
                Arguments.of("party", ORIGINAL + String.join("\n",
                        "     TỈNH ỦY LẠNG SƠN                                 SAO LỤC",
                        "                  *",
                        "            Số 126-BS/TU               Lạng Sơn, ngày 12 tháng 10 năm 2026",
                        "Nơi nhận:                                     T/L BAN THƯỜNG VỤ",
                        "- Các đảng ủy trực thuộc Tỉnh ủy,           PHÓ CHÁNH VĂN PHÒNG",
                        "                                                Trịnh Thị Hồng Vân"), "TỈNH ỦY LẠNG SƠN"),
                // a table of bars, as some converters print the header
                Arguments.of("bars", ORIGINAL + String.join("\n",
                        "| UBND TỈNH LẠNG SƠN | TRÍCH SAO |",
                        "| Số: 38/TS-VP | Lạng Sơn, ngày 05 tháng 10 năm 2026 |",
                        "Nơi nhận: - Sở Tài chính;", "TL. CHỦ TỊCH", "Hà Thị Mai"), "| UBND TỈNH LẠNG SƠN"),
                // the copy's number printed over its form, under the office's name
                Arguments.of("number over the form", ORIGINAL + String.join("\n",
                        "______________________________", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Số: 45/SY-VP", "SAO Y",
                        "Lạng Sơn, ngày 05 tháng 10 năm 2026", "", "Nơi nhận:", "- Các phòng chuyên môn VP;",
                        "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Hà Thị Mai"), "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 45"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void blanksTheCopyingOfficesBlock(String layout, String text, String blockOpening) {
        int start = text.indexOf(blockOpening);
        String blanked = CopyBlocks.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals(text.substring(0, start), blanked.substring(0, start));
        assertEquals("", blanked.substring(start).strip());
        assertEquals(text.chars().filter(c -> c == '\n').count(), blanked.chars().filter(c -> c == '\n').count());
    }

    /** A copying office's block printed before the original: blanked up to the original's issuer. */
    @org.junit.jupiter.api.Test
    void blanksACopysBlockPrintedFirst() {
        String block = String.join("\n", "UBND TỈNH QUẢNG TRỊ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 12/SL-SGDĐT", "SAO LỤC",
                "Quảng Trị, ngày 19 tháng 8 năm 2026", "Nơi nhận:", "- Các trường THPT;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Thị Mai Phương", "____________________", "");
        String original = String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "───────",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 1875/QĐ-UBND", "QUYẾT ĐỊNH",
                "Điều 1. Ban hành Kế hoạch thời gian năm học.", "Nơi nhận:", "- Như Điều 3;", "PHÓ CHỦ TỊCH", "Hoàng Xuân Tân");
        for (String text : List.of(block + original, (block + original).replace("\n", "\n\n"))) {
            String blanked = CopyBlocks.blank(text);
            int end = text.indexOf("ỦY BAN NHÂN DÂN");
            assertEquals(text.length(), blanked.length());
            assertEquals("", blanked.substring(0, end).strip(), text);
            assertEquals(text.substring(end), blanked.substring(end));
        }
        // a "BẢN SAO" stamp over a short decision whose attachment has a motto of its own: the decision stays
        String stamped = "BẢN SAO\n" + original + "\n" + String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "(Ban hành kèm theo Quyết định số 1875/QĐ-UBND)");
        assertSame(stamped, CopyBlocks.blank(stamped));
    }

    static Stream<Arguments> notCopies() {
        return Stream.of(
                // a "BẢN SAO" stamp over the first page
                Arguments.of("BẢN SAO\n" + ORIGINAL),
                // the form in a sentence, not a line's last cell
                Arguments.of(ORIGINAL + "Văn phòng SAO Y bản chính gửi các sở\nSố: 231/SY-VP\n"),
                // the form with no number of the copy below it
                Arguments.of(ORIGINAL + "     UBND TỈNH LẠNG SƠN                               SAO Y\n- Lưu: VT.\n"),
                // no "Nơi nhận" of an original before it
                Arguments.of("UBND TỈNH LẠNG SƠN      SAO Y\nSố: 231/SY-VP\nNội dung"));
    }

    @ParameterizedTest
    @MethodSource("notCopies")
    void leavesOtherTextAlone(String text) {
        assertSame(text, CopyBlocks.blank(text));
    }
}
