package io.planex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header date of an OCRed page 1, checked and mended from further readings. */
class HeaderDateCheckTest {
    private static final String HEADER = "SỞ CÔNG THƯƠNG\nSố: 12/SCT-KH\nLào Cai, ngày %s năm 2026\nV/v kiểm tra\n";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "28 tháng 5    | false",
            "28 tháng 35   | true",
            "0 tháng 5     | true",
            "32 tháng 12   | true",
            "31 tháng 12   | false",
            "1 tháng 13    | true",
            // OCR dropped the accents: still the date line
            "28 thang 35   | true",
    })
    void anImpossibleDateAsksForMoreReadings(String dayMonth, boolean more) {
        String page = String.format(HEADER, dayMonth.replace("ngay", "ngày")).replace("ngày 28 thang", "ngay 28 thang");
        assertEquals(more, HeaderDateCheck.needsMoreReadings(page));
    }

    @ParameterizedTest(name = "{0} + [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            // two other readings agree on the month; the day the first reading had stands
            "28 tháng 35 | 28 tháng 5; 26 tháng 5        | 28 tháng 5",
            // the first reading's possible day outvoted by two readings that agree
            "26 tháng 35 | 28 tháng 5; 28 tháng 5        | 28 tháng 5",
            // no two readings agree on a possible month: left as read
            "28 tháng 35 | 28 tháng 6; 28 tháng 7        | 28 tháng 35",
            // one other reading, agreeing with nobody: nothing to go on
            "28 tháng 35 | 28 tháng 5                    | 28 tháng 35",
            // a possible date is never touched
            "28 tháng 5  | 29 tháng 6; 29 tháng 6        | 28 tháng 5",
            // readings without a date line are left out
            "28 tháng 35 | ; 28 tháng 5                  | 28 tháng 35",
    })
    void theAgreedDayAndMonthReplaceTheImpossibleOnes(String first, String others, String mended) {
        List<String> readings = Arrays.stream(others.split(";", -1))
                .map(String::strip)
                .map(o -> o.isEmpty() ? "SỞ CÔNG THƯƠNG\nV/v kiểm tra\n" : String.format(HEADER, o))
                .toList();
        assertEquals(String.format(HEADER, mended), HeaderDateCheck.mend(String.format(HEADER, first), readings));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // another year in a reading: not the same date line
            "2025",
    })
    void aReadingOfAnotherYearIsLeftOut(String year) {
        String other = String.format(HEADER, "28 tháng 5").replace("năm 2026", "năm " + year);
        String page = String.format(HEADER, "28 tháng 35");
        assertEquals(page, HeaderDateCheck.mend(page, List.of(other, other)));
    }

    @ParameterizedTest(name = "date after {0} lines")
    @CsvSource({"40"})
    void aDateBelowTheHeaderIsNotChecked(int lines) {
        String page = "x\n".repeat(lines) + "Hà Nội, ngày 28 tháng 35 năm 2026\n";
        assertEquals(false, HeaderDateCheck.needsMoreReadings(page));
    }
}
