package io.planex.extract.deadline;

import io.planex.extract.model.Citation;
import io.planex.extract.model.DocumentHeader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's own date and year, which fill in deadlines printed without a year. In order: the header date;
 * the year in the title ("... năm 2025", not a horizon "đến năm 2030"); the latest date of the documents it
 * implements; the latest date printed in its opening (the "Thực hiện ..." sentence names those documents).
 */
record YearContext(LocalDate date, Integer year, LocalDate monthStart) {
    YearContext(LocalDate date, Integer year) {
        this(date, year, null);
    }

    /**
     * The day the document's recurring dues are counted from: its date, else the first day of its month when only the
     * day was left blank ("ngày   tháng 9 năm 2026": a report due "trước ngày 15/6 và ngày 15/12" is first due in
     * December), else null.
     */
    LocalDate countedFrom() {
        return date != null ? date : monthStart;
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![\\p{L}])năm\\s+(\\d{4})(?!\\s*[-–]\\s*\\d)", FLAGS);
    private static final Pattern HORIZON = Pattern.compile("(?:đến|tới|giai\\s+đoạn|nhiệm\\s+kỳ|tầm\\s+nhìn)\\s*$", FLAGS);
    private static final Pattern OPENING_DATE = Pattern.compile(
            "ngày\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})",
            FLAGS);
    private static final Pattern FIRST_SECTION = Pattern.compile("(?m)^[ \\t]*(?:I\\s*[.)]|Điều\\s+1\\b|1\\s*\\.)");

    static YearContext of(DocumentHeader header, List<Citation> citations, String text) {
        String d = header.date();
        if (d != null && d.length() == 10) {
            try {
                LocalDate date = LocalDate.parse(d);
                return new YearContext(date, date.getYear());
            } catch (RuntimeException ignored) {
                // fall through to the other sources
            }
        }
        // a bare year, or year and month when the day was left blank for the signing
        if (d != null && d.matches("\\d{4}(?:-\\d{2})?")) {
            int year = Integer.parseInt(d.substring(0, 4));
            return new YearContext(null, year, d.length() == 7 ? LocalDate.of(year, Integer.parseInt(d.substring(5)), 1) : null);
        }
        if (header.title() != null) {
            Matcher m = TITLE_YEAR.matcher(header.title());
            while (m.find()) {
                if (!HORIZON.matcher(header.title().substring(Math.max(0, m.start() - 20), m.start())).find()) {
                    return new YearContext(null, Integer.parseInt(m.group(1)));
                }
            }
        }
        LocalDate latest = null;
        for (Citation c : citations) {
            if (!c.implementing() || c.date() == null) continue;
            try {
                LocalDate cd = LocalDate.parse(c.date());
                if (latest == null || cd.isAfter(latest)) latest = cd;
            } catch (RuntimeException ignored) {
                // an unparsable citation date says nothing about the year
            }
        }
        if (latest == null) latest = latestOpeningDate(text);
        return new YearContext(null, latest == null ? null : latest.getYear());
    }

    private static LocalDate latestOpeningDate(String text) {
        Matcher s = FIRST_SECTION.matcher(text);
        int end = s.find() ? s.start() : Math.min(text.length(), 3000);
        Matcher m = OPENING_DATE.matcher(text).region(0, end);
        LocalDate latest = null;
        while (m.find()) {
            try {
                LocalDate d = m.group(3) != null
                        ? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                        : LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
                if (latest == null || d.isAfter(latest)) latest = d;
            } catch (RuntimeException ignored) {
                // not a real date
            }
        }
        return latest;
    }
}
