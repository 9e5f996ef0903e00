package io.planex.ingest;

import io.planex.extract.text.DocumentYears;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an OCR reading of a document's date ("ngày 28 tháng 5 năm 2026") that cannot be a date, and mends it from
 * further readings of the page.
 *
 * <p>Why: Tesseract misreads digits now and then at one resolution and reads them right at another ("tháng 35" for
 * "tháng 5" on an italic date line, and at yet another resolution "ngày 26" for "ngày 28"). The document's date is
 * the one field of the header that a reader can check by itself: a day over 31 or a month over 12 is a misreading.
 * Reading page 1 again at two other resolutions and taking, for the day and for the month, the possible value most
 * readings agree on is cheap beside losing the date. Only the header (the first lines of page 1) is checked, only
 * when its date is impossible, and only the day and month digits are replaced.
 */
final class HeaderDateCheck {
    /**
     * A day or month as OCR may give it: digits, or digits mixed with the marks Tesseract puts for a digit it
     * misread ("2]" for 21, "l5" for 15, "#" for 5). Anything but plain digits is an impossible value.
     */
    private static final String DIGITS = "[0-9lI|\\[\\]!#*?]{1,3}";
    /** The date line of a header: "ngày D tháng M năm YYYY", with the accents OCR may drop. */
    private static final Pattern DATE = Pattern.compile(
            "ng[àa]y\\s{0,3}(" + DIGITS + ")\\s{0,3}th[áa]ng\\s{0,3}(" + DIGITS + ")\\s{0,3}n[ăaâ]m\\s{0,3}(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far into page 1 a header's date line can be. */
    static final int HEADER_LINES = 30;

    private HeaderDateCheck() {}

    /** A date phrase read from a page: where its day and month digits are, and their values. */
    record DatePhrase(int dayStart, int dayEnd, int monthStart, int monthEnd, int day, int month, int year,
                      boolean plain, int yearStart, int yearEnd) {
        /** Plain digits making a possible day, month and year: nothing to mend. */
        boolean possible() {
            return plain && possibleDay(day) && possibleMonth(month) && possibleYear(year);
        }
    }

    /**
     * A year a document of this archive can carry ({@link DocumentYears}, as the extractor reads dates): "năm 2926" is
     * an OCR misreading of 2026 (0 read as 9), as "tháng 19" is of "tháng 10".
     */
    static boolean possibleYear(int year) {
        return DocumentYears.possible(year);
    }

    static boolean possibleDay(int day) {
        return day >= 1 && day <= 31;
    }

    static boolean possibleMonth(int month) {
        return month >= 1 && month <= 12;
    }

    /** The first date phrase in the header part of the page, if any. */
    static Optional<DatePhrase> headerDate(String page) {
        Matcher m = DATE.matcher(page).region(0, headerEnd(page));
        if (!m.find()) return Optional.empty();
        return Optional.of(new DatePhrase(m.start(1), m.end(1), m.start(2), m.end(2), value(m.group(1)),
                value(m.group(2)), Integer.parseInt(m.group(3)), plainDigits(m.group(1)) && plainDigits(m.group(2)),
                m.start(3), m.end(3)));
    }

    /** Whether the page's header carries a date that cannot be one: worth further readings. */
    static boolean needsMoreReadings(String page) {
        return headerDate(page).map(d -> !d.possible()).orElse(false);
    }

    /**
     * The page with the day and month of its impossible header date replaced by the possible values most readings
     * (this one and the others, of the same year) agree on; a field no two readings agree on, and any page whose
     * date is possible, stays as it is.
     */
    static String mend(String page, List<String> otherReadings) {
        Optional<DatePhrase> found = headerDate(page);
        if (found.isEmpty() || found.get().possible()) return page;
        DatePhrase first = found.get();
        List<DatePhrase> readings = new ArrayList<>();
        readings.add(first);
        // readings of another year are another date line, unless this reading's own year is impossible
        boolean yearRead = possibleYear(first.year());
        for (String other : otherReadings) {
            headerDate(other).filter(d -> !yearRead || d.year() == first.year()).ifPresent(readings::add);
        }
        String day = digits(page.substring(first.dayStart(), first.dayEnd()),
                agreed(readings, DatePhrase::day, HeaderDateCheck::possibleDay));
        String month = digits(page.substring(first.monthStart(), first.monthEnd()),
                agreed(readings, DatePhrase::month, HeaderDateCheck::possibleMonth));
        String year = digits(page.substring(first.yearStart(), first.yearEnd()),
                agreed(readings, DatePhrase::year, HeaderDateCheck::possibleYear));
        return page.substring(0, first.dayStart()) + day + page.substring(first.dayEnd(), first.monthStart())
                + month + page.substring(first.monthEnd(), first.yearStart()) + year + page.substring(first.yearEnd());
    }

    /** The agreed value in place of what was read, unless it was read as printed ("05" stays "05"). */
    private static String digits(String read, Optional<Integer> agreed) {
        if (agreed.isEmpty() || plainDigits(read) && value(read) == agreed.get()) return read;
        return String.valueOf(agreed.get());
    }

    /** The possible value at least two readings give (the most common; ties to the earliest), if any. */
    private static Optional<Integer> agreed(List<DatePhrase> readings, ToIntFunction<DatePhrase> field,
                                            IntPredicate possible) {
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        for (DatePhrase r : readings) {
            int value = field.applyAsInt(r);
            if (possible.test(value)) votes.merge(value, 1, Integer::sum);
        }
        Optional<Integer> best = Optional.empty();
        int most = 1;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = Optional.of(e.getKey());
                most = e.getValue();
            }
        }
        return best;
    }

    /** A day, month and year. */
    record Date(int day, int month, int year) {}

    /** The number of "Số: 245 /QĐ-UBND" in the header: the document's own number. */
    private static final Pattern OWN_NUMBER = Pattern.compile("(?m)^[ \\t]*Số[ \\t]*:[ \\t]*(\\d{1,6})[ \\t]*/");

    /**
     * The document's own number and date restated after its header, as an attachment's caption restates them
     * ("(Kèm theo Quyết định số 245 /QĐ-UBND ngày 09/4/2026 của UBND tỉnh)"), with the date written with slashes
     * or in words.
     */
    static Optional<Date> restatedDate(String page1, String rest) {
        Matcher own = OWN_NUMBER.matcher(page1).region(0, headerEnd(page1));
        if (!own.find()) return Optional.empty();
        Pattern restated = Pattern.compile("(?<![\\p{L}])số\\s{0,2}" + own.group(1)
                + "\\s{0,2}/\\s{0,2}[\\p{L}\\d&.\\-–]{1,20}\\s{0,2},?\\s{0,2}ng[àa]y\\s{0,3}(\\d{1,2})\\s{0,3}(?:[/.-]|\\s+th[áa]ng)"
                + "\\s{0,3}(\\d{1,2})\\s{0,3}(?:[/.-]|\\s+n[ăa]m)\\s{0,3}(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String text = page1.substring(headerEnd(page1)) + "\n" + rest;
        Matcher m = restated.matcher(text);
        while (m.find()) {
            Date d = new Date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (possibleDay(d.day()) && possibleMonth(d.month())) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** Whether the header's date is possible but differs in day or month from the restated one of the same year. */
    static boolean disagrees(String page, Optional<Date> restated) {
        if (restated.isEmpty()) return false;
        Date r = restated.get();
        return headerDate(page).filter(DatePhrase::possible)
                .map(d -> d.year() == r.year() && (d.day() != r.day() || d.month() != r.month())).orElse(false);
    }

    /**
     * The page with its header's day and month set from the restatement when the readings of the header do not all
     * give the same date: a date whose readings disagree is read through a stamp, a signature or a blemish, and the
     * restatement is printed clean elsewhere. A header all readings agree on stays, whatever the restatement says.
     */
    static String settle(String page, List<String> otherReadings, Optional<Date> restated) {
        Optional<DatePhrase> found = headerDate(page);
        if (found.isEmpty() || restated.isEmpty() || found.get().year() != restated.get().year()) return page;
        DatePhrase first = found.get();
        boolean unanimous = first.possible();
        for (String other : otherReadings) {
            Optional<DatePhrase> d = headerDate(other);
            unanimous &= d.isPresent() && d.get().possible() && d.get().day() == first.day()
                    && d.get().month() == first.month();
        }
        if (unanimous) return page;
        Date r = restated.get();
        String day = plainDigits(page.substring(first.dayStart(), first.dayEnd())) && first.day() == r.day()
                ? page.substring(first.dayStart(), first.dayEnd()) : String.valueOf(r.day());
        String month = plainDigits(page.substring(first.monthStart(), first.monthEnd())) && first.month() == r.month()
                ? page.substring(first.monthStart(), first.monthEnd()) : String.valueOf(r.month());
        return page.substring(0, first.dayStart()) + day + page.substring(first.dayEnd(), first.monthStart())
                + month + page.substring(first.monthEnd());
    }

    /**
     * The value of the digits as a reading gives them, counting the marks that can only be a misread 1 ("l", "I",
     * "|", "]", "[", "!") as 1; -1 when another mark is left.
     */
    static int value(String digits) {
        StringBuilder d = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') d.append(c);
            else if ("lI|[]!".indexOf(c) >= 0) d.append('1');
            else return -1;
        }
        return Integer.parseInt(d.toString());
    }

    private static boolean plainDigits(String digits) {
        return digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int headerEnd(String page) {
        int at = 0;
        for (int line = 0; line < HEADER_LINES; line++) {
            int nl = page.indexOf('\n', at);
            if (nl < 0) return page.length();
            at = nl + 1;
        }
        return at;
    }
}
