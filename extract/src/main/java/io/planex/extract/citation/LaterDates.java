package io.planex.extract.citation;

import io.planex.extract.model.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * A cited document was signed before the document that cites it, so a citation dated in a later year than the
 * document is a misread year: OCR takes a 2 for a 9 or a 0 for an 8 ("ngày 08/4/2096" in a plan of 2026). Such a year
 * is read again as the year one digit away from it that is nearest the document's year and not after it; a year in
 * the citation's own symbol ("27/2019/QĐ-UBND") wins when it is one of those. When most dated citations are later
 * than the document, the document's own date is the misread one, and nothing is changed.
 */
public final class LaterDates {
    private LaterDates() {}

    /** {@code cited} with the later years mended, given the citing document's ISO date (or year; null: unchanged). */
    public static List<Citation> mended(List<Citation> cited, String documentDate) {
        int year = yearOf(documentDate);
        if (year < 0) return cited;
        int dated = 0;
        int later = 0;
        for (Citation c : cited) {
            int y = yearOf(c.date());
            if (y < 0) continue;
            dated++;
            if (y > year) later++;
        }
        if (later == 0 || dated > 1 && 2 * later > dated) return cited;
        List<Citation> out = new ArrayList<>(cited.size());
        for (Citation c : cited) {
            int y = yearOf(c.date());
            if (y <= year) {
                out.add(c);
                continue;
            }
            int mended = oneDigitBefore(y, year, yearOf(c.year()));
            String date = mended < 0 ? null : mended + c.date().substring(4);
            out.add(c.withDate(date));
        }
        return out;
    }

    /**
     * The year one digit away from {@code misread} that is not after {@code ceiling} and is nearest it; {@code
     * symbolYear} when it is such a year; -1 when none is.
     */
    static int oneDigitBefore(int misread, int ceiling, int symbolYear) {
        int best = -1;
        for (int place = 1; place <= 1000; place *= 10) {
            int digit = misread / place % 10;
            for (int d = 0; d <= 9; d++) {
                if (d == digit) continue;
                int y = misread + (d - digit) * place;
                if (y > ceiling || y < 1900) continue;
                if (y == symbolYear) return y;
                if (y > best) best = y;
            }
        }
        return best;
    }

    /** The year that opens an ISO date ("2026-04-08", "2026-04", "2026"); -1 when there is none. */
    private static int yearOf(String date) {
        if (date == null || date.length() < 4) return -1;
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char ch = date.charAt(i);
            if (ch < '0' || ch > '9') return -1;
            y = y * 10 + ch - '0';
        }
        return date.length() == 4 || date.charAt(4) == '-' ? y : -1;
    }
}
