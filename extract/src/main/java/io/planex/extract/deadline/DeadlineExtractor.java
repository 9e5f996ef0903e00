package io.planex.extract.deadline;

import io.planex.extract.CaughtFailures;
import io.planex.extract.text.AnchoredPattern;
import io.planex.extract.text.PipeRows;
import io.planex.extract.text.RestatedParts;
import io.planex.extract.text.TextChars;
import io.planex.extract.text.Words;
import io.planex.extract.model.Citation;
import io.planex.extract.model.Deadline;
import io.planex.extract.model.DocumentHeader;
import io.planex.extract.model.Mention;
import io.planex.extract.model.PageMap;
import io.planex.extract.model.Unit;
import io.planex.extract.unit.Outline;
import io.planex.extract.unit.Outline.Paragraph;
import io.planex.extract.unit.TaskTable;
import io.planex.extract.unit.UnitExtractor;
import io.planex.extract.unit.UnitNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds deadlines: due dates ("trước ngày 15/12", "chậm nhất ngày ...", "hoàn thành trong Quý III năm 2024",
 * "Thời gian hoàn thành: Quý II/2020", a window's end, a task table's time column) and recurring reporting
 * obligations ("định kỳ hàng năm báo cáo ...", "Hàng quý báo cáo ...").
 *
 * <p>Not deadlines: horizons ("đến năm 2030", "giai đoạn 2021 - 2025"), start and effective dates, planned event
 * dates ("dự kiến tổ chức ngày ..."), "thường xuyên", recurring duties that are neither dated nor reports, and
 * "định kỳ hoặc đột xuất" without a period. A day and month without a year take the document's own year (its
 * date, else its title, else the implemented documents' dates); a recurring deadline's date is its first
 * occurrence on or after the document's date.
 */
