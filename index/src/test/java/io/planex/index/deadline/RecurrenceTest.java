package io.planex.index.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceTest {
    @ParameterizedTest
    @CsvSource({
        "monthly,    2023-05-08, 2023-05-31, FREQ=MONTHLY;BYMONTHDAY=-1",
        "quarterly,  2023-05-08, 2023-06-30, FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1",
        "quarterly,  2023-12-31, 2023-12-31, FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1",
        "semiannual, 2025-03-14, 2025-06-30, FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1",
        "semiannual, 2025-07-01, 2025-12-31, FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1",
        "annual,     2024-02-29, 2024-12-31, FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1",
    })
    void periodEndsAndRules(String label, LocalDate documentDay, LocalDate firstDue, String rrule) {
        Recurrence r = Recurrence.of(label).orElseThrow();
        assertEquals(firstDue, r.endOfPeriod(documentDay));
        assertEquals(rrule, r.rrule(firstDue));
    }

    @ParameterizedTest
    @CsvSource({
        "quarterly, 2023-06-30, 1, 2023-09-30",
        "quarterly, 2023-06-30, 2, 2023-12-31",
        "monthly,   2024-01-31, 1, 2024-02-29",
        "annual,    2023-12-15, 1, 2024-12-15",
        "monthly,   2023-01-15, 2, 2023-03-15",
    })
    void occurrencesKeepMonthEnds(String label, LocalDate first, int n, LocalDate expected) {
        assertEquals(expected, Recurrence.of(label).orElseThrow().occurrence(first, n));
    }

    @ParameterizedTest
    @CsvSource({"2023-06-19, 2023-06-30", "2024-07-01, 2024-09-30", "2024-09-30, 2024-09-30"})
    void nextOccurrenceOfARecurringDuty(LocalDate today, LocalDate expected) {
        var d = new io.planex.extract.model.Deadline(null, "quarterly", "báo cáo", java.util.List.of(), null, "hằng quý",
                0, 8, 1);
        AgendaItem item = new AgendaItem("id", "f.txt", null, null, null, null, "2023-05-08", d,
                LocalDate.parse("2023-06-30"), true);
        assertEquals(expected, item.nextOccurrence(today));
        assertEquals(false, item.overdue(today), "a recurring duty is never overdue as a whole");
    }
}
