package io.planex.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A justified line's doubled spaces are single; alignment runs, blanks and a line's edges are as printed. */
class JustifiedSpacingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // a justified line of a text layer: every gap doubled, or some
        "b)  Sở  Xây  dựng  hoàn  thiện  hồ  sơ                  | b) Sở Xây dựng hoàn thiện hồ sơ",
        "Công văn số  4215/BYT-DP ngày  14/7/2026 của  Bộ Y tế   | Công văn số 4215/BYT-DP ngày 14/7/2026 của Bộ Y tế",
        // over lines: each line's own gaps
        "\"Sau  khi  nghe\nSở  Tài  chính\"                       | \"Sau khi nghe\nSở Tài chính\"",
        // three spaces or more: a typed alignment or a blank, kept
        "Số:          /UBND-XD                                   | Số:          /UBND-XD",
        "\"ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI\"                   | \"ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI\"",
        "\"ngày   tháng 7 năm 2026\"                              | \"ngày   tháng 7 năm 2026\"",
        // at a line's edges: an indent, a trailing space pair
        "\"  1. Sở Y tế\"                                         | \"  1. Sở Y tế\"",
        "\"Sở Y tế  \nchủ trì\"                                   | \"Sở Y tế  \nchủ trì\"",
        "\"a\n  b\"                                               | \"a\n  b\"",
    })
    void doubledSpacesBetweenWordsAreSingle(String page, String expected) {
        assertEquals(expected, JustifiedSpacing.collapse(page));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Sở Y tế chủ trì", "Số:    /UBND", "''"})
    void aTextWithNothingToChangeIsReturnedAsItIs(String page) {
        assertSame(page, JustifiedSpacing.collapse(page));
    }
}
