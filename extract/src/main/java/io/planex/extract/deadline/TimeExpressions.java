package io.planex.extract.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the time expression that follows a deadline trigger: a day ("15/12", "15/12/2025", "ngày 15 tháng 12
 * năm 2025", with an optional time of day that is dropped), a quarter ("Quý III năm 2024", "quý II/2020"), a month
 * ("tháng 6/2026"), a year ("năm 2025") or a span of years ("2024 - 2025"). Periods resolve to their last day.
 * A missing year is filled in by the caller.
 */
final class TimeExpressions {
    /** A parsed expression: its end offset, day (or 0 for "last day of the period"), month (0 if none), year (0 if none). */
    record Parsed(int end, int day, int month, int year, boolean period) {
        // month -1: the day of every month ("ngày 20 hằng tháng"); month -3: of each quarter's last month, -4 its first
        /** The ISO date with {@code fallbackYear} for a missing year, or empty when no year is known. */
        Optional<LocalDate> resolve(Integer fallbackYear) {
            int y = year != 0 ? year : fallbackYear == null ? 0 : fallbackYear;
            if (y == 0) return Optional.empty();
            try {
                if (month == 0) return Optional.of(LocalDate.of(y, 12, 31));
                if (day == 0) return Optional.of(YearMonth.of(y, month).atEndOfMonth());
                return Optional.of(LocalDate.of(y, month, day));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // "ngày" as OCR misreads its tone mark ("ngảy", "ngáy"): the word is never anything else before a day number
    private static final String DAY_WORD = "ng[àảáạãa]y";
    /** A time of day and a weekday before a day, each optional: "16h00, thứ Sáu, ngày 18/12", "thứ Sáu, ngày 18/12". */
    private static final String TIME_OF_DAY = "(?:\\d{1,2}\\s*(?:giờ|h|g)\\s*(?:\\d{1,2}\\s*(?:phút|p|')?)?\\s*,?\\s*)?"
            + "(?:(?:thứ\\s+\\S+|chủ\\s+nhật)\\s*,?\\s*)?";
    private static final Pattern DAY_NUMERIC = Pattern.compile(
            TIME_OF_DAY + "(?:" + DAY_WORD + "\\s*)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{4}))?(?![\\d/])", FLAGS);
    private static final Pattern DAY_WORDS = Pattern.compile(
            TIME_OF_DAY + DAY_WORD + "\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})(?:\\s*(?:năm\\s*)?(\\d{4}))?", FLAGS);
    /**
     * "trước 30 tháng 12 năm 2025": a day written with "tháng" and "năm" but without "ngày", on one line (across a
     * line break a page number before "tháng 9" would read as a day).
     */
    private static final Pattern DAY_WORDS_WITHOUT_DAY_WORD = Pattern.compile(
            TIME_OF_DAY + "(\\d{1,2})[ \\t]+tháng[ \\t]+(\\d{1,2})[ \\t]+năm[ \\t]+(\\d{4})", FLAGS);
    private static final Pattern DAY_ONLY = Pattern.compile(
            TIME_OF_DAY + DAY_WORD + "\\s*(\\d{1,2})(?=\\s+(?:của\\s+)?(?:hằng|hàng|mỗi)\\s+(?:tháng|quý))", FLAGS);
    /**
     * "ngày 20 của tháng cuối quý": a day of each quarter's last month (month -3); "ngày 05 của tháng đầu quý sau",
     * "ngày 10 tháng đầu của quý tiếp theo": of each quarter's first month (month -4), when the last quarter's report
     * falls due.
     */
    private static final Pattern DAY_OF_QUARTER_MONTH = Pattern.compile(
            TIME_OF_DAY + DAY_WORD + "\\s*(\\d{1,2})\\s+(?:của\\s+)?tháng\\s+(cuối|đầu(?:\\s+tiên)?)\\s+(?:của\\s+)?"
                    + "(?:mỗi\\s+|hằng\\s+|hàng\\s+)?(?:quý|qúy|quí)(?:\\s+(?:sau|tiếp\\s+theo|kế\\s+tiếp))?(?![\\p{L}])",
            FLAGS);
    private static final Pattern QUARTER = Pattern.compile(
            "(?:quý|qúy|quí)\\s*(IV|III|II|I|[1-4])(?![\\p{L}\\d])(?:\\s*(?:/|năm|-)\\s*(\\d{4}))?", FLAGS);
    /** "tháng 4 - 5/2025", "tháng 4 đến tháng 5/2025": a span of months ends with its last. */
    private static final Pattern MONTH_SPAN = Pattern.compile(
            "tháng\\s*(\\d{1,2})\\s*(?:[-–]|đến)\\s*(?:tháng\\s*)?(\\d{1,2})(?![\\d])(?:\\s*(?:/|năm|-)\\s*(\\d{4}))?", FLAGS);
    private static final Pattern MONTH = Pattern.compile(
            "tháng\\s*(\\d{1,2})(?![\\d])(?:\\s*(?:/|năm|-)\\s*(\\d{4}))?", FLAGS);
    private static final Pattern YEAR = Pattern.compile("năm\\s*(\\d{4})(?!\\s*[-–]\\s*\\d)", FLAGS);
    private static final Pattern YEAR_SPAN = Pattern.compile("(?:năm\\s*)?(\\d{4})\\s*[-–]\\s*(\\d{4})", FLAGS);
    private static final Pattern BARE_YEAR = Pattern.compile("(\\d{4})(?![\\d/])", FLAGS);

    /** Month value of a day that recurs in each quarter's last month. */
    static final int QUARTER_END_MONTH = -3;
    /** Month value of a day that recurs in each quarter's first month. */
    static final int QUARTER_START_MONTH = -4;

    /** True for a day that recurs in one month of each quarter ({@link #QUARTER_END_MONTH}, {@link #QUARTER_START_MONTH}). */
    static boolean isQuarterMonth(int month) {
        return month == QUARTER_END_MONTH || month == QUARTER_START_MONTH;
    }

    private TimeExpressions() {}

    private static boolean lineBreakIn(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n') return true;
        return false;
    }

    /** A day date at {@code from} (after optional spaces), or empty. */
    static Optional<Parsed> day(CharSequence text, int from) {
        int at = skipSpaces(text, from);
        Matcher m = DAY_NUMERIC.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            // "vào ngày 28.\n4. Liên đội ...": a stop and a line break end a sentence, they part no day from its month
            if (!(m.group(2).equals(".") && lineBreakIn(text, m.end(1), m.start(3)))) {
                return ymd(m.end(), m.group(1), m.group(3), m.group(4));
            }
        }
        m = DAY_WORDS.matcher(text).region(at, text.length());
        if (m.lookingAt()) return ymd(m.end(), m.group(1), m.group(2), m.group(3));
        m = DAY_WORDS_WITHOUT_DAY_WORD.matcher(text).region(at, text.length());
        if (m.lookingAt()) return ymd(m.end(), m.group(1), m.group(2), m.group(3));
        m = DAY_OF_QUARTER_MONTH.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            int d = Integer.parseInt(m.group(1));
            int month = m.group(2).equalsIgnoreCase("cuối") ? QUARTER_END_MONTH : QUARTER_START_MONTH;
            return d >= 1 && d <= 31 ? Optional.of(new Parsed(m.end(), d, month, 0, false)) : Optional.empty();
        }
        m = DAY_ONLY.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            int d = Integer.parseInt(m.group(1));
            return d >= 1 && d <= 31 ? Optional.of(new Parsed(m.end(), d, -1, 0, false)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "15 tháng 12": a day and month in words without "ngày", as the second of a coordinated pair prints it. */
    private static final Pattern LISTED_DAY_WORDS = Pattern.compile(
            "(\\d{1,2})\\s*tháng\\s*(\\d{1,2})(?:\\s*(?:năm\\s*)?(\\d{4}))?(?![\\d/])", FLAGS);

    /**
     * The second (third ...) date of a coordinated list ("trước ngày 15 tháng 6 và [ngày] 15 tháng 12"): a day as
     * {@link #day} reads it, or a day and month in words without "ngày", which only a list's member may omit.
     */
    static Optional<Parsed> listedDay(CharSequence text, int from) {
        Optional<Parsed> day = day(text, from);
        if (day.isPresent()) return day;
        Matcher m = LISTED_DAY_WORDS.matcher(text).region(skipSpaces(text, from), text.length());
        return m.lookingAt() ? ymd(m.end(), m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static final Pattern BARE_DAY = Pattern.compile(
            TIME_OF_DAY + DAY_WORD + "\\s*(\\d{1,2})(?![\\d/\\-])(?!\\.\\d)(?!\\s*(?:tháng|/))", FLAGS);

    /**
     * A day with no month ("trước ngày 25"), as a monthly report prints it: month -1 (every month). Only for a
     * caller that has seen the monthly period in the same clause.
     */
    static Optional<Parsed> dayOfEveryMonth(CharSequence text, int from) {
        int at = skipSpaces(text, from);
        Matcher m = BARE_DAY.matcher(text).region(at, text.length());
        if (!m.lookingAt()) return Optional.empty();
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? Optional.of(new Parsed(m.end(), d, -1, 0, false)) : Optional.empty();
    }

    /** "6 tháng đầu năm 2025" ends with June, "6 tháng cuối năm" with December. */
    private static final Pattern HALF_YEAR = Pattern.compile(
            "(?:06|6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s*(\\d{4}))?(?![\\p{L}\\d])", FLAGS);

    // "đến" is left to windows ("từ tháng 3 đến tháng 6/2025"), which read their own end
    private static final String LIST_SEPARATOR = "\\s*(?:,|và|hoặc|-|–)\\s*";
    /** The next member of a list of quarters: "IV", "quý IV/2025" (a bare digit only after the word "quý"). */
    private static final Pattern MORE_QUARTER = Pattern.compile(LIST_SEPARATOR
            + "(?:(?:quý|qúy|quí)\\s*(IV|III|II|I|[1-4])|(?-i:(IV|III|II|I)))(?![\\p{L}\\d])"
            + "(?:\\s*(?:/|năm|-)\\s*(\\d{4}))?", FLAGS);
    /** The next member of a list of months: "tháng 9", or a bare month that carries the list's year ("9/2025"). */
    private static final Pattern MORE_MONTH = Pattern.compile(LIST_SEPARATOR
            + "(?:tháng\\s*(\\d{1,2})(?!\\d)(?:\\s*(?:/|năm|-)\\s*(\\d{4}))?|(\\d{1,2})\\s*/\\s*(\\d{4}))(?![\\d/])", FLAGS);
    /** A whole year that follows a dated period in a list: "Quý IV/2025, 2026", "tháng 12/2025 và năm 2026". */
    private static final Pattern MORE_YEAR = Pattern.compile(
            "\\s*(?:,|và|-|–|đến)\\s*(?:năm\\s*)?(\\d{4})(?![\\d/\\-]|\\.\\d|\\s*[-–]\\s*\\d)", FLAGS);

    /** A dated period followed by later whole years ("Quý IV/2025, 2026") runs to the end of the last year. */
    private static Parsed withYearsAfter(CharSequence text, Parsed p) {
        if (p.year() == 0) return p;
        Parsed out = p;
        for (int k = 0; k < 3; k++) {
            Matcher y = MORE_YEAR.matcher(text).region(out.end(), text.length());
            if (!y.lookingAt()) break;
            int year = Integer.parseInt(y.group(1));
            if (year <= out.year() || year > out.year() + 5) break;
            out = new Parsed(y.end(), 0, 0, year, true);
        }
        return out;
    }

    /** "cuối năm 2026", "cuối quý III/2026", "cuối tháng 11/2026": due at a period's end is due when it ends. */
    private static final Pattern END_OF = Pattern.compile("cuối\\s+(?=năm|quý|qúy|quí|tháng)", FLAGS);

    /** Past "cuối " at {@code at} when a period follows it; else {@code at}. */
    private static int skipEndOf(CharSequence text, int at) {
        if (at >= text.length() || Character.toLowerCase(text.charAt(at)) != 'c') return at;
        Matcher m = END_OF.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : at;
    }

    /** A quarter, a half year or a month at {@code from} ("cuối" before it read as its end), or empty. */
    static Optional<Parsed> quarterOrMonth(CharSequence text, int from) {
        int at = skipEndOf(text, skipSpaces(text, from));
        Matcher h = HALF_YEAR.matcher(text).region(at, text.length());
        if (h.lookingAt()) {
            int y = h.group(2) == null ? 0 : Integer.parseInt(h.group(2));
            return Optional.of(new Parsed(h.end(), 0, h.group(1).equalsIgnoreCase("đầu") ? 6 : 12, y, true));
        }
        Matcher m = QUARTER.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            int q = quarter(m.group(1));
            int y = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int end = m.end();
            // "Quý III, IV/2025", "Quý II - III/2025", "Quý I và quý II năm 2026": a list of quarters shares the
            // year printed after its last member, and the task is due when the last quarter named ends
            for (int k = 0; k < 4; k++) {
                Matcher more = MORE_QUARTER.matcher(text).region(end, text.length());
                if (!more.lookingAt()) break;
                q = quarter(more.group(1) != null ? more.group(1) : more.group(2));
                if (more.group(3) != null) y = Integer.parseInt(more.group(3));
                end = more.end();
            }
            return Optional.of(withYearsAfter(text, new Parsed(end, 0, q * 3, y, true)));
        }
        m = MONTH_SPAN.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (first >= 1 && last <= 12 && first < last) {
                int y = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                return Optional.of(new Parsed(m.end(), 0, last, y, true));
            }
        }
        m = MONTH.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            int mo = Integer.parseInt(m.group(1));
            if (mo < 1 || mo > 12) return Optional.empty();
            int y = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int end = m.end();
            // "Tháng 8, tháng 9/2025", "tháng 11 và 12/2025": a later month of the same list ends it
            for (int k = 0; k < 11; k++) {
                Matcher more = MORE_MONTH.matcher(text).region(end, text.length());
                if (!more.lookingAt()) break;
                boolean worded = more.group(1) != null;
                int next = Integer.parseInt(worded ? more.group(1) : more.group(3));
                String printedYear = worded ? more.group(2) : more.group(4);
                int ny = printedYear == null ? 0 : Integer.parseInt(printedYear);
                if (next < 1 || next > 12 || (ny == 0 || ny == y) && next <= mo) break;
                mo = next;
                if (ny != 0) y = ny;
                end = more.end();
            }
            return Optional.of(withYearsAfter(text, new Parsed(end, 0, mo, y, true)));
        }
        return Optional.empty();
    }

    /** A year ("năm 2025", "cuối năm 2025") or a span of years ("2024 - 2025": its last year), or empty. */
    static Optional<Parsed> year(CharSequence text, int from, boolean bareYear) {
        int at = skipEndOf(text, skipSpaces(text, from));
        Matcher m = YEAR_SPAN.matcher(text).region(at, text.length());
        if (m.lookingAt()) return Optional.of(new Parsed(m.end(), 0, 0, Integer.parseInt(m.group(2)), true));
        m = YEAR.matcher(text).region(at, text.length());
        if (m.lookingAt()) return Optional.of(new Parsed(m.end(), 0, 0, Integer.parseInt(m.group(1)), true));
        if (bareYear) {
            m = BARE_YEAR.matcher(text).region(at, text.length());
            if (m.lookingAt()) return Optional.of(new Parsed(m.end(), 0, 0, Integer.parseInt(m.group(1)), true));
        }
        return Optional.empty();
    }

    /** Any of the above: day, then quarter or month, then year. */
    static Optional<Parsed> any(CharSequence text, int from, boolean bareYear) {
        Optional<Parsed> p = day(text, from);
        if (p.isEmpty()) p = quarterOrMonth(text, from);
        if (p.isEmpty()) p = year(text, from, bareYear);
        return p;
    }

    private static Optional<Parsed> ymd(int end, String d, String m, String y) {
        int dd = Integer.parseInt(d);
        int mm = Integer.parseInt(m);
        if (dd < 1 || dd > 31 || mm < 1 || mm > 12) return Optional.empty();
        return Optional.of(new Parsed(end, dd, mm, y == null ? 0 : Integer.parseInt(y), false));
    }

    private static int quarter(String s) {
        return switch (s.toUpperCase()) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    private static int skipSpaces(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
