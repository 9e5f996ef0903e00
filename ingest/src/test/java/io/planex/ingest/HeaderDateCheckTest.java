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
            // digits misread as marks
            "2] tháng 7    | true",
            "l5 tháng 5    | true",
            "15 tháng #    | true",
    })
    void anImpossibleDateAsksForMoreReadings(String dayMonth, boolean more) {
        String page = String.format(HEADER, dayMonth).replace("ngày 28 thang", "ngay 28 thang"); // no accents at all
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
            // marks where digits were misread are replaced like impossible digits
            "2] tháng 7  | 21 tháng 7; 21 tháng 7        | 21 tháng 7",
            "l5 tháng #  | 15 tháng 5; 15 tháng 5        | 15 tháng 5",
            // no agreement on the day: the marks stay as read, the agreed month goes in
            "2] tháng #  | 26 tháng 5; 27 tháng 5        | 2] tháng 5",
            // a misread 1 counts as a 1 in the vote, but never stands alone
            "2] tháng 7  | 21 tháng 7; 2I tháng 7        | 21 tháng 7",
            "2] tháng 7  | 26 tháng 7; 27 tháng 7        | 2] tháng 7",
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

    /** An impossible year ("năm 2926": 0 read as 9) asks for more readings and takes the year two of them agree on. */
    @ParameterizedTest(name = "{0} + [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "20 tháng 5 năm 2926 | 20 tháng 5 năm 2026; 20 tháng 5 năm 2026 | 20 tháng 5 năm 2026",
            // with the month: readings of any year vote once the first reading's year is impossible
            "20 tháng 19 năm 2926 | 20 tháng 10 năm 2026; 20 tháng 10 năm 2026 | 20 tháng 10 năm 2026",
            // no two readings agree: left as read
            "20 tháng 5 năm 2926 | 20 tháng 5 năm 2026; 20 tháng 5 năm 2028 | 20 tháng 5 năm 2926",
            // a possible year is never touched, nor is a year of the past century
            "20 tháng 5 năm 1998 | 20 tháng 5 năm 2026; 20 tháng 5 năm 2026 | 20 tháng 5 năm 1998",
    })
    void anImpossibleYearIsMendedFromTheReadingsThatAgree(String first, String others, String mended) {
        String header = "SỞ CÔNG THƯƠNG\nSố: 12/SCT-KH\nLào Cai, ngày %s\nV/v kiểm tra\n";
        List<String> readings = Arrays.stream(others.split(";")).map(o -> String.format(header, o.strip())).toList();
        String page = String.format(header, first);
        assertEquals(!first.endsWith("1998"), HeaderDateCheck.needsMoreReadings(page));
        assertEquals(String.format(header, mended), HeaderDateCheck.mend(page, readings));
    }

    @ParameterizedTest(name = "date after {0} lines")
    @CsvSource({"40"})
    void aDateBelowTheHeaderIsNotChecked(int lines) {
        String page = "x\n".repeat(lines) + "Hà Nội, ngày 28 tháng 35 năm 2026\n";
        assertEquals(false, HeaderDateCheck.needsMoreReadings(page));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(Kèm theo Kế hoạch số 12/SCT-KH ngày 15/5/2026 của Sở Công Thương) | 15-5-2026",
            "(Ban hành kèm theo Kế hoạch số 12 /SCT-KH ngày 15 / 5 /2026)        | 15-5-2026",
            "kèm theo Kế hoạch số 12/SCT-KH, ngày 3 tháng 6 năm 2026             | 3-6-2026",
            // another document's number, or no date with it: nothing restated
            "Căn cứ Kế hoạch số 112/SCT-KH ngày 15/5/2026                         | none",
            "Thực hiện Kế hoạch số 12/SCT-KH của Sở                               | none",
    })
    void findsTheOwnNumberAndDateRestatedLater(String later, String expected) {
        String page = String.format(HEADER, "28 tháng 5");
        String found = HeaderDateCheck.restatedDate(page, "PHỤ LỤC\n" + later + "\n")
                .map(d -> d.day() + "-" + d.month() + "-" + d.year()).orElse("none");
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0} + [{1}], restated {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // the readings disagree (a stamp over the month): the clean restatement decides
            "15 tháng 3  | ; 15 tháng 3              | 15-5 | 15 tháng 5",
            "15 tháng 3  | 15 tháng 4; 15 tháng 3    | 15-5 | 15 tháng 5",
            "28 tháng 35 | 28 tháng 6; 28 tháng 7    | 28-5 | 28 tháng 5",
            // all readings agree: the header stands against the restatement
            "15 tháng 3  | 15 tháng 3; 15 tháng 3    | 15-5 | 15 tháng 3",
            // the day they agree on stays as printed
            "05 tháng 3  | 05 tháng 4; 05 tháng 3    | 5-5  | 05 tháng 5",
    })
    void theRestatementSettlesADateTheReadingsDisagreeOn(String first, String others, String restated,
                                                         String settled) {
        List<String> readings = Arrays.stream(others.split(";", -1))
                .map(String::strip)
                .map(o -> o.isEmpty() ? "SỞ CÔNG THƯƠNG\nV/v kiểm tra\n" : String.format(HEADER, o))
                .toList();
        String[] dm = restated.split("-");
        var date = java.util.Optional.of(new HeaderDateCheck.Date(Integer.parseInt(dm[0]), Integer.parseInt(dm[1]), 2026));
        assertEquals(String.format(HEADER, settled), HeaderDateCheck.settle(String.format(HEADER, first), readings, date));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "15 tháng 3 | 15-5-2026 | true",
            "15 tháng 5 | 15-5-2026 | false",
            "15 tháng 3 | 15-5-2025 | false",
            "15 tháng 35 | 15-5-2026 | false",
    })
    void aPossibleHeaderDateDisagreeingWithTheRestatementAsksForMoreReadings(String header, String restated,
                                                                             boolean disagrees) {
        String[] d = restated.split("-");
        var date = java.util.Optional.of(new HeaderDateCheck.Date(Integer.parseInt(d[0]), Integer.parseInt(d[1]),
                Integer.parseInt(d[2])));
        assertEquals(disagrees, HeaderDateCheck.disagrees(String.format(HEADER, header), date));
    }
}
