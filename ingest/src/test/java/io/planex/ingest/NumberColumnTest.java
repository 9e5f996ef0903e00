package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A column of row numbers in OCR text: a table's rows going on from the page before, read again line by line. */
class NumberColumnTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
        "numbers of a column ¦ 4\\n5\\n6\\nRà soát thủ tục\\nCập nhật dữ liệu ¦ true",
        "blank lines between ¦ 4\\n\\n5\\n\\n6 ¦ true",
        "from one ¦ 1\\n2\\n3 ¦ true",
        "two only ¦ 4\\n5\\nRà soát ¦ false",
        "not in sequence ¦ 4\\n6\\n8 ¦ false",
        "numbers inside lines ¦ 4 Rà soát\\n5 Cập nhật\\n6 Tổ chức ¦ false",
        "a year, then numbers ¦ 2026\\n1\\n2 ¦ false",
        "a text of prose ¦ Căn cứ Luật Tổ chức chính quyền địa phương;\\nỦy ban nhân dân xã ban hành Kế hoạch. ¦ false",
    })
    void findsAColumnOfRowNumbers(String layout, String text, boolean expected) {
        assertEquals(expected, TesseractOcr.hasNumberColumn(text.replace("\\n", "\n")), layout);
    }
}