public final class DeadlineExtractor {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Triggers that must be followed by a day date. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:trước(?:\\s+hoặc\\s+(?:vào|trong))?|chậm\\s+nhất(?:\\s+(?:là|vào|đến\\s+hết|đến|trước|trong)){0,3}|muộn\\s+nhất(?:\\s+(?:là|vào|đến|trước)){0,3}"
                    + "|hạn\\s+(?:chót|cuối)(?:\\s+(?:là|vào))?\\s*:?|xong\\s+trước"
                    // "không muộn hơn ngày 25/11/2026", "không quá ngày ..." (not "không quá 05 ngày": a length)
                    + "|không\\s+(?:muộn|chậm)\\s+hơn|không\\s+quá(?=\\s+ngày\\s)"
                    // "hoàn thành cơ sở dữ liệu đất đai đến hết ngày 31/3/2026": what is completed, then its last day
                    // (without the completing verb "đến hết ngày" is a validity: "Thời hạn ủy quyền ... đến hết ngày").
                    // Anchored at the rarer "đến hết", the verb looked for behind it: tried at every "hoàn" of a plan
                    // (hoàn thành, hoàn thiện) it cost the deadline stage a tenth of its time under C1
                    + "|đến\\s+hết(?<=hoàn\\s{1,3}thành[^.;:()\\n]{1,90}?đến\\s{1,3}hết))(?=\\s)", FLAGS);
    /** "hạn chót nộp hồ sơ là ngày 15/7/2025", "Hạn chót nộp hồ sơ: 17h00 ngày 25/11/2026": a named deadline, then its day. */
    private static final Pattern DEADLINE_IS = Pattern.compile(
            "(?<![\\p{L}])(?:hạn\\s+(?:chót|cuối)|thời\\s+hạn\\s+cuối\\s+cùng)(?:\\s+[\\p{L}\\p{N}]++,?){0,8}?(?:\\s+(?:là|vào)(?=\\s)|\\s*:)", FLAGS);
    /** "cuối" before a period named by its number: the period's end ("hoàn thành cuối tháng 5"), as the period itself. */
    private static final String PERIOD_END = "\\s+cuối(?=\\s+(?:tháng\\s*\\d|quý|qúy|quí|năm\\s*\\d))";
    /** Triggers that may be followed by a day, a quarter, a month or a year. */
    private static final Pattern COMPLETE = Pattern.compile(
            "(?<![\\p{L}])(?:hoàn\\s+thành(?:\\s+xong)?(?:\\s+(?:trước|trong|vào|chậm\\s+nhất(?:\\s+(?:là|vào|trong))?))?"
                    + "(?:" + PERIOD_END + ")?"
                    // "xong cuối tháng 10", "xong vào cuối năm 2026": a task done by a period's end
                    + "|xong(?:\\s+(?:trước|trong|vào))?" + PERIOD_END
                    + "|thời\\s+(?:gian|hạn)\\s+(?:hoàn\\s+thành|thực\\s+hiện|nộp|gửi|báo\\s+cáo)\\s*:\\s*"
                    + "(?:(?:trước|trong|vào|chậm\\s+nhất)\\s+)?"
                    // "Thời hạn trình dự thảo Quy chế: 20/10/2025": a time limit (thời hạn, unlike thời gian) names
                    // what it limits, then its date after a colon
                    // not a validity's term ("Thời hạn ủy quyền: đến hết ngày 31/12/2026": validity-terms.txt)
                    + "|thời\\s+hạn(?!\\s+(?:" + Words.alternation(Words.raw(DeadlineExtractor.class, "validity-terms.txt")) + ")(?![\\p{L}]))"
                    + "(?:\\s+[\\p{L}\\p{N}]++){0,8}?\\s*:\\s*(?:(?:trước|trong|vào|chậm\\s+nhất|đến\\s+hết)\\s+)?"
                    + ")(?=\\s|\\S)", FLAGS);
    /** A bare "Thời gian:" label: only a period (quarter, month, year) is a completion time; a day may be an event. */
    private static final Pattern TIME_LABEL = Pattern.compile(
            "(?<![\\p{L}])(?:thời\\s+(?:gian|hạn)|tiến\\s+độ(?:\\s+(?:thực\\s+hiện|hoàn\\s+thành))?)\\s*:\\s*(?:(?:trong|vào)\\s+)?",
            FLAGS);
    // "trong Quý III năm 2024", "sơ kết 3 năm vào quý IV/2028": a task done in a period is due at its end (a planned
    // event "tổ chức vào", "diễn ra vào" is not: not-deadline-contexts.txt)
    private static final Pattern IN_PERIOD = Pattern.compile(
            "(?<![\\p{L}])(?:trong|vào)(?=\\s+(?:quý|qúy|quí|tháng\\s*\\d|(?:06|6|sáu)\\s+tháng\\s+(?:đầu|cuối)\\s+năm"
                    + "|năm\\s+\\d{4}))", FLAGS);
    private static final Pattern WINDOW = Pattern.compile("(?<![\\p{L}])từ(?=\\s+(?:ngày|tháng|quý|qúy|quí|\\d))", FLAGS);
    /** "từ nay đến hết ngày 31/12/2024": a window that opens now ends on its date. */
    private static final Pattern WINDOW_FROM_NOW = Pattern.compile(
            "(?<![\\p{L}])(?:từ\\s+nay|từ\\s+thời\\s+điểm\\s+này|kể\\s+từ\\s+nay)\\s+(?:đến|tới)\\s+(?:hết\\s+)?", FLAGS);
    /** Between two coordinated dates: group 1 is the second's "ngày", which {@link TimeExpressions#listedDay} reads. */
    private static final Pattern DATE_AND = Pattern.compile("\\s*(?:,|và)\\s*(?:(ngày)\\s*)?(?=\\d)", FLAGS);
    /** "từ ngày 30/6/2026 thành ngày 30/9/2026", "từ Quý II sang Quý IV/2026": a time changed to another. */
    private static final Pattern CHANGED_TO = Pattern.compile("\\s*(?:thành|sang)\\s+(?:ngày\\s+)?(?=\\d|tháng|quý|qúy|quí|năm)", FLAGS);
    /** What a changed time is the time of: a task's completion or term, told just before its "từ". */
    private static final Pattern CHANGED_TIME = Pattern.compile("(?:thời gian|thời hạn|hoàn thành)[^.;:\\n]{0,30}$", FLAGS);

    private static boolean changesTime(String text, int from) {
        return CHANGED_TIME.matcher(text).region(Math.max(0, from - 60), from).find();
    }

    private static final Pattern WINDOW_TO = Pattern.compile("\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?(?:ngày\\s+)?", FLAGS);
    /** "cuộc họp định kỳ tháng 3", "định kỳ quý I": the one meeting of a period named by its number, no recurrence. */
    private static final String NOT_NAMED_PERIOD = "(?!\\s*(?:\\d|[IVX]{1,4}(?![\\p{L}])))";
    private static final Pattern RECURRENCE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:định\\s+kỳ\\s+)?(?:hàng|hằng|mỗi)\\s+(năm|quý|qúy|tháng)|định\\s+kỳ\\s+(?:(06|6|sáu)\\s+tháng|(?:(quý)|(tháng)|(năm))" + NOT_NAMED_PERIOD + ")"
                    + "|(06|6|sáu)\\s+tháng\\s+(?:một|1)\\s+lần"
                    // "báo cáo 6 tháng (trước ngày 15/6) và năm (...)", "báo cáo 6 tháng gửi trước ngày 15/6": a report's
                    // period, when a due or a list follows
                    // ("báo cáo ... kết quả thực hiện 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12)": so is the
                    // period of the results reported, its day in brackets after it)
                    + "|(?:(?<=báo\\s{1,3}cáo\\s{1,3})|(?<=kết\\s{1,3}quả\\s{1,3}thực\\s{1,3}hiện\\s{1,3})"
                    + "(?=(?:06|6|sáu)\\s+tháng\\s*\\(\\s*(?:trước|chậm)))"
                    + "((?:06|6|sáu)\\s+tháng)(?=\\s*(?:\\(|,|và\\s|hoặc\\s|(?:gửi\\s+|nộp\\s+)?trước\\s+ngày|chậm\\s+nhất\\s))"
                    // "báo cáo năm trước ngày 15/12", "báo cáo quý (trước ngày 20 ...)": the report's period
                    + "|(?<=báo\\s{1,3}cáo\\s{1,3})(năm|quý|tháng)(?=\\s*(?:\\(|(?:gửi\\s+|nộp\\s+)?trước\\s+ngày|chậm\\s+nhất\\s)))(?![\\p{L}])", FLAGS);
    private static final Pattern CONTINUED_PERIOD = Pattern.compile(
            "\\s*(?:\\([^()\\n]{1,60}\\)\\s*)?(?:,|và|hoặc)\\s*(?:(?:hàng|hằng)\\s+)?(?:(?:(06|6|sáu)\\s+tháng)|(năm)|(quý)|(tháng))(?![\\p{L}\\d/])(?!\\s*\\d)", FLAGS);
    private static final Pattern REPORT = Pattern.compile("(?<![\\p{L}])báo\\s+cáo(?!\\s+viên)", FLAGS);
    private static final Pattern ACTOR_VERB = Pattern.compile(
            "(?<![\\p{L}])(?:yêu\\s+cầu|đề\\s+nghị|giao\\s+cho|giao|phân\\s+công)\\s+", FLAGS);
    // not inside "Văn phòng HĐND và UBND huyện", one office serving both bodies (spelled out, the unit reader's rule
    // tells it: UnitExtractor.joinsOneOffice)
    private static final Pattern SPLIT_ACTORS = Pattern.compile("(?<!HĐND)\\s+và\\s+(?=\\S)|,\\s*(?=các\\s)", FLAGS);
    private static final Pattern ACTION_STOP = Pattern.compile(
            "\\s+(?:gửi\\s+về|gửi|về|lên|cho|trước|chậm\\s+nhất|để|theo|qua)\\s|\\s*[(,;]", FLAGS);
    private static final Pattern SENT_TO = Pattern.compile("(?<![\\p{L}])(?:gửi\\s+về|gửi|về|lên)\\s+", FLAGS);
    private static final Pattern REPORT_TO_STOP = Pattern.compile(
            "\\s*[(,;.]|\\s+(?:trước|chậm\\s+nhất|để|theo|trong|qua|định\\s+kỳ)\\s", FLAGS);
    // How a match of each trigger pattern can begin (see AnchoredPattern): every pattern is searched only at words
    // that open so. A new alternative opening with another word needs that word added here.
    // the sentence readers' patterns, tried only where their first word is (see AnchoredPattern)
    private static final AnchoredPattern ACTOR_VERB_AT = new AnchoredPattern(ACTOR_VERB, "yêu", "đề", "giao", "phân");
    private static final AnchoredPattern REPORT_AT = new AnchoredPattern(REPORT, "báo");
    private static final AnchoredPattern BEFORE_AT = new AnchoredPattern(BEFORE, "trước", "chậm", "muộn", "hạn", "xong", "đến",
            "không");
    private static final AnchoredPattern DEADLINE_IS_AT = new AnchoredPattern(DEADLINE_IS, "hạn", "thời");
    private static final AnchoredPattern COMPLETE_AT = new AnchoredPattern(COMPLETE, "hoàn", "thời", "xong");
    private static final AnchoredPattern TIME_LABEL_AT = new AnchoredPattern(TIME_LABEL, "thời", "tiến");
    private static final AnchoredPattern IN_PERIOD_AT = new AnchoredPattern(IN_PERIOD, "trong", "vào");
    private static final AnchoredPattern WINDOW_AT = new AnchoredPattern(WINDOW, "từ");
    private static final AnchoredPattern WINDOW_FROM_NOW_AT = new AnchoredPattern(WINDOW_FROM_NOW, "từ", "kể");
    private static final AnchoredPattern RECURRENCE_AT = new AnchoredPattern(RECURRENCE, "định", "hàng", "hằng", "mỗi",
            "06", "6", "sáu", "năm", "quý", "tháng");

    /** The words a forecast's sentence opens with ({@code forecast-openers.txt}), as written. */
    private static final List<String> FORECAST_WORDS = Words.raw(DeadlineExtractor.class, "forecast-openers.txt");
    /** "Dự báo ...": a forecast, whose sentence holds no due ({@link #forecastSentences}). */
    private static final Pattern FORECAST = Pattern.compile(
            "(?<![\\p{L}])(?:" + Words.alternation(FORECAST_WORDS) + ")(?![\\p{L}])", FLAGS);
    private static final AnchoredPattern FORECAST_AT = new AnchoredPattern(FORECAST,
            FORECAST_WORDS.stream().map(w -> w.split("\\s+")[0]).distinct().toArray(String[]::new));

    /**
     * The eight triggers, and the forecast's opening, candidates listed in one pass over a text's words
     * ({@link AnchoredPattern.Group}).
     */
    private static final AnchoredPattern.Group TRIGGERS = new AnchoredPattern.Group(BEFORE_AT, DEADLINE_IS_AT,
            COMPLETE_AT, TIME_LABEL_AT, IN_PERIOD_AT, WINDOW_AT, WINDOW_FROM_NOW_AT, RECURRENCE_AT, FORECAST_AT);
    /** The places in {@link #TRIGGERS} of the triggers read again after the scans: "hoàn", "trong", "dự báo". */
    private static final int COMPLETE_TRIGGER = 2;
    private static final int IN_PERIOD_TRIGGER = 4;
    private static final int FORECAST_TRIGGER = 8;

    static AnchoredPattern.Group triggerGroup() {
        return TRIGGERS;
    }

    /** The trigger patterns searched through {@link AnchoredPattern} (for the test that checks their openings). */
    static List<AnchoredPattern> anchoredSentencePatterns() {
        return List.of(ACTOR_VERB_AT, REPORT_AT);
    }

    static List<AnchoredPattern> anchoredTriggers() {
        return List.of(BEFORE_AT, DEADLINE_IS_AT, COMPLETE_AT, TIME_LABEL_AT, IN_PERIOD_AT, WINDOW_AT,
                WINDOW_FROM_NOW_AT, RECURRENCE_AT, FORECAST_AT);
    }
    private static final List<String> NOT_DEADLINE = Words.folded(DeadlineExtractor.class, "not-deadline-contexts.txt");

    public List<Deadline> extract(String text, PageMap pages, DocumentHeader header, List<Citation> citations) {
        return extract(text, pages, header, citations, List.of());
    }

    /** As {@link #extract(String, PageMap, DocumentHeader, List)}, naming a subject-less deadline's unit item. */
    public List<Deadline> extract(String text, PageMap pages, DocumentHeader header, List<Citation> citations,
                                  List<Unit> units) {
        String t = text == null ? "" : text;
        try {
            return find(t, pages == null ? PageMap.single() : pages,
                    header == null ? DocumentHeader.empty() : header,
                    citations == null ? List.of() : citations, units == null ? List.of() : units);
        } catch (RuntimeException e) {
            // Never fail a document over its deadlines.
            CaughtFailures.report(e);
            return List.of();
        }
    }

    /**
     * @param cycleDates how many listed dates share the recurrence ("định kỳ 6 tháng, trước ngày 15/6 và 15/12"):
     *     each is one point of the cycle and comes round again after that many periods
     */
    private record Due(int start, int end, TimeExpressions.Parsed when, String recurrence, int cycleDates) {
        Due(int start, int end, TimeExpressions.Parsed when, String recurrence) {
            this(start, end, when, recurrence, 1);
        }
    }

    /**
     * As {@link #extract(String, PageMap, DocumentHeader, List, List)}, with the part that needs the text alone
     * ({@link #scan}) done already, maybe on another thread while the header, citations and units were read.
     * A scan of another text instance is not used (the text is scanned here).
     */
    public List<Deadline> extract(String text, PageMap pages, DocumentHeader header, List<Citation> citations,
                                  List<Unit> units, Scan scanned) {
        String t = text == null ? "" : text;
        try {
            return finish(scanned != null && scanned.text == t ? scanned : scanText(t), pages == null ? PageMap.single() : pages,
                    header == null ? DocumentHeader.empty() : header,
                    citations == null ? List.of() : citations, units == null ? List.of() : units);
        } catch (RuntimeException e) {
            CaughtFailures.report(e);
            return List.of();
        }
    }

    /**
     * What the deadlines of a text are read from before its header, citations and units are known: the text's
     * words, the triggers' candidates and the dues the triggers found (before the document's year drops horizons).
     * Needs nothing but the text, so it may run on one thread while the units are found on another. It may
     * throw what the scan throws; {@link #extract} then gives no deadlines, as it would have.
     */
    public static final class Scan {
        private final String text;
        private final AnchoredPattern.Prepared words;
        private final int[][] candidates;
        private final List<Due> dues;
        /** The parts restating another document ({@link RestatedParts}): what is due there is that document's. */
        private final List<int[]> restated;

        private Scan(String text, AnchoredPattern.Prepared words, int[][] candidates, List<Due> dues,
                     List<int[]> restated) {
            this.text = text;
            this.words = words;
            this.candidates = candidates;
            this.dues = dues;
            this.restated = restated;
        }
    }

    /** {@link Scan} of {@code text} (null reads as empty). */
    public Scan scan(String text) {
        return scanText(text == null ? "" : text);
    }

    private List<Deadline> find(String text, PageMap pages, DocumentHeader header, List<Citation> citations,
                                List<Unit> units) {
        return finish(scanText(text), pages, header, citations, units);
    }

    private static Scan scanText(String text) {
        List<Due> dues = new ArrayList<>();
        AnchoredPattern.Group.Candidates found = TRIGGERS.candidatesOf(text);
        AnchoredPattern.Prepared words = found.text();
        int[][] candidates = found.lists();
        AnchoredPattern.Scan scan = TRIGGERS.scan(0, words, candidates);
        Matcher m = scan.matcher();
        while (scan.find()) {
            int start = m.start();
            Optional<TimeExpressions.Parsed> day = TimeExpressions.day(text, m.end());
            // "Định kỳ hằng tháng, trước ngày 25, báo cáo ...": a bare day is a day of every month
            if (day.isEmpty() && monthlyBefore(text, start)) day = TimeExpressions.dayOfEveryMonth(text, m.end());
            if (day.isEmpty()) {
                // "gửi lấy ý kiến trước ngày 10/4/2026; ... trình ban hành trước ngày 30 cùng tháng": the month of the
                // date before it
                Matcher same = SAME_MONTH_DAY.matcher(text).region(m.end(), text.length());
                if (same.lookingAt()) {
                    Due carried = carriedMonth(dues, start, same.end(), Integer.parseInt(same.group(1)));
                    if (carried != null) dues.add(carried);
                    continue;
                }
            }
            // "chậm nhất năm 2028", "chậm nhất trong quý II/2027": at the latest by a period, due at its end
            if (day.isEmpty() && atTheLatest(text, start)) {
                Optional<TimeExpressions.Parsed> period = TimeExpressions.quarterOrMonth(text, m.end());
                if (period.isEmpty()) period = TimeExpressions.year(text, m.end(), false);
                period.ifPresent(p -> dues.add(new Due(start, p.end(), p, null)));
                continue;
            }
            day.ifPresent(p -> dues.add(new Due(start, p.end(), p, null)));
            // "trước ngày 20/6 và 20/12 hằng năm": each date of a coordinated list is due
            int at = day.map(TimeExpressions.Parsed::end).orElse(-1);
            for (int k = 0; at >= 0 && k < 4; k++) {
                Matcher and = DATE_AND.matcher(text).region(at, text.length());
                if (!and.lookingAt()) break;
                int dayAt = and.start(1) >= 0 ? and.start(1) : and.end();
                Optional<TimeExpressions.Parsed> next = TimeExpressions.listedDay(text, dayAt);
                if (next.isEmpty() || next.get().month() <= 0) break;
                dues.add(new Due(and.end(), next.get().end(), next.get(), null));
                at = next.get().end();
            }
        }
        scan = TRIGGERS.scan(1, words, candidates);
        m = scan.matcher();
        while (scan.find()) {
            int start = m.start();
            TimeExpressions.day(text, m.end()).ifPresent(p -> dues.add(new Due(start, p.end(), p, null)));
        }
        scan = TRIGGERS.scan(COMPLETE_TRIGGER, words, candidates);
        m = scan.matcher();
        while (scan.find()) {
            int start = m.start();
            TimeExpressions.any(text, m.end(), false).ifPresent(p -> dues.add(new Due(start, p.end(), p, null)));
        }
        scan = TRIGGERS.scan(3, words, candidates);
        m = scan.matcher();
        while (scan.find()) {
            int start = m.start();
            Optional<TimeExpressions.Parsed> p = TimeExpressions.quarterOrMonth(text, m.end());
            if (p.isEmpty()) p = TimeExpressions.year(text, m.end(), false);
            p.ifPresent(q -> dues.add(new Due(start, q.end(), q, null)));
        }
        scan = TRIGGERS.scan(IN_PERIOD_TRIGGER, words, candidates);
        m = scan.matcher();
        while (scan.find()) {
            int start = m.start();
            Optional<TimeExpressions.Parsed> p = TimeExpressions.quarterOrMonth(text, m.end());
            // "hoàn thành cập nhật bản đồ vùng nguyên liệu ... trong năm 2026": a year is a due only after a
            // completing verb of its clause ("các chỉ tiêu trong năm 2026" is a scope)
            if (p.isEmpty()) {
                Optional<TimeExpressions.Parsed> year = TimeExpressions.year(text, m.end(), false);
                // "..., trình Ủy ban nhân dân thành phố ban hành trong năm 2026.": a thing issued, set up or put to
                // use within a year exists by its end
                if (year.isPresent() && (completedBefore(text, start) || afterResultVerb(text, start))) p = year;
            }
            p.ifPresent(q -> dues.add(new Due(start, q.end(), q, null)));
        }
        scan = TRIGGERS.scan(5, words, candidates);
        m = scan.matcher();
        while (scan.find()) {
            int start = m.start();
            Optional<TimeExpressions.Parsed> first = TimeExpressions.any(text, m.end(), false);
            if (first.isEmpty()) continue;
            Matcher to = WINDOW_TO.matcher(text).region(first.get().end(), text.length());
            Matcher changed = to.lookingAt() ? null : CHANGED_TO.matcher(text).region(first.get().end(), text.length());
            if (changed != null && changed.lookingAt() && changesTime(text, start)) {
                // "Điều chỉnh thời gian hoàn thành từ ngày 30/6/2026 thành ngày 30/9/2026": the time set now is the due
                TimeExpressions.any(text, changed.end(), false).ifPresent(p -> dues.add(new Due(start, p.end(), p, null)));
                continue;
            }
            if (!to.lookingAt()) {
                // "từ tháng 3 đến tháng 6/2025", "từ quý II - III/2025": the span was read whole, its end is the window's
                TimeExpressions.Parsed span = first.get();
                if (span.period() && span.month() > 0
                        && text.substring(m.end(), span.end()).matches("(?su).*(?:[-–]|đến).*")) {
                    dues.add(new Due(start, span.end(), span, null));
                }
                continue;
            }
            TimeExpressions.any(text, to.end(), false).ifPresent(p -> dues.add(new Due(start, p.end(), p, null)));
        }
        scan = TRIGGERS.scan(6, words, candidates);
        m = scan.matcher();
        while (scan.find()) {
            int start = m.start();
            TimeExpressions.any(text, m.end(), false).ifPresent(p -> dues.add(new Due(start, p.end(), p, null)));
        }
        addCarriedAndLeadingYears(text, dues, candidates);
        List<int[]> forecasts = forecastSentences(text, words, candidates);
        int[] planned = plannedStarts(text);
        dues.removeIf(d -> inAny(forecasts, d.start()) || excludedContext(text, d.start(), planned)
                || likelihoodAfter(text, d.end()));
        // "Ngày 29/6/2026, Bộ X ban hành Quyết định số ... hoàn thành chậm nhất ...": the cited document's deadline
        List<int[]> recounted = CitedNarrative.ranges(text);
        dues.removeIf(d -> recounted.stream().anyMatch(r -> d.start() >= r[0] && d.start() < r[1]));
        // "I. NỘI DUNG CHỦ YẾU CỦA KẾ HOẠCH SỐ 87/KH-UBND ...": a part restating the document carried out
        List<int[]> restated = RestatedParts.ranges(text);
        if (!restated.isEmpty()) dues.removeIf(d -> inAny(restated, d.start()));
        return new Scan(text, words, candidates, dues, restated);
    }

    /** "(ngày) 30 cùng tháng" after a deadline's trigger: a day of the month of the date before it. */
    private static final Pattern SAME_MONTH_DAY = Pattern.compile(
            "\\s*(?:ngày\\s+)?(\\d{1,2})\\s+(?:của\\s+)?cùng\\s+tháng(?![\\p{L}])", FLAGS);
    /** "hoàn thành trong tháng đó": the month of the date before it. */
    private static final Pattern THAT_MONTH = Pattern.compile("(?<![\\p{L}])trong\\s+tháng\\s+đó(?![\\p{L}])", FLAGS);
    /**
     * "Năm 2026 hoàn thành số hóa ...", "c) Năm 2027 hoàn thành cắm mốc ...": a year that opens its clause, with the
     * completing verb right after it, is the time the work is due ("Năm 2026 đã hoàn thành" is a result).
     */
    private static final Pattern LEADING_YEAR = Pattern.compile(
            "(?:^|(?<=[.;:]\\s)|(?<=^[a-zđ]\\)\\s))[Nn]ăm\\s+(\\d{4})\\s*,?\\s+hoàn\\s+thành(?![\\p{L}])", FLAGS | Pattern.MULTILINE);
    /** How far before a carried month ("cùng tháng", "tháng đó") the date it carries from may be. */
    private static final int CARRY_REACH = 400;

    /**
     * A due on {@code day} (0: the whole month) of the month of the last dated due that starts within reach before
     * {@code start}, spanning [{@code start}, {@code end}); null when there is none.
     */
    private static Due carriedMonth(List<Due> dues, int start, int end, int day) {
        if (day < 0 || day > 31) return null;
        Due from = null;
        for (Due d : dues) {
            if (d.start() < start && d.start() >= start - CARRY_REACH && d.when() != null && d.when().month() > 0
                    && (from == null || d.start() > from.start())) {
                from = d;
            }
        }
        if (from == null) return null;
        TimeExpressions.Parsed p = new TimeExpressions.Parsed(end, day, from.when().month(), from.when().year(), day == 0);
        return new Due(start, end, p, null);
    }

    /**
     * Whether {@code at} lies in the title of a document the opening bases this one on: its line opens with "Căn cứ"
     * and holds, before {@code at}, a citation this document implements ("Căn cứ Thông tư số ... hướng dẫn quy trình
     * rà soát hằng năm và mẫu biểu báo cáo;", "Căn cứ Quyết định số ... các nghị định được ban hành trong quý I năm
     * 2026;"). A body's "Căn cứ Hướng dẫn này, xây dựng kế hoạch ..., hoàn thành trong tháng 02/2027" is no title.
     * {@code basisMentions}: the starts of the implemented citations' mentions, ascending.
     */
    private static boolean inBasisTitle(String text, int at, int[] basisMentions) {
        int from = Math.max(0, at - CARRY_REACH);
        // asked of every due: most lie far from the opening's citations, and are answered by the search alone
        if (firstAtOrAfter(basisMentions, from) >= at) return false;
        char[] c = TextChars.of(text);
        int s = at;
        while (s > from && c[s - 1] != '\n') s--;
        if (s == from && from > 0) return false; // the line starts beyond reach
        while (s < at && (c[s] == ' ' || c[s] == '-' || c[s] == '+')) s++;
        if (!text.startsWith("Căn cứ", s) && !text.startsWith("CĂN CỨ", s)) return false;
        // "- Căn cứ Kế hoạch này và Nghị quyết số 03/NQ-ĐU, đăng ký chỉ tiêu ..., gửi về Đảng ủy trước ngày 28/02/2026":
        // a task that starts from this document is the body's, whatever else it names
        if (THIS_DOCUMENT_BASIS.matcher(text).region(s, Math.min(at, s + 60)).lookingAt()) return false;
        return firstAtOrAfter(basisMentions, s) < at;
    }

    /** "Căn cứ Kế hoạch này", "Căn cứ vào Hướng dẫn này": a basis that is this document itself. */
    private static final Pattern THIS_DOCUMENT_BASIS = Pattern.compile(
            "(?:Căn cứ|CĂN CỨ)(?: vào)? \\p{Lu}\\p{Ll}*(?: \\p{Ll}+){0,2} này(?![\\p{L}])");

    /** The first of the ascending {@code values} at or after {@code from}; Integer.MAX_VALUE when none is. */
    private static int firstAtOrAfter(int[] values, int from) {
        int k = Arrays.binarySearch(values, from);
        if (k < 0) k = -k - 1;
        return k < values.length ? values[k] : Integer.MAX_VALUE;
    }

    private static int[] basisMentionStarts(List<Citation> citations) {
        return citations.stream().filter(Citation::implementing).flatMap(c -> c.mentions().stream())
                .mapToInt(Mention::start).sorted().toArray();
    }

    /** How far before "trong năm 2026" its clause's completing verb may stand. */
    private static final int COMPLETED_REACH = 200;

    /** Whether "hoàn thành" stands in the clause before {@code at} (no stop or semicolon between), within reach. */
    /** {@code result-verbs.txt}: a year right after them is a due ("ban hành trong năm 2026"). */
    private static final List<String> RESULT_VERBS = Words.raw(DeadlineExtractor.class, "result-verbs.txt");

    /** One of {@link #RESULT_VERBS} ends right before {@code at} (spaces between). */
    private static boolean afterResultVerb(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        for (String verb : RESULT_VERBS) {
            int b = e - verb.length();
            if (b >= 0 && text.regionMatches(true, b, verb, 0, verb.length())
                    && (b == 0 || !Character.isLetter(text.charAt(b - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "chậm nhất", "muộn nhất" (at the latest) open the trigger at {@code at}: a period after it is a due too. */
    private static boolean atTheLatest(String text, int at) {
        return text.regionMatches(true, at, "chậm nhất", 0, 9) || text.regionMatches(true, at, "muộn nhất", 0, 9);
    }

    private static boolean completedBefore(String text, int at) {
        int from = Math.max(0, at - COMPLETED_REACH);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == '.' || c == '\n' || c == ':') return false;
            // "Để hoàn thành các mục tiêu, chỉ tiêu đề ra trong năm 2026, ...": a purpose, no task's completion
            if (c == 'h' && text.startsWith("hoàn thành", i)) return !afterPurposeWord(text, i);
        }
        return false;
    }

    /** The word before {@code at} is "để" or "nhằm" (in order to). */
    private static boolean afterPurposeWord(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        String w = Words.fold(text.substring(b, e));
        return w.equals("để") || w.equals("nhằm");
    }

    /**
     * The dues "trong tháng đó" and "Năm 2026 hoàn thành ..." give, read after the triggers' (they carry from them),
     * and only at the words the triggers' pass listed ("trong", "hoàn"): no pass of their own over the text.
     */
    private static void addCarriedAndLeadingYears(String text, List<Due> dues, int[][] candidates) {
        Matcher that = null;
        List<Due> carried = new ArrayList<>();
        for (int at : candidates[IN_PERIOD_TRIGGER]) {
            if (!text.regionMatches(true, at, "trong tháng đó", 0, 14)) continue;
            if (that == null) that = THAT_MONTH.matcher(text);
            if (!that.region(at, text.length()).lookingAt()) continue;
            Due d = carriedMonth(dues, at, that.end(), 0);
            if (d != null) carried.add(d);
        }
        dues.addAll(carried);
        Matcher y = null;
        // the schedule's labelled items, added after the leading years as they were read before
        List<Due> labelled = new ArrayList<>();
        for (int i : candidates[COMPLETE_TRIGGER]) {
            Due label = periodLabelOf(text, i);
            if (label != null) labelled.add(label);
            // the pattern asked only where a digit stands before the verb ("2026 hoàn thành", "2026, hoàn thành")
            if (i < 9 || !text.startsWith("hoàn thành", i)
                    || !Character.isDigit(text.charAt(i - 2)) && !Character.isDigit(text.charAt(i - 3))) {
                continue;
            }
            if (y == null) y = LEADING_YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            y.region(Math.max(0, i - 12), Math.min(text.length(), i + 10));
            if (!y.find()) continue;
            int year = Integer.parseInt(y.group(1));
            int yearEnd = y.start(1) + 4;
            dues.add(new Due(y.start(), yearEnd, new TimeExpressions.Parsed(yearEnd, 0, 0, year, true), null));
        }
        dues.addAll(labelled);
    }

    /** How far before its completing verb a schedule item's period label may open. */
    private static final int LABEL_REACH = 160;

    /**
     * "- Tháng 10/2020: Bộ phận Tiểu học hoàn thành tập huấn ...", "Quý II/2026: các xã hoàn thành ...": the item of a
     * schedule ("Tiến độ thực hiện") whose line opens with the month or quarter it is due in, then a colon, and whose
     * clause goes on to the completing verb at {@code verb}; null for any other "hoàn thành". A label that names a
     * day, an item that only plans an event ("Tháng 10/2020: tổ chức hội nghị") or one that reports a result ("đã
     * hoàn thành") gives nothing here: the day's own triggers read the first, and the others are no dues.
     */
    private static Due periodLabelOf(String text, int verb) {
        if (!text.startsWith("hoàn thành", verb)) return null;
        // "Tháng 8/2020: các trường đã hoàn thành ...": a result reported
        if (verb >= 3 && text.regionMatches(true, verb - 3, "đã ", 0, 3)) return null;
        int colon = -1;
        int k = verb - 1;
        int limit = Math.max(0, verb - LABEL_REACH);
        for (; k >= limit; k--) {
            char c = text.charAt(k);
            if (c == '\n') break;
            if (c == '.' || c == ';') return null; // the verb's clause is not the label's
            if (c == ':') {
                if (colon >= 0) return null;
                colon = k;
            }
        }
        boolean lineStart = k < 0 || text.charAt(k) == '\n';
        if (colon < 0 || !lineStart) return null;
        int at = k + 1;
        while (at < colon && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '-'
                || text.charAt(at) == '+' || text.charAt(at) == '•')) {
            at++;
        }
        if (!text.regionMatches(true, at, "tháng", 0, 5) && !text.regionMatches(true, at, "quý", 0, 3)
                && !text.regionMatches(true, at, "qúy", 0, 3) && !text.regionMatches(true, at, "quí", 0, 3)) {
            return null;
        }
        Optional<TimeExpressions.Parsed> p = TimeExpressions.quarterOrMonth(text, at);
        if (p.isEmpty() || p.get().year() <= 0) return null;
        int end = p.get().end();
        while (end < colon && Character.isWhitespace(text.charAt(end))) end++;
        if (end != colon) return null;
        return new Due(at, p.get().end(), p.get(), null);
    }

    private List<Deadline> finish(Scan scanned, PageMap pages, DocumentHeader header, List<Citation> citations,
                                  List<Unit> units) {
        String text = scanned.text;
        AnchoredPattern.Prepared words = scanned.words;
        int[][] candidates = scanned.candidates;
        List<Due> dues = new ArrayList<>(scanned.dues);
        YearContext years = YearContext.of(header, citations, text);
        // a bare year far beyond the document's own ("hoàn thành trước năm 2030") is a horizon, not a due date; a
        // task finished within it ("hoàn thành trong năm 2028") is due at its end however far
        dues.removeIf(d -> d.when().month() == 0 && years.year() != null && d.when().year() > years.year() + 1
                && !WITHIN_YEAR.matcher(text).region(d.start(), d.end()).lookingAt() && !atTheLatest(text, d.start()));
        int[] basisMentions = basisMentionStarts(citations);
        dues.removeIf(d -> inBasisTitle(text, d.start(), basisMentions));
        List<Due> kept = dedupe(dues);

        // recurrence: attach to a dated due in the same clause, else keep when it is a reporting duty
        List<Due> recurringOnly = new ArrayList<>();
        AnchoredPattern.Scan recurring = TRIGGERS.scan(7, words, candidates);
        Matcher r = recurring.matcher();
        List<Period> recurrences = new ArrayList<>();
        int listEnd = -1;
        while (recurring.find()) {
            String rec = recurrence(r);
            // "định kỳ 6 tháng, hằng năm": "hằng năm" was already read as a member of the list before it
            if (rec == null || r.start() < listEnd) continue;
            // "kế hoạch thực hiện Chương trình giai đoạn 2026 - 2030 và hằng năm của địa phương, hoàn thành trước ngày
            // 30/4/2026": a period that qualifies a noun, its owner after it, makes no duty recur
            if (OWNER_AFTER.matcher(text).region(r.end(), text.length()).lookingAt()) continue;
            int list = recurrences.size();
            // "báo cáo năm trước ngày ...": a report named by its period, not a stated recurrence ("định kỳ", "hằng")
            boolean reportPeriod = r.group(7) != null || r.group(8) != null;
            recurrences.add(new Period(r.start(), r.end(), rec, list, reportPeriod));
            // "Định kỳ hằng quý, 6 tháng và năm báo cáo ...": the list shares "định kỳ/hằng"
            int at = r.end();
            for (int k = 0; k < 3; k++) {
                Matcher c = CONTINUED_PERIOD.matcher(text).region(at, text.length());
                if (!c.lookingAt()) break;
                String more = c.group(1) != null ? "semiannual" : c.group(2) != null ? "annual"
                        : c.group(3) != null ? "quarterly" : "monthly";
                int word = c.start(1) >= 0 ? c.start(1) : c.start(2) >= 0 ? c.start(2) : c.start(3) >= 0 ? c.start(3) : c.start(4);
                recurrences.add(new Period(word, c.end(), more, list, false));
                at = c.end();
            }
            listEnd = at;
        }
        BitSet paired = pairListsWithDates(text, recurrences, kept);
        // the later turns of one recurring deadline, folded into its first: a period printed right after one of them
        // ("... và ngày 15/12 hằng năm") belongs to that deadline, not to a report of its own
        List<Due> absorbed = new ArrayList<>();
        int[] listEnds = listEnds(recurrences);
        for (int f = 0; f < recurrences.size(); f++) {
            if (paired.get(f)) continue; // paired with its date already
            Period found = recurrences.get(f);
            int rStart = found.start();
            int rEnd = found.end();
            String rec = found.recurrence();
            int[] clause = clause(text, rStart);
            // the clause's first due that may recur, the first after the period word when there is one ("báo cáo 6
            // tháng đầu năm trước ngày 10/6/2026 và báo cáo năm trước ngày 10/12/2026": "năm" is the second's)
            int best = -1;
            for (int i = firstStartingAt(kept, clause[0]); i < kept.size() && kept.get(i).start() < clause[1]; i++) {
                Due d = kept.get(i);
                if (d.start() >= clause[0] && d.start() < clause[1] && d.recurrence() == null
                        && (!d.when().period() || periodOfEachYear(text, d, rStart, rec))) {
                    if (best < 0) best = i;
                    if (d.start() >= rEnd) {
                        best = i;
                        break;
                    }
                }
            }
            // a report named by its period and due on a day with its year is one report, made once
            if (found.reportPeriod() && best >= 0 && kept.get(best).start() >= rEnd && kept.get(best).when().year() != 0) {
                continue;
            }
            if (best >= 0) {
                // the dates listed with it ("trước ngày 20/6 và 20/12 hằng năm") recur alike
                int listed = best + 1;
                while (listed < kept.size()) {
                    Due n = kept.get(listed);
                    Due prev = kept.get(listed - 1);
                    if ((n.recurrence() != null && !eachYearOfHalf(text, n, rec)) || n.when().period() || n.start() >= clause[1]
                            || !DATE_AND.matcher(text).useTransparentBounds(true).region(prev.end(), n.start()).matches()) {
                        break;
                    }
                    listed++;
                }
                // "báo cáo 6 tháng trước ngày 15/6", "định kỳ 6 tháng, trước ngày 10/6 và hằng năm, trước ngày 10/12":
                // the half-year report is made once a year, its day comes back a year on (the year's own report takes
                // the other half), as two listed days of a half-year period do
                int cycle = "semiannual".equals(rec) ? Math.max(2, listed - best) : listed - best;
                // "định kỳ 6 tháng (trước ngày 10/6 và ngày 10/12)": the listed days are one deadline's turns, a
                // period apart; it is one recurring deadline, due first at the first of them
                if (oneCycle(kept, best, listed, rec)) {
                    absorbed.addAll(kept.subList(best + 1, listed));
                    kept.subList(best + 1, listed).clear();
                    listed = best + 1;
                    cycle = 1;
                }
                for (int j = best; j < listed; j++) {
                    Due n = kept.get(j);
                    kept.set(j, new Due(n.start(), n.end(), n.when(), rec, cycle));
                }
            } else if (!followsRecurringDue(text, kept, rStart) && !endsRightBefore(text, absorbed, rStart)) {
                Due day = recurringDayBefore(text, rStart, rEnd, rec, clause);
                if (day == null) day = recurringDayAfter(text, rStart, rEnd, rec, clause);
                if (day != null) {
                    recurringOnly.add(day);
                } else if (reports(text, rStart, rEnd, listEnds[found.list()], clause)
                        && !inBasisTitle(text, rStart, basisMentions)) {
                    recurringOnly.add(new Due(rStart, rEnd, null, rec));
                }
            }
        }

        Outline outline = Outline.of(text);
        String signed = years.date() == null ? null : years.date().toString(); // ISO, compared with each due's
        List<Deadline> out = new ArrayList<>();
        Map<Integer, List<String>> leadNames = null;
        List<Due> all = new ArrayList<>(kept);
        all.addAll(recurringOnly);
        all.sort(Comparator.comparingInt(Due::start));
        for (Due found : all) {
            Due d = found.recurrence() == null && found.when() != null
                    && TimeExpressions.isQuarterMonth(found.when().month())
                    ? new Due(found.start(), found.end(), found.when(), "quarterly") : found;
            String named = namedReportPeriod(text, d);
            if (named != null) d = new Due(d.start(), d.end(), d.when(), named, "semiannual".equals(named) ? 2 : 1);
            boolean yearAfter = inYearAfter(text, d);
            // "báo cáo kết quả ... năm 2026 ... trước ngày 15/01 năm sau": the report on one year named, due once in the
            // year after it
            int reportedYear = yearAfter ? yearNamedBefore(text, d.start()) : 0;
            if (yearAfter && reportedYear == 0 && reportsInClause(text, d.start())) {
                d = new Due(d.start(), d.end(), d.when(), "annual");
                yearAfter = false;
            }
            String date = d.when() == null ? null : resolve(d.when(), d.recurrence(), d.cycleDates(), years);
            // "hoàn thành trước ngày 15 tháng 01 năm sau": the day of the year after the document's
            if (yearAfter && date != null && date.length() == 10 && (reportedYear > 0 || years.year() != null)) {
                date = ((reportedYear > 0 ? reportedYear : years.year()) + 1) + date.substring(4);
            }
            // "Trong quý I năm 2026, các phòng đã ...", "Trước ngày 30/6/2026, xã đã hoàn thành ..." in a text dated
            // later: a day or period past when the document was signed, its year printed, is a result reported
            if (d.recurrence() == null && date != null && date.length() == 10 && d.when().year() != 0
                    && signed != null && date.compareTo(signed) < 0) {
                continue;
            }
            // so is a month or quarter of the signing year, its year not printed, that ended before the signing and
            // opens its sentence ("Riêng trong tháng 6 và nửa đầu tháng 7/2024, số ổ dịch tăng" in July); after a
            // task's verb ("hoàn thành trong quý I" in December) it is the task's time, its year as SPEC infers it
            if (d.recurrence() == null && date != null && date.length() == 10 && d.when().year() == 0
                    && d.when().period() && d.when().day() == 0 && signed != null && date.compareTo(signed) < 0
                    && opensItsSentence(text, d.start(), outline)) {
                continue;
            }
            // "Trong tháng 4/2026, các phòng đã cơ bản hoàn thành ..." in a text signed that month: what the month
            // has brought so far, reported
            if (d.recurrence() == null && date != null && d.when().period() && d.when().day() == 0
                    && d.when().year() != 0 && signed != null && date.regionMatches(0, signed, 0, 7)
                    && reportedDone(text, d.end())) {
                continue;
            }
            int[] sentence = sentence(text, d.start(), outline);
            // each part read once (spaces collapsed, words found) for all the readers that ask it
            Read before = Read.of(text.substring(sentence[0], d.start()));
            Read whole = Read.of(text.substring(sentence[0], Math.min(text.length(), sentence[1])));
            String action = d.when() == null ? action(whole) : action(before);
            List<String> actors = actors(before);
            if (actors.isEmpty()) {
                if (leadNames == null) leadNames = leadNamesByParagraph(outline, units);
                actors = enclosingUnit(outline, d.start(), leadNames);
            }
            String reportTo = reportTo(whole);
            // as printed, line breaks kept: text.substring(start, end) is what the record quotes
            String expr = text.substring(d.start(), d.end());
            out.add(new Deadline(date, d.recurrence(), action, actors, reportTo, expr, d.start(), d.end(),
                    pages.pageOf(d.start())));
        }
        addTableRows(text, pages, years, out);
        // (a task table reproduced in such a part, "Phụ lục I (trích)", is the restated document's too)
        if (!scanned.restated.isEmpty()) out.removeIf(d -> inAny(scanned.restated, d.start()));
        return List.copyOf(out);
    }

    /**
     * "định kỳ 6 tháng, hằng năm báo cáo ... trước ngày 15/6 và 15/12": a list of periods and a list of as many
     * coordinated dates in one clause pair up in order. Returns the periods paired so.
     */
    private static BitSet pairListsWithDates(String text, List<Period> recurrences, List<Due> kept) {
        BitSet paired = new BitSet(recurrences.size());
        for (int i = 0; i < recurrences.size(); ) {
            int j = i;
            while (j < recurrences.size() && recurrences.get(j).list() == recurrences.get(i).list()) j++;
            int n = j - i;
            if (n >= 2) {
                int[] clause = clause(text, recurrences.get(i).start());
                int first = -1;
                for (int k = firstStartingAt(kept, clause[0]); k < kept.size() && kept.get(k).start() < clause[1]; k++) {
                    Due d = kept.get(k);
                    if (d.start() >= clause[0] && d.start() < clause[1] && d.recurrence() == null && !d.when().period()) {
                        first = k;
                        break;
                    }
                }
                int chain = first < 0 ? 0 : 1;
                while (first >= 0 && first + chain < kept.size() && chain < n) {
                    Due prev = kept.get(first + chain - 1);
                    Due next = kept.get(first + chain);
                    if (next.recurrence() != null || next.when().period() || next.start() >= clause[1]
                            || !DATE_AND.matcher(text).useTransparentBounds(true).region(prev.end(), next.start()).matches()) {
                        break;
                    }
                    chain++;
                }
                boolean moreDates = first >= 0 && first + chain < kept.size() && kept.get(first + chain).start() < clause[1]
                        && DATE_AND.matcher(text).useTransparentBounds(true)
                                .region(kept.get(first + chain - 1).end(), kept.get(first + chain).start()).matches();
                if (chain == n && !moreDates) {
                    for (int k = 0; k < n; k++) {
                        Due d = kept.get(first + k);
                        String rec = recurrences.get(i + k).recurrence();
                        // "định kỳ 6 tháng, hằng năm ... trước ngày 15/6 và 15/12": the half-year report's day is one a
                        // year (the year's report has the other), so it comes back a year on
                        kept.set(first + k, new Due(d.start(), d.end(), d.when(), rec, "semiannual".equals(rec) ? 2 : 1));
                        paired.set(i + k);
                    }
                }
            }
            i = j;
        }
        return paired;
    }

    /**
     * The index of the first due starting at or after {@code offset} in {@code kept}, whose starts never decrease
     * (dedupe sorts them; pairing replaces a due by one with the same span): where a walk from the first due for the
     * dues of a clause can begin, as every due before it starts before the clause.
     */
    private static int firstStartingAt(List<Due> kept, int offset) {
        int lo = 0;
        int hi = kept.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (kept.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static final Pattern MONTHLY = Pattern.compile("(?<![\\p{L}])(?:hàng|hằng|mỗi)\\s+tháng(?![\\p{L}])", FLAGS);

    /** A monthly period ("hằng tháng") earlier in the same clause, within a short reach. */
    private static boolean monthlyBefore(String text, int at) {
        int[] clause = clause(text, at);
        // the period opens the sentence; the actor, the report and its addressee may sit between it and the day
        int from = Math.max(clause[0], at - 160);
        return MONTHLY.matcher(text).region(from, at).find();
    }

    /** "của" right after a period word: the period qualifies the noun before it ("kế hoạch hằng năm của xã"). */
    private static final Pattern OWNER_AFTER = Pattern.compile("\\s+của(?![\\p{L}])", FLAGS);

    private static String recurrence(Matcher r) {
        String g = r.group(1);
        if (g != null) {
            String f = Words.fold(g);
            return f.equals("năm") ? "annual" : f.startsWith("q") ? "quarterly" : "monthly";
        }
        if (r.group(2) != null || r.group(6) != null || r.group(7) != null) return "semiannual";
        if (r.group(8) != null) {
            String f = Words.fold(r.group(8));
            return f.equals("năm") ? "annual" : f.equals("quý") ? "quarterly" : "monthly";
        }
        if (r.group(3) != null) return "quarterly";
        if (r.group(4) != null) return "monthly";
        if (r.group(5) != null) return "annual";
        return null;
    }

    /**
     * "định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm)": "hằng năm" after the last of a half-year's listed days
     * says they come each year, as the half-year does; it names no year's report of its own (a list of periods, "6
     * tháng và năm ... hằng năm", is paired with the days before this is asked).
     */
    private static boolean eachYearOfHalf(String text, Due d, String rec) {
        return "semiannual".equals(rec) && "annual".equals(d.recurrence())
                && EACH_YEAR_AT_END.matcher(text).region(Math.max(d.start(), d.end() - 12), d.end()).find();
    }

    /** "hoàn thành trong năm 2028": a task finished within a year, not before it. */
    private static final Pattern WITHIN_YEAR = Pattern.compile("hoàn\\s+thành\\s+trong\\s+(?:cả\\s+)?năm\\s+\\d{4}", FLAGS);

    private static final Pattern EACH_YEAR_AT_END = Pattern.compile("(?:hàng|hằng|mỗi)\\s+năm$", FLAGS);

    /**
     * Whether the dues {@code [from, to)} of a list (two at least) are the turns of one {@code rec} deadline: the same
     * day, each a period's months after the one before ("trước ngày 15/3, 15/6, 15/9 và 15/12" of a quarterly one).
     */
    private static boolean oneCycle(List<Due> kept, int from, int to, String rec) {
        int months = "semiannual".equals(rec) ? 6 : "quarterly".equals(rec) ? 3 : 0;
        if (months == 0 || to - from < 2 || to - from > 12 / months) return false;
        for (int j = from + 1; j < to; j++) {
            TimeExpressions.Parsed a = kept.get(j - 1).when();
            TimeExpressions.Parsed b = kept.get(j).when();
            if (a.day() <= 0 || a.day() != b.day() || a.month() < 1 || b.month() != a.month() + months) return false;
        }
        return true;
    }

    private static String resolve(TimeExpressions.Parsed p, String recurrence, YearContext years) {
        return resolve(p, recurrence, 1, years);
    }

    private static String resolve(TimeExpressions.Parsed p, String recurrence, int cycleDates, YearContext years) {
        if (p.month() == -1) {
            // "ngày 20 hằng tháng": the first such day on or after the document's date
            LocalDate from = years.countedFrom() != null ? years.countedFrom() : years.year() == null ? null
                    : LocalDate.of(years.year(), 1, 1);
            if (from == null) return null;
            LocalDate d = from.withDayOfMonth(Math.min(p.day(), from.lengthOfMonth()));
            if (d.isBefore(from)) d = from.plusMonths(1).withDayOfMonth(Math.min(p.day(), from.plusMonths(1).lengthOfMonth()));
            return d.toString();
        }
        if (TimeExpressions.isQuarterMonth(p.month())) {
            // "trước ngày 20 của tháng cuối quý" ("... tháng đầu quý sau"): the first day of that kind, in a quarter's
            // last (first) month, on or after the document's date
            LocalDate from = years.countedFrom() != null ? years.countedFrom() : years.year() == null ? null
                    : LocalDate.of(years.year(), 1, 1);
            if (from == null) return null;
            int remainder = p.month() == TimeExpressions.QUARTER_END_MONTH ? 0 : 1;
            for (int k = 0; k < 5; k++) {
                LocalDate month = from.withDayOfMonth(1).plusMonths(k);
                if (month.getMonthValue() % 3 != remainder) continue;
                LocalDate d = month.withDayOfMonth(Math.min(p.day(), month.lengthOfMonth()));
                if (!d.isBefore(from)) return d.toString();
            }
            return null;
        }
        Optional<LocalDate> date = p.resolve(years.year());
        if (date.isEmpty()) return null;
        LocalDate d = date.get();
        if (recurrence != null && p.year() == 0 && years.countedFrom() != null) {
            LocalDate from = years.countedFrom();
            while (d.isBefore(from)) {
                d = switch (recurrence) {
                    case "monthly" -> d.plusMonths(1); // listed days of each month
                    case "quarterly" -> d.plusMonths(3L * cycleDates);
                    case "semiannual" -> d.plusMonths(6L * cycleDates);
                    default -> d.plusYears(1);
                };
            }
        }
        return d.toString();
    }

    private static final List<String> DATA_PERIODS = Words.folded(DeadlineExtractor.class, "data-periods.txt");

    /** {@link #FORECAST_WORDS} folded, as a sentence's folded opening is compared with them. */
    private static final List<String> FORECAST_OPENERS =
            FORECAST_WORDS.stream().map(w -> Words.fold(w.replaceAll("\\s+", " "))).toList();
    /** How far a forecast's sentence may run. */
    private static final int SENTENCE_REACH = 400;

    /**
     * The sentences that open as a forecast does ({@code forecast-openers.txt}): [start, end) of each, from the
     * forecast words the triggers' pass listed, to the next ". " or line break. Most texts have none.
     */
    private static List<int[]> forecastSentences(String text, AnchoredPattern.Prepared words, int[][] candidates) {
        if (candidates[FORECAST_TRIGGER].length == 0) return List.of();
        List<int[]> out = new ArrayList<>();
        AnchoredPattern.Scan scan = TRIGGERS.scan(FORECAST_TRIGGER, words, candidates);
        Matcher m = scan.matcher();
        while (scan.find()) {
            int at = m.start();
            // "Theo dự báo (của ...), ...": a forecast cited as a source, whose clause may go on to a request
            int p = at - 1;
            while (p >= 0 && text.charAt(p) == ' ') p--;
            boolean cited = p >= 3 && text.regionMatches(true, p - 3, "theo", 0, 4)
                    && (p == 3 || !Character.isLetter(text.charAt(p - 4)));
            if (cited) p -= 4;
            // the sentence opens here: after a line break, a stop, a bullet or the text's start
            while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '-' || text.charAt(p) == '+')) p--;
            if (p >= 0 && text.charAt(p) != '\n' && text.charAt(p) != '.') continue;
            String opening = Words.fold(text.substring(at, Math.min(text.length(), at + 20)));
            if (FORECAST_OPENERS.stream().noneMatch(opening::startsWith)) continue;
            int limit = Math.min(text.length(), at + SENTENCE_REACH);
            int end = at;
            while (end < limit && text.charAt(end) != '\n' && !(text.charAt(end) == '.' && end + 1 < text.length()
                    && text.charAt(end + 1) == ' ') && !(cited && text.charAt(end) == ';')) {
                end++;
            }
            // ", đề nghị các đơn vị hoàn thành trước ngày ...": what the source's forecast asks for is a due
            if (cited) end = Math.min(end, firstActorVerb(text, at, end));
            out.add(new int[] {at, end});
        }
        return out;
    }

    /** True when the clause after {@code from} tells of work done ("đã"). */
    private static boolean reportedDone(String text, int from) {
        int end = Math.min(text.length(), from + 200);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '\n' || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') break;
            if (c == 'đ' && text.startsWith("đã", i) && (i == 0 || text.charAt(i - 1) == ' ')
                    && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** The verbs that ask someone for something ({@code actor-verbs.txt}), folded. */
    private static final List<String> ACTOR_VERBS = Words.folded(DeadlineExtractor.class, "actor-verbs.txt");

    /** Where the first of {@code actor-verbs.txt} stands as a word in [from, to), else {@code to}. */
    private static int firstActorVerb(String text, int from, int to) {
        String f = Words.fold(text.substring(from, to));
        int first = to;
        for (String verb : ACTOR_VERBS) {
            for (int i = f.indexOf(verb); i >= 0 && from + i < first; i = f.indexOf(verb, i + 1)) {
                if (Words.standsAlone(f, i, verb.length())) {
                    first = from + i;
                    break;
                }
            }
        }
        return first;
    }

    /**
     * "| 5 | Báo cáo năm | Từ ngày 01/01 đến ngày 31/12 của năm báo cáo | Trước ngày 15/01 năm sau |" under the header
     * "| TT | Loại báo cáo | Thời kỳ lấy số liệu | Thời hạn gửi báo cáo |": an expression opening a table's cell whose
     * column is headed by the period the figures cover ({@code data-periods.txt}) is that period, no due; one under
     * a planned time ("Thời gian (dự kiến)") is an event's.
     */
    private static boolean underDataPeriodHeader(String text, int start) {
        int b = start - 1;
        while (b >= 0 && text.charAt(b) == ' ') b--;
        if (b < 0 || text.charAt(b) != '|') return false;
        int lineStart = PipeRows.lineStart(text, b);
        if (!PipeRows.isRow(text, lineStart)) return false;
        int column = -1; // the cell's index among the row's cells: the bars before it, less the opening one
        for (int i = lineStart; i <= b; i++) if (text.charAt(i) == '|') column++;
        // the table's first row: the rows above, up to the first (at most a page's worth of rows back)
        int header = lineStart;
        for (int rows = 0; rows < MAX_ROWS_UP; rows++) {
            int above = PipeRows.rowAbove(text, header);
            if (above < 0) break;
            header = above;
        }
        if (header == lineStart) return false;
        List<String> cells = PipeRows.cells(text, header);
        if (column >= cells.size()) return false;
        String cell = Words.fold(cells.get(column));
        // "| Hoạt động | Thời gian (dự kiến) | Địa điểm |": a schedule's planned times are events, no dues
        if (cell.contains(PLANNED)) return true;
        // (the lexicon's shortest words, "tính", say it only before a date in a sentence, not as a header)
        for (String n : DATA_PERIODS) {
            if (n.length() > 4 && (cell.endsWith(n) || cell.startsWith(n))) return true;
        }
        return false;
    }

    /** How many rows above its own a due's cell looks for its table's header. */
    private static final int MAX_ROWS_UP = 60;

    private static boolean inAny(List<int[]> ranges, int at) {
        for (int[] r : ranges) if (at >= r[0] && at < r[1]) return true;
        return false;
    }

    private static boolean excludedContext(String text, int start, int[] planned) {
        if (underDataPeriodHeader(text, start)) return true;
        String before = Words.fold(text.substring(Math.max(0, start - 40), start));
        // the words of the expression's own clause: "thống nhất danh sách ... và dự kiến số lượng bổ sung; hoàn thành
        // trước ngày 15/5/2026" is a due ("dự kiến" belongs to the clause before)
        int clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
        if (clause >= 0) before = before.substring(clause + 1);
        // "Việc sơ tán bắt đầu từ 8 giờ 00 và phải hoàn thành trước 18 giờ 00 ngày 12/9/2026": the start is the first
        // verb's, the due the second's
        int and = before.lastIndexOf(" và ");
        if (and >= 0 && COMPLETING_AFTER_AND.matcher(before).region(and + 4, before.length()).lookingAt()) {
            before = before.substring(and + 4);
        }
        // "... dàn dựng chương trình nghệ thuật Lễ khai mạc, bế mạc, hoàn thành dàn dựng trước ngày 15/6/2026": after a
        // comma too, the completing verb opens the due's own phrase; the event named before is another verb's object
        int comma = before.lastIndexOf(", ");
        if (comma >= 0 && COMPLETING_AFTER_AND.matcher(before).region(comma + 2, before.length()).lookingAt()) {
            before = before.substring(comma + 2);
        }
        // "Số liệu báo cáo tính từ ngày ... đến ngày ...": the period the figures cover, right before the expression
        int end = before.length();
        while (end > 0 && (before.charAt(end - 1) == ' ' || before.charAt(end - 1) == ':')) end--;
        for (String n : DATA_PERIODS) {
            int at = end - n.length();
            if (at >= 0 && before.startsWith(n, at) && (at == 0 || before.charAt(at - 1) == ' ')) return true;
        }
        // with the expression's first word: "Đại hội được tổ chức vào quý II/2027" ("vào quý ..." read as a period)
        int word = start;
        while (word < text.length() && word < start + 8 && Character.isLetter(text.charAt(word))) word++;
        // spaces run together: "(dự\n\nkiến tổ chức trong tháng 12/2027)", a phrase broken over a page's blank line
        String around = Words.collapseSpaces(before + Words.fold(text.substring(start, word)));
        for (String n : NOT_DEADLINE) {
            if (around.contains(n)) return true;
        }
        return plannedFarBefore(text, start, planned);
    }

    /** {@code likelihood-after.txt}, folded. */
    private static final List<String> LIKELIHOODS = Words.folded(DeadlineExtractor.class, "likelihood-after.txt");
    private static final int LIKELIHOOD_REACH = 60;

    /**
     * "từ nay đến hết tháng 02/2026 trên địa bàn tỉnh có khả năng xuất hiện ...": the words after the time, up to its
     * clause's end, say what is likely in the period: no due.
     */
    private static boolean likelihoodAfter(String text, int end) {
        int to = Math.min(text.length(), end + LIKELIHOOD_REACH);
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '.' || c == '\n' || c == ',') {
                to = i;
                break;
            }
        }
        // (every phrase of likelihood-after.txt holds "có" or "nguy": most clauses are let out without folding them)
        if (to <= end || !containsIn(text, "có", end, to) && !containsIn(text, "nguy", end, to)) return false;
        String after = Words.fold(text.substring(end, to));
        for (String l : LIKELIHOODS) if (after.contains(l)) return true;
        return false;
    }

    /** Whether {@code word} stands in {@code text[from, to)}: a bounded search, never the rest of the text. */
    private static boolean containsIn(String text, String word, int from, int to) {
        for (int i = from; i + word.length() <= to; i++) {
            if (text.charAt(i) == word.charAt(0) && text.startsWith(word, i)) return true;
        }
        return false;
    }

    /** What a second verb joined by "và" opens with when it completes: "(phải) hoàn thành", "(phải) xong". */
    private static final Pattern COMPLETING_AFTER_AND = Pattern.compile("(?:phải\\s+)?(?:hoàn thành|xong)(?![\\p{L}])");

    /** Where "dự kiến" starts in the text, in the cases it is printed in, in order: one pass, not one per due. */
    private static int[] plannedStarts(String text) {
        int[] out = new int[8];
        int n = 0;
        for (String form : PLANNED_FORMS) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                if (n == out.length) out = Arrays.copyOf(out, 2 * n);
                out[n++] = at;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * "Ban Thường vụ Đảng ủy dự kiến sơ kết 01 năm thực hiện Chỉ thị 52 vào tháng 9/2026": a plan's verb phrase may
     * be longer than the 40 chars the other contexts are looked for in. "dự kiến" further back counts while no comma
     * or bracket parts it from the time (a list's next item, or a due of its own, comes after one).
     */
    private static boolean plannedFarBefore(String text, int start, int[] planned) {
        int from = Math.max(0, start - PLANNED_REACH);
        // the last "dự kiến" starting before start - 40 (from start - 40 on, the near look has seen it)
        int k = Arrays.binarySearch(planned, start - 40);
        int before = k >= 0 ? k - 1 : -k - 2;
        if (before < 0 || planned[before] < from) return false;
        int at = planned[before];
        for (int i = at + PLANNED.length(); i < start; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == '.' && i + 1 < start && text.charAt(i + 1) == ' ') return false;
            if (c == '\n') return false;
        }
        return at == 0 || !Character.isLetter(text.charAt(at - 1));
    }

    private static final String PLANNED = "dự kiến";
    private static final List<String> PLANNED_FORMS = List.of(PLANNED, "Dự kiến", "DỰ KIẾN");
    private static final int PLANNED_REACH = 100;

    /** Whether at most one word ("Riêng", "Cũng") stands between the sentence's start and {@code at}. */
    private static boolean opensItsSentence(String text, int at, Outline outline) {
        int from = sentence(text, at, outline)[0];
        return Words.splitCount(text.substring(from, at).strip()) <= 1;
    }

    /** Overlapping matches: the earliest start wins, then the longest. */
    private static List<Due> dedupe(List<Due> dues) {
        dues.sort(Comparator.comparingInt(Due::start).thenComparing(Comparator.comparingInt(Due::end).reversed()));
        List<Due> out = new ArrayList<>();
        // every kept due starts at or before d, so a non-empty d overlaps one exactly when the furthest kept end
        // passes d's start: one comparison instead of a walk over all kept dues
        int furthestEnd = Integer.MIN_VALUE;
        for (Due d : dues) {
            boolean overlaps = false;
            if (d.start() < d.end()) {
                overlaps = furthestEnd > d.start();
            } else {
                for (Due o : out) {
                    if (d.start() < o.end() && o.start() < d.end()) {
                        overlaps = true;
                        break;
                    }
                }
            }
            if (!overlaps) {
                out.add(d);
                furthestEnd = Math.max(furthestEnd, d.end());
            }
        }
        return out;
    }

    /** The clause around an offset: between the nearest sentence ends or semicolons. */
    private static int[] clause(String text, int at) {
        int s = at;
        while (s > 0 && !isClauseEnd(text, s - 1)) s--;
        int e = at;
        while (e < text.length() && !isClauseEnd(text, e)) e++;
        return new int[] {s, e};
    }

    private static boolean isClauseEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == ';') return true;
        // a task table's row ends its clause: "hằng năm" in one row's time cell is not the next row's recurrence
        if (c == '\n') return i + 1 < text.length() && text.charAt(i + 1) == '|';
        if (c == '.' || c == '!' || c == '?') {
            return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        }
        return false;
    }

    /**
     * End of each list of periods ("định kỳ 6 tháng, hằng năm"), by list number (the index of the list's first
     * period): the furthest end of its members, in one pass rather than a pass per period.
     */
    private static int[] listEnds(List<Period> recurrences) {
        int[] ends = new int[recurrences.size()];
        Arrays.fill(ends, Integer.MIN_VALUE);
        for (Period r : recurrences) ends[r.list()] = Math.max(ends[r.list()], r.end());
        return ends;
    }

    /**
     * A period word found in the text ("hằng quý", "6 tháng", "năm"), the recurrence it names, the list of periods it
     * belongs to (the index of the list's first member), and whether it names a report by its period ("báo cáo năm")
     * rather than stating a recurrence ("định kỳ", "hằng").
     */
    private record Period(int start, int end, String recurrence, int list, boolean reportPeriod) {}

    /**
     * "Thời gian: Quý I hằng năm", "trong tháng 12 hằng năm": a quarter or month printed without a year and right
     * before "hằng năm" is due in every year.
     */
    private static boolean periodOfEachYear(String text, Due d, int rStart, String rec) {
        if (!"annual".equals(rec) || d.when().year() != 0 || d.when().month() <= 0 || d.end() > rStart) return false;
        // on the same line: a table's time cell "trong quý I" is not the period of "Định kỳ hằng năm" below it
        for (int i = d.end(); i < rStart; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') return false;
        }
        return true;
    }

    /** A report named by its period: "báo cáo năm", "báo cáo 6 tháng" (not "báo cáo năm 2026", "báo cáo năm học"). */
    private static final Pattern NAMED_REPORT = Pattern.compile(
            "(?<![\\p{L}])báo\\s+cáo\\s+(năm|(?:06|6|sáu)\\s+tháng)(?![\\p{L}\\d/])(?!\\s*(?:\\d|học(?![\\p{L}])|nay|trước\\s+đó))",
            FLAGS);
    /** How far before its day a report's period word may stand in its clause. */
    private static final int NAMED_REPORT_REACH = 160;

    /**
     * "báo cáo năm gửi Sở Nông nghiệp và Môi trường trước ngày 05/12", "Báo cáo năm của Sở Y tế gửi trước ngày 20/12":
     * a day and month (no year) due in a clause that names a report by its period, earlier in the clause with other
     * words between, comes with that period ("annual", "semiannual"); null when the clause names none.
     */
    private static String namedReportPeriod(String text, Due d) {
        // "định kỳ báo cáo ... như sau: ...; báo cáo 6 tháng trước ngày 15/6/2026; báo cáo năm trước ngày
        // 15/11/2026": under a periodic framing a named report's day with its year printed is its first occurrence
        if (!onceOnDay(d)) return null;
        if (d.when().year() != 0 && (d.when().day() == 0 || !periodicFraming(text, d.start()))) return null;
        int[] clause = clause(text, d.start());
        int from = Math.max(clause[0], d.start() - NAMED_REPORT_REACH);
        Matcher m = NAMED_REPORT.matcher(text).region(from, d.start());
        String found = null;
        while (m.find()) found = Words.fold(m.group(1)).equals("năm") ? "annual" : "semiannual";
        return found;
    }

    /** "năm sau", "của năm sau", "năm sau kỳ báo cáo" right after a day: the year after the one reported on. */
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s*(?:của\\s+)?năm\\s+(?:sau|kế\\s+tiếp|tiếp\\s+theo)(?![\\p{L}])", FLAGS);

    /**
     * A day and month printed with "năm sau": in a clause that reports ("trình Bộ trưởng báo cáo năm ... trước ngày 31
     * tháng 01 của năm sau kỳ báo cáo", "gửi báo cáo tổng hợp trước ngày 15 tháng 01 năm sau") the day in the year
     * after the one reported on, which comes each year though the period word stands far or is not printed; in
     * another clause the day of the year after the document's.
     */
    private static boolean inYearAfter(String text, Due d) {
        return onceOnDayWithoutYear(d) && YEAR_AFTER.matcher(text).region(d.end(), text.length()).lookingAt();
    }

    /** A due read once so far, on a day and month printed without a year ("trước ngày 05/12"). */
    private static boolean onceOnDayWithoutYear(Due d) {
        return onceOnDay(d) && d.when().year() == 0;
    }

    /** A due once, on a day of a month (no period, no recurrence read yet). */
    private static boolean onceOnDay(Due d) {
        return d.recurrence() == null && d.when() != null && d.when().month() > 0 && !d.when().period();
    }


    /** How far back in its paragraph a periodic framing ("định kỳ") of a report's day may stand. */
    private static final int PERIODIC_REACH = 300;
    private static final Pattern PERIODIC = Pattern.compile("(?<![\\p{L}])định\\s+kỳ(?![\\p{L}])", FLAGS);

    /** Whether "định kỳ" stands before {@code at} in its paragraph, within {@link #PERIODIC_REACH}. */
    private static boolean periodicFraming(String text, int at) {
        int from = Math.max(Math.max(0, at - PERIODIC_REACH), text.lastIndexOf('\n', at - 1) + 1);
        return PERIODIC.matcher(text).region(from, at).find();
    }

    private static final Pattern NAMED_YEAR = Pattern.compile("(?<![\\p{L}])năm\\s+((?:19|20)\\d{2})(?!\\d)", FLAGS);

    /** The last year named ("năm 2026") in the clause before {@code at} that no "hằng năm" frames; 0 when none is. */
    private static int yearNamedBefore(String text, int at) {
        int[] clause = clause(text, at);
        String before = text.substring(clause[0], at);
        if (Words.fold(before).contains("hằng năm") || Words.fold(before).contains("hàng năm")) return 0;
        Matcher m = NAMED_YEAR.matcher(before);
        int year = 0;
        while (m.find()) year = Integer.parseInt(m.group(1));
        return year;
    }

    private static boolean reportsInClause(String text, int at) {
        int[] clause = clause(text, at);
        return REPORT.matcher(text).region(clause[0], clause[1]).find();
    }

    /** How far before its period a recurring day may open ("ngày 20 tháng 12 năm" and spaces). */
    private static final int RECURRING_DAY_SPAN = 28;

    /** Whether one of {@code dues} ends right before {@code rStart}, only spaces between. */
    private static boolean endsRightBefore(String text, List<Due> dues, int rStart) {
        for (Due d : dues) {
            if (d.end() <= rStart && text.substring(d.end(), rStart).isBlank()) return true;
        }
        return false;
    }

    /**
     * "báo cáo 6 tháng và năm trước ngày 05/6 và ngày 05/12 hằng năm": a period printed right after a date whose
     * recurrence is already read (here paired with "năm") only repeats it, and is no deadline of its own.
     */
    private static boolean followsRecurringDue(String text, List<Due> kept, int rStart) {
        int last = firstStartingAt(kept, rStart) - 1; // the due that starts last before the period
        if (last < 0) return false;
        Due d = kept.get(last);
        return d.recurrence() != null && d.end() <= rStart && text.substring(d.end(), rStart).isBlank();
    }

    /**
     * "báo cáo kết quả vào ngày 20 tháng 5 hằng năm", "định kỳ ngày 15 hằng tháng gửi báo cáo": a day printed right
     * before its period is a recurring reporting date, though no trigger ("trước", "chậm nhất") opens it. Only in a
     * clause that reports: a day that recurs without one is an event's ("Ngày hội ... vào ngày 18/11 hằng năm").
     */
    private static Due recurringDayBefore(String text, int rStart, int rEnd, String rec, int[] clause) {
        int from = Math.max(clause[0], rStart - RECURRING_DAY_SPAN);
        String window = Words.fold(text.substring(from, rStart));
        int at = window.lastIndexOf("ngày");
        if (at < 0 || at > 0 && Character.isLetter(window.charAt(at - 1))) return null;
        Optional<TimeExpressions.Parsed> day = TimeExpressions.day(text, from + at);
        // the day ends where the period begins, spaces between (a day running into the period is none of this)
        if (day.isEmpty() || day.get().end() > rStart || !text.substring(day.get().end(), rStart).isBlank()) return null;
        if (day.get().month() == 0 || !REPORT.matcher(text).region(clause[0], clause[1]).find()) return null;
        return new Due(from + at, rEnd, day.get(), rec);
    }

    /** "hằng tháng vào ngày 25", "hằng năm, vào ngày 15/12": what may stand between a period and its day. */
    private static final Pattern TO_DAY_AFTER = Pattern.compile("\\s*,?\\s*(?:vào\\s+)?(?=ngày)", FLAGS);
    /** "vào ngày" further on in a recurring report's clause. */
    private static final Pattern ON_DAY = Pattern.compile("(?<![\\p{L}])vào\\s+(?=ngày)", FLAGS);

    /**
     * "Báo cáo tình hình hằng tháng vào ngày 25 về Phòng X": the reporting day printed right after its period,
     * as {@link #recurringDayBefore} reads one printed before it; a monthly period's day may stand alone.
     */
    private static Due recurringDayAfter(String text, int rStart, int rEnd, String rec, int[] clause) {
        Matcher gap = TO_DAY_AFTER.matcher(text).region(rEnd, clause[1]);
        int dayAt;
        if (gap.lookingAt()) {
            dayAt = gap.end();
        } else {
            // "Hằng tháng, báo cáo tình hình ... về Ban Giám hiệu vào ngày 28": the day at the end of the report's clause
            Matcher on = ON_DAY.matcher(text).region(rEnd, clause[1]);
            if (!on.find()) return null;
            dayAt = on.end();
        }
        Optional<TimeExpressions.Parsed> day = TimeExpressions.day(text, dayAt);
        if (day.isPresent() && day.get().month() == 0) day = Optional.empty();
        if (day.isEmpty() && "monthly".equals(rec)) day = TimeExpressions.dayOfEveryMonth(text, dayAt);
        if (day.isEmpty() || day.get().end() > clause[1]) return null;
        if (!REPORT.matcher(text).region(clause[0], clause[1]).find()) return null;
        return new Due(rStart, day.get().end(), day.get(), rec);
    }

    private static boolean reports(String text, int start, int end, int listEnd, int[] clause) {
        Matcher m = REPORT.matcher(text).region(clause[0], clause[1]);
        while (m.find()) {
            // "chương trình công tác hằng năm, định kỳ hằng quý báo cáo ...": the nearer period owns the report
            if (m.start() >= end && m.start() - end <= 120
                    && (listEnd >= m.start() || !RECURRENCE.matcher(text).region(listEnd, m.start()).find())) {
                return true;
            }
            if (m.end() <= start && start - m.end() <= 60) return true;
            // "Báo cáo tình hình dịch bệnh về UBND phường (qua Phòng ...) định kỳ hằng tháng": the clause's own verb
            // is the report, however long its object
            // (on the period's own line: a heading above its items opens no clause of theirs)
            if (m.end() <= start && opensClause(text, clause[0], m.start()) && !hasLineBreak(text, m.end(), start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line break stands in [from, to): a search bounded by the two, never the rest of the text. */
    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n') return true;
        return false;
    }

    /** How long an item's marker and the spaces around it may be ("- ", "a) ", "1.2. "). */
    private static final int MARKER_REACH = 12;

    /** True when only spaces, a bullet or an item's marker stand in [from, at). */
    private static boolean opensClause(String text, int from, int at) {
        if (at - from > MARKER_REACH) return false;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            boolean mark = Character.isWhitespace(c) || Character.isDigit(c) || "-+•).".indexOf(c) >= 0;
            // an item's letter ("a)") stands alone; two letters are a word
            boolean itemLetter = Character.isLetter(c) && !(i + 1 < at && Character.isLetter(text.charAt(i + 1)));
            if (!mark && !itemLetter) return false;
        }
        return true;
    }

    /** The sentence containing an offset, bounded by its paragraph. */
    private static int[] sentence(String text, int at, Outline outline) {
        int i = outline.indexAt(at);
        int lo = i >= 0 ? outline.paragraphs().get(i).start() : 0;
        int hi = i >= 0 ? outline.paragraphs().get(i).end() : text.length();
        int s = at;
        while (s > lo && !(isSentenceEnd(text, s - 1))) s--;
        int e = at;
        while (e < hi && !isSentenceEnd(text, e)) e++;
        return new int[] {s, Math.max(e, at)};
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?') {
            return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        }
        return false;
    }

    /** The actors the sentence names: after "Yêu cầu"/"Đề nghị"/"Giao", or its subject when it opens with a unit. */
    /** Compiled once: String.replaceFirst compiled it for every deadline. */
    private static final Pattern LEADING_BULLET = Pattern.compile("^[-+•]\\s*");

    /**
     * A sentence or the part of it before a deadline, as the sentence readers read it: spaces collapsed, its words
     * ready for the verb patterns. Made once for the two or three readers of a deadline that ask the same part
     * (each collapsed and prepared it again, and scanned it trying every char).
     */
    private record Read(String s, AnchoredPattern.Prepared words) {
        static Read of(String raw) {
            String s = Words.collapseSpaces(raw);
            return new Read(s, AnchoredPattern.prepare(s));
        }
    }

    static List<String> actors(String before) {
        return actors(Read.of(before));
    }

    private static List<String> actors(Read before) {
        String s = before.s();
        String phrase = null;
        AnchoredPattern.Scan verbs = ACTOR_VERB_AT.scan(before.words());
        Matcher v = verbs.matcher();
        while (verbs.find()) {
            String rest = s.substring(v.end());
            int head = UnitNames.headLength(rest);
            if (head > 0) phrase = rest.substring(0, UnitNames.nameEnd(rest, head));
        }
        if (phrase == null) {
            String trimmed = LEADING_BULLET.matcher(s.strip()).replaceFirst("");
            int head = UnitNames.headLength(trimmed);
            if (head > 0 && Character.isUpperCase(trimmed.codePointAt(0))) {
                phrase = trimmed.substring(0, UnitNames.nameEnd(trimmed, head));
            }
        }
        if (phrase == null || phrase.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        int from = 0;
        Matcher split = SPLIT_ACTORS.matcher(phrase);
        while (split.find()) {
            String after = phrase.substring(split.end());
            boolean second = after.regionMatches(true, 0, "các ", 0, 4) && phrase.substring(0, split.start()).toLowerCase()
                    .contains("các ");
            if (UnitNames.headLength(after) > 0 && (second || !after.regionMatches(true, 0, "các ", 0, 4))
                    && !UnitExtractor.joinsOneOffice(phrase.substring(from, split.start()), after)) {
                add(out, phrase.substring(from, split.start()));
                from = split.end();
            }
        }
        add(out, phrase.substring(from));
        return out;
    }

    private static void add(List<String> out, String raw) {
        String c = UnitNames.clean(raw);
        if (!c.isEmpty() && UnitNames.headLength(c) > 0) out.add(UnitNames.capitalise(c));
    }

    /** The reported action ("báo cáo kết quả ..."), else the words just before the time expression. */
    static String action(String before) {
        return action(Read.of(before));
    }

    private static String action(Read before) {
        String s = before.s();
        AnchoredPattern.Scan reports = REPORT_AT.scan(before.words());
        Matcher rep = reports.matcher();
        if (reports.find()) {
            String rest = s.substring(rep.start());
            Matcher stop = ACTION_STOP.matcher(rest);
            int end = stop.find(7) ? stop.start() : rest.length();
            return UnitNames.clean(rest.substring(0, end));
        }
        int from = Math.max(Math.max(s.lastIndexOf(';'), s.lastIndexOf(',')), s.lastIndexOf(':')) + 1;
        String a = UnitNames.clean(s.substring(from));
        int head = UnitNames.headLength(a);
        if (head > 0) a = UnitNames.clean(a.substring(Math.min(a.length(), UnitNames.nameEnd(a, head))));
        if (a.isEmpty()) return null;
        return a.length() > 160 ? a.substring(a.length() - 160).strip() : a;
    }

    /** The body a report goes to ("về UBND huyện (qua ...)" -> "UBND huyện"). */
    static String reportTo(String sentence) {
        return reportTo(Read.of(sentence));
    }

    private static String reportTo(Read sentence) {
        String s = sentence.s();
        AnchoredPattern.Scan reports = REPORT_AT.scan(sentence.words());
        Matcher rep = reports.matcher();
        if (!reports.find()) return null;
        String direct = s.substring(rep.end()).stripLeading();
        int directHead = UnitNames.headLength(direct);
        if (directHead > 0 && Character.isUpperCase(direct.codePointAt(0))) {
            // "báo cáo UBND xã trước ngày ...": the body follows the verb directly
            Matcher stop = REPORT_TO_STOP.matcher(direct);
            int end = stop.find(directHead) ? stop.start() : direct.length();
            String r = UnitNames.clean(direct.substring(0, end));
            if (!r.isEmpty()) return r;
        }
        Matcher to = SENT_TO.matcher(s);
        to.region(rep.end(), s.length());
        while (to.find()) {
            String rest = s.substring(to.end());
            int head = UnitNames.headLength(rest);
            if (head == 0) continue;
            Matcher stop = REPORT_TO_STOP.matcher(rest);
            int end = stop.find(head) ? stop.start() : rest.length();
            String r = UnitNames.clean(rest.substring(0, end));
            return r.isEmpty() ? null : r;
        }
        return null;
    }

    /** The heading unit(s) of the item that encloses an offset, when the deadline's sentence names no actor. */
    private static List<String> enclosingUnit(Outline outline, int at, Map<Integer, List<String>> leadNames) {
        int i = outline.indexAt(at);
        if (i < 0) return List.of();
        int rank = outline.paragraphs().get(i).rank();
        boolean siblings = true; // still among the deadline's own siblings, before its parent
        for (int j = i; j >= 0; j--) {
            Paragraph p = outline.paragraphs().get(j);
            if (j < i && siblings && p.rank() == rank && leadNames.get(j) != null
                    && UnitExtractor.opensWithLeadLabel(p.text())) {
                // "- Đơn vị thực hiện: Phòng Nội vụ." / "- Thời gian hoàn thành: Quý II/2026.": the task's label
                return new ArrayList<>(leadNames.get(j));
            }
            if (j < i && p.marker() == Outline.Marker.NONE && !p.caps() && p.text().endsWith(":")) {
                // "Trạm Y tế xã:" / "- Tổng hợp, báo cáo ... trước ngày 20/5": an unmarked heading that ends in a
                // colon heads the items under it, whatever their marks ("Thực hiện các nhiệm vụ sau:", naming no
                // unit, is passed by)
                List<String> names = leadNames.get(j);
                if (names != null) return new ArrayList<>(names);
            }
            if (j < i && p.rank() < rank) siblings = false;
            if (j < i && p.rank() >= rank) continue;
            List<String> names = leadNames.get(j);
            if (names != null) return new ArrayList<>(names);
            if (p.rank() <= 1) break;
            rank = Math.min(rank, p.rank());
        }
        return List.of();
    }

    /**
     * For each paragraph that holds mentions of lead units, their names: a unit's name once per mention in it, units
     * in their order. Built once a text instead of walking every unit's mentions for each paragraph looked at.
     */
    private static Map<Integer, List<String>> leadNamesByParagraph(Outline outline, List<Unit> units) {
        Map<Integer, List<String>> out = new HashMap<>();
        for (Unit u : units) {
            if (!u.lead()) continue;
            for (Mention mention : u.mentions()) {
                int i = outline.indexAt(mention.start());
                if (i < 0 || mention.start() >= outline.paragraphs().get(i).end()) continue;
                out.computeIfAbsent(i, k -> new ArrayList<>()).add(u.name());
            }
        }
        return out;
    }

    private static void addTableRows(String text, PageMap pages, YearContext years, List<Deadline> out) {
        Spans known = new Spans();
        TreeMap<Integer, Integer> indexByStart = new TreeMap<>();
        for (int i = 0; i < out.size(); i++) {
            Deadline d = out.get(i);
            known.add(d.start(), d.end());
            indexByStart.putIfAbsent(d.start(), i);
        }
        List<TaskTable.Row> rows = TaskTable.rows(text);
        int[][] rowTimes = rowTimeSpans(rows);
        Map<String, List<List<String>>> prose = statedOutsideRows(out, rowTimes);
        for (TaskTable.Row row : rows) {
            if (row.time() == null) continue;
            Optional<TimeExpressions.Parsed> p = TimeColumn.parse(row.time());
            int cellStart = row.timeStart();
            int cellEnd = row.timeEnd(p.isPresent() ? p.get().end() : row.time().length());
            List<String> units = new ArrayList<>();
            if (row.lead() != null) {
                List<String> names = UnitExtractor.leadCellNames(row.lead());
                if (names.isEmpty()) names = List.of(row.lead().split(";"));
                for (String part : names) add(units, part);
            }
            // "Hằng tháng, trước ngày 10 tháng sau": a day of every month (the text's reading took the period alone)
            Optional<TimeExpressions.Parsed> monthly = p.isEmpty() ? monthlyDayCell(row.time()) : Optional.empty();
            String monthlyDate = monthly.map(m -> resolve(m, "monthly", years)).orElse(null);
            if (monthlyDate != null) {
                int end = row.timeEnd(row.time().strip().length());
                Deadline dated = new Deadline(monthlyDate, "monthly", null, units, null, row.time().strip(), cellStart,
                        end, pages.pageOf(cellStart));
                // in the place of the period, or the day, read alone from the cell, if either was (the indices read
                // above stay as they are): one deadline a row
                int read = -1;
                for (int k = 0; k < out.size() && read < 0; k++) {
                    Deadline d = out.get(k);
                    if (d.start() < end && d.end() > cellStart) read = k;
                }
                if (read >= 0) out.set(read, dated);
                else out.add(dated);
                known.add(cellStart, end);
                continue;
            }
            if (known.overlaps(cellStart, cellEnd)) {
                // "Trước ngày 30/6/2025" in a time cell was read with the text already, as a sentence: the units and
                // the action it found there are the row's other cells run together; the row's lead is its unit
                Map.Entry<Integer, Integer> read = indexByStart.ceilingEntry(cellStart);
                if (read != null && read.getKey() < row.timeEnd(row.time().length()) && !units.isEmpty()) {
                    Deadline d = out.get(read.getValue());
                    out.set(read.getValue(), new Deadline(d.date(), d.recurrence(), null, units, d.reportTo(),
                            d.text(), d.start(), d.end(), d.page()));
                }
                continue;
            }
            if (p.isEmpty()) {
                // "| 5 | Khảo sát, báo cáo kết quả ... | Phòng Quản lý chất lượng | ... | Hằng quý |": a report's row whose
                // time is its period is a recurring report with no day
                String rec = reportPeriodCell(text, row, cellStart);
                if (rec != null) {
                    out.add(new Deadline(null, rec, null, units, null, row.time().strip(), cellStart,
                            row.timeEnd(row.time().strip().length()), pages.pageOf(cellStart)));
                    known.add(cellStart, cellEnd);
                }
                continue;
            }
            String rec = eachYear(row.time(), p.get().end(), p.get());
            String date = resolve(p.get(), rec, years);
            if (date == null) continue;
            out.add(new Deadline(date, rec, null, units, null, row.time().substring(0, p.get().end()), cellStart,
                    cellEnd, pages.pageOf(cellStart)));
            known.add(cellStart, cellEnd);
        }
        // "c) Định kỳ trước ngày 20/12 hằng năm, Sở Công Thương báo cáo ..." and the appendix's row of the same body
        // due the same day: one obligation, stated twice; the text's statement stays
        if (!prose.isEmpty()) {
            out.removeIf(d -> inRowTime(d, rowTimes) && sameObligation(prose, d));
        }
        // a table one cell a line with empty or wrapped cells: its time cells, where no row above was read
        List<TimeColumn.Cell> cells = new ArrayList<>(TimeColumn.cells(text));
        cells.addAll(TimeColumn.labelled(text));
        for (TimeColumn.Cell cell : cells) {
            if (known.overlaps(cell.start(), cell.end())) continue;
            String rec = eachYear(text, cell.end(), cell.when());
            String date = resolve(cell.when(), rec, years);
            if (date == null) continue;
            out.add(new Deadline(date, rec, null, List.of(), null, text.substring(cell.start(), cell.end()),
                    cell.start(), cell.end(), pages.pageOf(cell.start())));
            known.add(cell.start(), cell.end());
        }
        out.sort(Comparator.comparingInt(Deadline::start));
    }

    /** The rows' time cells as {start, end}, in text order (rows do not overlap). */
    private static int[][] rowTimeSpans(List<TaskTable.Row> rows) {
        List<int[]> spans = new ArrayList<>();
        for (TaskTable.Row row : rows) {
            if (row.time() != null) spans.add(new int[] {row.timeStart(), row.timeEnd(row.time().length())});
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        return spans.toArray(new int[0][]);
    }

    /**
     * The units of each deadline read from the text outside the rows' time cells, by its date and recurrence: one
     * look-up per row's deadline, not a walk over all the text's (a merged archive holds thousands of both).
     */
    private static Map<String, List<List<String>>> statedOutsideRows(List<Deadline> read, int[][] rowTimes) {
        Map<String, List<List<String>>> out = new HashMap<>();
        if (rowTimes.length == 0) return out;
        for (Deadline d : read) {
            if (d.date() == null || d.units().isEmpty() || inRowTime(d, rowTimes)) continue;
            out.computeIfAbsent(d.date() + "|" + d.recurrence(), k -> new ArrayList<>()).add(d.units());
        }
        return out;
    }

    /** Whether the deadline overlaps a row's time cell: the last cell starting before its end, found by halving. */
    private static boolean inRowTime(Deadline d, int[][] rowTimes) {
        int lo = 0;
        int hi = rowTimes.length - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (rowTimes[mid][0] < d.end()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && rowTimes[last][1] > d.start();
    }

    /** Whether a deadline read from the text is due the same day, recurs the same way and binds one of the units. */
    private static boolean sameObligation(Map<String, List<List<String>>> prose, Deadline row) {
        if (row.date() == null || row.units().isEmpty()) return false;
        List<List<String>> stated = prose.get(row.date() + "|" + row.recurrence());
        if (stated == null) return false;
        for (List<String> units : stated) {
            for (String u : units) if (row.units().contains(u)) return true;
        }
        return false;
    }

    private static final Pattern MONTHLY_DAY_CELL = Pattern.compile(
            "(?:định\\s+kỳ\\s+)?(?:hàng|hằng|mỗi)\\s+tháng\\s*,?\\s*(?:trước|chậm\\s+nhất(?:\\s+là)?|vào)\\s+(?:ngày\\s+)?"
                    + "(\\d{1,2})(?:\\s+(?:của\\s+)?tháng\\s+(?:sau|tiếp\\s+theo))?(?![\\d/\\p{L}])", FLAGS);

    /** The day of a time cell "Hằng tháng, trước ngày 10 tháng sau", "Định kỳ hằng tháng, chậm nhất ngày 05". */
    private static Optional<TimeExpressions.Parsed> monthlyDayCell(String cell) {
        Matcher m = MONTHLY_DAY_CELL.matcher(cell.strip());
        if (!m.lookingAt()) return Optional.empty();
        int day = Integer.parseInt(m.group(1));
        return day >= 1 && day <= 31 ? Optional.of(new TimeExpressions.Parsed(m.end(), day, -1, 0, false)) : Optional.empty();
    }

    /**
     * The recurrence of a row's time cell that is a period alone ("Hằng quý", "Định kỳ 6 tháng"), when the row (its
     * line) reports; else null.
     */
    private static String reportPeriodCell(String text, TaskTable.Row row, int cellStart) {
        Matcher r = RECURRENCE.matcher(row.time().strip());
        if (!r.matches()) return null;
        String rec = recurrence(r);
        if (rec == null) return null;
        int lineStart = Math.max(Math.max(0, cellStart - 2000), text.lastIndexOf('\n', cellStart - 1) + 1);
        return REPORT.matcher(text).region(lineStart, cellStart).find() ? rec : null;
    }

    private static final Pattern EACH_YEAR = Pattern.compile("\\s*(?:hàng|hằng|mỗi)\\s+năm(?![\\p{L}])", FLAGS);

    /**
     * "Quý I hằng năm" in a time cell: a quarter or month printed without its year and followed by "hằng năm" is due
     * every year ({@code "annual"}), as in a sentence ({@link #periodOfEachYear}); else null.
     */
    private static String eachYear(String text, int end, TimeExpressions.Parsed when) {
        if (when.year() != 0 || when.month() <= 0) return null;
        return EACH_YEAR.matcher(text).region(end, text.length()).lookingAt() ? "annual" : null;
    }

    /**
     * The spans of the deadlines found so far, for "does any overlap [start, end)?" without a walk over all of them:
     * a span can only overlap when it starts less than the longest span's length before {@code start}, so only the
     * spans starting in that window are looked at.
     */
    private static final class Spans {
        /** The furthest end of the spans starting at each offset. */
        private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();
        private long longest = Long.MIN_VALUE;

        void add(int start, int end) {
            endByStart.merge(start, end, Math::max);
            longest = Math.max(longest, (long) end - start);
        }

        /** Whether a span {@code s} has {@code s.start < end && start < s.end}. */
        boolean overlaps(int start, int end) {
            if (endByStart.isEmpty()) return false;
            // s.end > start and s.end - s.start <= longest give s.start > start - longest
            long from = Math.max((long) Integer.MIN_VALUE, start - longest);
            if (from > end) return false;
            for (int spanEnd : endByStart.subMap((int) from, false, end, false).values()) {
                if (start < spanEnd) return true;
            }
            return false;
        }
    }
}
