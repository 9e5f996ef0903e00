package io.planex.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planex.extract.model.Citation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Citations dated after the document that cites them: an OCR-misread year, or the document's own date misread. */
class LaterDatesTest {
    private static Citation dated(String date, String symbolYear) {
        return new Citation("1/QĐ-UBND", "QĐ", "Quyết định", "1", symbolYear, "UBND", date, null, false, List.of());
    }

    @ParameterizedTest(name = "{0}: {1} in a document of {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // case | citation dates, comma-separated | document date | symbol year | dates after
        "a 2 read as a 9                 | 2096-04-08            | 2026-05-15 | -    | 2026-04-08",
        "a 0 read as an 8                | 2028-12-01, 2025-01-02 | 2026-03-01 | -    | 2026-12-01, 2025-01-02",
        "the year of the symbol wins     | 2049-06-10            | 2026-05-15 | 2019 | 2019-06-10",
        "year and month only             | 2096-04               | 2026       | -    | 2026-04",
        "no year one digit away fits     | 2888-01-01            | 2026-05-15 | -    | -",
        "dates up to the document's year | 2026-04-08, 2019-01-01 | 2026-05-15 | -    | 2026-04-08, 2019-01-01",
        "most later: the document's date is misread | 2025-04-08, 2025-06-01, 2024-01-01 | 2015-05-15 | - | 2025-04-08, 2025-06-01, 2024-01-01",
        "no document date                | 2096-04-08            | -          | -    | 2096-04-08",
    })
    void mendsOnlyWhatCannotBe(String name, String dates, String documentDate, String symbolYear, String expected) {
        List<Citation> cited = new ArrayList<>();
        for (String d : dates.split(",\\s*")) cited.add(dated(d, symbolYear));
        List<String> got = LaterDates.mended(cited, documentDate).stream().map(Citation::date).toList();
        assertEquals(expected == null ? Arrays.asList((String) null) : List.of(expected.split(",\\s*")), got, name);
    }
}
