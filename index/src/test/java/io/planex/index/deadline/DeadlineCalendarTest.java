package io.planex.index.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.extract.model.Deadline;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalendarTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain                 | plain",
        "a;b,c                 | a\\;b\\,c",
        "back\\slash           | back\\\\slash",
        "'two\nlines'          | two\\nlines",
    })
    void textIsEscaped(String in, String out) {
        assertEquals(out, DeadlineCalendar.text(in));
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        StringBuilder b = new StringBuilder();
        DeadlineCalendar.line(b, "SUMMARY:" + "Ủy ban nhân dân xã báo cáo kết quả thực hiện ".repeat(5));
        String[] lines = b.toString().split("\r\n");
        assertTrue(lines.length > 2);
        for (String l : lines) assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
        String unfolded = b.toString().replace("\r\n ", "");
        assertEquals("SUMMARY:" + "Ủy ban nhân dân xã báo cáo kết quả thực hiện ".repeat(5) + "\r\n", unfolded);
    }

    @Test
    void oneEventPerDatedDeadlineRecurringOnesWithARule() {
        Deadline once = new Deadline("2023-12-15", null, "báo cáo", List.of("Phòng Văn hóa"), "UBND huyện",
                "trước ngày 15/12/2023", 10, 30, 1);
        Deadline quarterly = new Deadline(null, "quarterly", "báo cáo", List.of(), null, "hằng quý", 40, 48, 1);
        Deadline undated = new Deadline(null, null, "xong", List.of(), null, "sớm", 50, 53, 1);
        List<AgendaItem> items = List.of(
                new AgendaItem("abc", "a.txt", "1/KH-UBND", "Kế hoạch", "UBND xã", "commune", "2023-05-08", once,
                        LocalDate.parse("2023-12-15"), false),
                new AgendaItem("abc", "a.txt", "1/KH-UBND", "Kế hoạch", "UBND xã", "commune", "2023-05-08", quarterly,
                        LocalDate.parse("2023-06-30"), true),
                new AgendaItem("abc", "a.txt", "1/KH-UBND", "Kế hoạch", "UBND xã", "commune", "2023-05-08", undated,
                        null, false));
        String ics = DeadlineCalendar.ics(items, Instant.parse("2024-01-02T03:04:05Z"));
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20231215\r\nDTEND;VALUE=DATE:20231216\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1\r\n"), ics);
        assertTrue(ics.contains("DTSTAMP:20240102T030405Z\r\n"));
        assertTrue(ics.contains("CATEGORIES:Phòng Văn hóa\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }
}
