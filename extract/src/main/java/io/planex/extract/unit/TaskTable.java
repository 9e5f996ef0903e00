package io.planex.extract.unit;

import io.planex.extract.text.TextChars;
import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Task tables as text extraction gives them when cells are kept apart (tab or '|' between cells, one row a
 * line): the lead column ("Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan thực hiện") and the time column
 * ("Thời gian hoàn thành", "Thời hạn", "Tiến độ") of each row. The partner column ("phối hợp") is never a lead.
 */
public final class TaskTable {
    /**
     * One body row: the lead cell and the time cell (either may be null), with their source offsets. A cell that is a
     * ditto ({@link #isDitto}) holds the text of the cell above it; {@code timeLength} is the length of the time cell
     * as printed (the ditto's, for one).
     */
    public record Row(String lead, int leadStart, String time, int timeStart, int timeLength) {
        public Row(String lead, int leadStart, String time, int timeStart) {
            this(lead, leadStart, time, timeStart, time == null ? 0 : time.length());
        }

        /** The end of the time cell's first {@code length} chars in the source: all of a ditto's. */
        public int timeEnd(int length) {
            return timeStart + (time != null && timeLength != time.length() ? timeLength : length);
        }
    }

    /** The ditto marks, folded ({@code ditto-marks.txt}). */
    private static final java.util.Set<String> DITTOS = java.util.Set.copyOf(Words.folded(TaskTable.class,
            "ditto-marks.txt"));

    /** Whether a cell says "the same as above": "〃", "nt", "-nt-", "Như trên" (ditto-marks.txt). */
    public static boolean isDitto(String cell) {
        if (cell == null || cell.isEmpty() || cell.length() > 10) return false;
        String f = Words.fold(cell.strip());
        while (!f.isEmpty() && (f.charAt(f.length() - 1) == '.' || f.charAt(f.length() - 1) == ';')) {
            f = f.substring(0, f.length() - 1).strip();
        }
        return DITTOS.contains(f);
    }

    private static final Pattern LEAD_HEADER = Pattern.compile(
            "(?iu)^(?:(?:cơ quan|đơn vị|bộ phận|cơ quan, đơn vị)\\s*(?:chủ trì|thực hiện|thực hiện chính|chịu trách nhiệm|"
                    // a work programme's body that prepares a row's item ("Cơ quan chuẩn bị", "Cơ quan chủ trì chuẩn bị")
                    + "phụ trách|chuẩn bị)|chủ trì(?: thực hiện)?|đơn vị thực hiện|cơ quan chủ trì thực hiện)\\b.*");
    /** The words a time column's header opens with ("Thời gian hoàn thành", "Thời hạn", "Tiến độ thực hiện"). */
    public static final String TIME_WORDS =
            "(?:thời gian(?: hoàn thành| thực hiện)?|thời hạn(?: hoàn thành)?|tiến độ(?: thực hiện| hoàn thành)?"
                    // a work programme's months ("Tháng | Nội dung | Cơ quan chủ trì"): the cell says only that
                    + "|thời điểm(?: hoàn thành| thực hiện)?|tháng(?: thực hiện)?(?=\\s*$))";
    /**
     * What follows the time words of a schedule's header ({@code schedule-verbs.txt}, or "dự kiến" anywhere), as a
     * negative look-ahead: "Thời gian kiểm tra (dự kiến)" heads the days something is planned for.
     */
    public static final String NOT_A_SCHEDULE = "(?!\\s*(?:" + String.join("|", Words.raw(TaskTable.class,
            "schedule-verbs.txt").stream().map(Pattern::quote).toList()) + "))(?!.*dự kiến)";
    /**
     * A column of the time a task is due. Not a schedule of events ("Thời gian kiểm tra (dự kiến)", "Thời gian tổ
     * chức"): its days are when something is planned to happen, not deadlines.
     */
    private static final Pattern TIME_HEADER = Pattern.compile("(?iu)^" + TIME_WORDS + "\\b" + NOT_A_SCHEDULE + ".*");

    /** A time column's header of when a task starts ("Thời gian thực hiện Bắt đầu", "Ngày khởi công"). */
    private static final Pattern START_HEADER = Pattern.compile("(?iu)(?<![\\p{L}])(?:bắt đầu|khởi công|từ ngày)(?![\\p{L}])");

    private TaskTable() {}

    /** A cell of one line: its stripped text and its offset within the line. */
    private record Cell(String text, int start) {}

    /** Cells kept apart only by runs of spaces, as PDF text extraction prints a table: two or more spaces. */
    private static final Pattern SPACE_GAP = Pattern.compile(" {2,}|\t");
    static final Pattern GAP_BETWEEN_WORDS = Pattern.compile("\\S {2,}\\S");

    /** The rows last read on this thread, with their text: units and deadlines both read the rows of one text. */
    private record Read(String text, List<Row> rows) {}

    private static final ThreadLocal<Read> LAST = new ThreadLocal<>();

    /** The task rows of {@code text} (unmodifiable); read once for the same text instance asked twice in a row. */
    public static List<Row> rows(String text) {
        Read last = LAST.get();
        if (last != null && last.text() == text) return last.rows();
        List<Row> rows = Collections.unmodifiableList(read(text));
        LAST.set(new Read(text, rows));
        return rows;
    }

    /** {@code GAP_BETWEEN_WORDS.matcher(line).find()}; a match holds two spaces, and most lines have none. */
    static boolean hasGapBetweenWords(String line) {
        return line.contains("  ") && GAP_BETWEEN_WORDS.matcher(line).find();
    }

    private static List<Row> read(String text) {
        return read(text, false);
    }

    /** {@code reference}: every line copied first, as it was written (the tests compare both ways). */
    static List<Row> read(String text, boolean reference) {
        List<Row> out = new ArrayList<>();
        for (Vertical v : verticalTables(text, reference)) out.addAll(v.rows());
        out.addAll(FlatTaskRows.read(text));
        int lead = -1;
        int time = -1;
        String separator = null;
        int headerCells = 0;
        // the lead of the body row above: a lead cell merged down over the rows below it reaches the text once, in
        // its first row, the rows under it empty (a DOCX's continued cell, a PDF's spanning cell); null after a
        // header or a group row ("| II | Xã hội số | | |"), which no merged cell crosses
        String mergedLead = null;
        int mergedLeadStart = -1;
        // the time of the body row above, for a time cell that is a ditto of it ("〃": merged down over this row)
        String timeAbove = null;
        // an assignment matrix's header: by column, the body it names and where ("| TT | Nhiệm vụ | Sở Nội vụ | Sở Tài
        // chính | ... |", a row's "C" under a body making it the lead); null for a table with a lead column
        Cell[] matrix = null;
        // the line above was the table's header: a second header row may name the matrix's bodies under a cell
        // spanning them ("| TT | Nhiệm vụ | Phân công thực hiện | | | Thời gian |" / "| | | Sở Y tế | Sở Tài chính | ...")
        boolean headerAbove = false;
        int headerTrailingEmpty = 0;
        // a roadmap's periods as columns, a row's "x" marking those it is done in: years, months or quarters in a second
        // header row under its time column ("| Thời gian thực hiện | | |" / "| 2026 | 2027 | 2028 |"), or months or
        // quarters in the header's own row ("| Nhiệm vụ | Cơ quan chủ trì | Quý I | Quý II | Quý III | Quý IV |")
        PeriodGrid periods = null;
        // a table whose first column numbers its rows: a row with that cell empty goes on with the row above (a row
        // split over a page break, the header printed again between its parts)
        int numberColumn = -1;
        int lastRow = -1;
        // the cells of the last body row's line, where a wrapped cell's next line is put by its column
        List<Cell> lastCells = List.of();
        int pos = 0;
        // Lines read from the text's shared char array: a line with no '|', no tab and no two spaces in a row (most
        // lines) can hold no separator, and only whether it is blank matters; a copy of every line was most of
        // what reading the rows of a 24 MB text cost.
        char[] chars = reference ? null : TextChars.of(text);
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (!reference && !maySeparate(chars, pos, end)) {
                // a page's number between two rows ("| 2 | ... |" / "2" / "| 3 | ... |"): the table goes on over the page
                boolean blank = isBlank(chars, pos, end);
                boolean goesOnRow = !blank && lastRow >= 0 && continuesRow(text, pos, end, separator);
                if (goesOnRow && separator.equals("  ")) {
                    out.set(lastRow, withWrappedCells(out.get(lastRow), text.substring(pos, end), lastCells, lead, time));
                }
                if (!blank && !isPageNumber(text, pos, end) && !isRule(text, pos, end) && !goesOnRow) {
                    lead = -1;
                    time = -1;
                    separator = null;
                    mergedLead = null;
                    timeAbove = null;
                    matrix = null;
                    periods = null;
                }
                if (nl < 0) break;
                pos = nl + 1;
                continue;
            }
            String line = text.substring(pos, end);
            String sep = line.indexOf('|') >= 0 ? "|" : line.indexOf('\t') >= 0 ? "\t"
                    : (reference ? hasGapBetweenWords(line) : hasGapBetweenWords(chars, pos, end)) ? "  " : null;
            List<Cell> cells = sep == null ? List.of() : split(line, sep);
            // a space-separated line is a row only with three or more cells (prose has stray double spaces)
            if (sep != null && sep.equals("  ") && cells.size() < 3) sep = null;
            boolean continuation = sep == null && lastRow >= 0 && !line.isBlank()
                    && continuesRow(text, pos, end, separator);
            if (continuation && separator.equals("  ")) {
                // "xét, bồi dưỡng, kết nạp          sản Hồ Chí Minh xã": a wrapped cell's line, under its column
                out.set(lastRow, withWrappedCells(out.get(lastRow), line, lastCells, lead, time));
            }
            if (sep == null) {
                if (!line.isBlank() && !isPageNumber(text, pos, end) && !isRule(text, pos, end) && !continuation) {
                    lead = -1;
                    time = -1;
                    separator = null;
                    mergedLead = null;
                    timeAbove = null;
                    matrix = null;
                    periods = null;
                }
            } else {
                int headerLead = -1;
                int headerTime = -1;
                for (int i = 0; i < cells.size(); i++) {
                    String c = cells.get(i).text();
                    if (headerLead < 0 && isLeadHeader(c)) {
                        headerLead = i;
                    } else if (TIME_HEADER.matcher(c).matches()
                            && (headerTime < 0 || START_HEADER.matcher(cells.get(headerTime).text()).find())) {
                        // "Thời gian thực hiện Bắt đầu" / "Thời gian thực hiện Hoàn thành": when a task starts is no
                        // due; the column after it is
                        headerTime = i;
                    }
                }
                // "| TT | Tên dự án | Chủ đầu tư | ... | Thời gian thực hiện | Tổng mức đầu tư |": a project's period
                if (headerTime >= 0
                        && projectPeriod(cells.get(headerTime).text(), cells.stream().map(Cell::text).toList())) {
                    headerTime = -1;
                }
                // "| 4 | Truy quét đợt 2 ... | | ... | Quý III/2027 | Thời gian cụ thể do Chi cục trưởng quyết định |":
                // a numbered row of the table is a body row, whatever its note says
                if ((headerLead >= 0 || headerTime >= 0) && (lead >= 0 || time >= 0) && sep.equals(separator)
                        && numberedRow(cells, numberColumn)) {
                    headerLead = -1;
                    headerTime = -1;
                }
                Cell[] headerMatrix = headerLead < 0 && !sep.equals("  ") ? matrixHeader(cells, pos, false) : null;
                Cell[] secondRowMatrix = headerAbove && headerLead < 0 && headerTime < 0 && headerMatrix == null
                        && lead < 0 && matrix == null && sep.equals(separator) && !sep.equals("  ")
                        ? matrixHeader(cells, pos, true) : null;
                PeriodGrid underTime = headerAbove && time >= 0 && headerLead < 0 && headerTime < 0
                        && sep.equals(separator) && !sep.equals("  ") ? PeriodGrid.of(cells, time, true) : null;
                if (underTime != null) {
                    periods = underTime;
                    headerAbove = false;
                } else if (secondRowMatrix != null) {
                    matrix = secondRowMatrix;
                    headerAbove = false;
                    // a Word 97 file's reader writes a cell spanning columns once and pads the row at its end: the
                    // first row's "Thời gian" then stands over a body's column, as far left as the row has empty cells
                    // at its end ("| TT | Nhiệm vụ | Phân công thực hiện | Thời gian hoàn thành | | | |")
                    if (time >= 0 && time < matrix.length && matrix[time] != null
                            && time + headerTrailingEmpty < headerCells) {
                        time += headerTrailingEmpty;
                    }
                } else if (headerLead >= 0 || headerTime >= 0 || headerMatrix != null) {
                    headerAbove = true;
                    // (the empty text after a row's closing '|' is no cell)
                    headerTrailingEmpty = trailingEmpty(cells) - (line.stripTrailing().endsWith(sep) ? 1 : 0);
                    matrix = headerMatrix;
                    periods = headerLead >= 0 && headerTime < 0 && !sep.equals("  ") ? PeriodGrid.of(cells, 0, false)
                            : null;
                    // the header printed again at the top of the next page: the table and its last row go on
                    boolean repeated = headerLead == lead && headerTime == time && sep.equals(separator)
                            && cells.size() == headerCells;
                    lead = headerLead;
                    time = headerTime;
                    separator = sep;
                    headerCells = cells.size();
                    if (!repeated) {
                        mergedLead = null;
                        timeAbove = null;
                        lastRow = -1;
                        numberColumn = numberColumn(cells);
                    }
                } else if (sep.equals(separator) && (lead >= 0 || time >= 0 || matrix != null)
                        && (!sep.equals("  ") || cells.size() == headerCells)) {
                    headerAbove = false;
                    // space-separated rows are read only when every cell is there: an empty cell shifts the columns
                    Cell leadCell = lead >= 0 && lead < cells.size() ? cells.get(lead) : null;
                    Cell timeCell = time >= 0 && time < cells.size() ? cells.get(time) : null;
                    String leadText = leadCell == null || leadCell.text().isEmpty() ? null : leadCell.text();
                    String timeText = timeCell == null || timeCell.text().isEmpty() ? null : timeCell.text();
                    int leadStart = leadCell == null ? -1 : pos + leadCell.start();
                    int timeStart = timeCell == null ? -1 : pos + timeCell.start();
                    int timeLength = timeText == null ? 0 : timeText.length();
                    if (matrix != null) {
                        // "| 3 | Tham mưu bố trí kinh phí | | P | C | | Quý II/2026 |": the bodies marked as leading
                        Cell[] leads = matrixLeads(matrix, cells);
                        leadText = leads.length == 0 ? null : String.join("; ", java.util.Arrays.stream(leads)
                                .map(Cell::text).toList());
                        leadStart = leads.length == 0 ? -1 : leads[0].start();
                    }
                    // "| 5 | ... | 〃 | ... | 〃 |": a cell merged down from the row above, or a typist's "nt"
                    if (isDitto(leadText)) {
                        leadText = mergedLead;
                        leadStart = mergedLeadStart;
                    }
                    if (isDitto(timeText)) timeText = timeAbove;
                    if (periods != null) {
                        // "| 2 | Công bố danh mục ... | Văn phòng UBND tỉnh | ... | x | x | |": due by the end of the
                        // last period marked; a row marked in every month or quarter is routine work
                        int marked = periods.lastMarked(cells);
                        timeText = marked < 0 ? null : periods.times()[marked];
                        timeStart = marked < 0 ? -1 : pos + cells.get(marked).start();
                        timeLength = marked < 0 ? 0 : cells.get(marked).text().length();
                    }
                    if (numberColumn >= 0 && lastRow >= 0 && numberColumn < cells.size()
                            && cells.get(numberColumn).text().isEmpty() && !sep.equals("  ")
                            && (leadText != null || timeText != null) && goesOn(cells, numberColumn, out.get(lastRow))) {
                        // "| 4.1 | ... | Văn phòng HĐND và | ..." / the header / "| | ... | UBND phường | ...": one row
                        Row above = out.get(lastRow);
                        Row joined = new Row(joinCell(above.lead(), leadText),
                                above.lead() != null ? above.leadStart() : leadStart,
                                joinCell(above.time(), timeText), above.time() != null ? above.timeStart() : timeStart);
                        out.set(lastRow, joined);
                        mergedLead = joined.lead();
                        mergedLeadStart = joined.leadStart();
                        timeAbove = joined.time();
                        if (nl < 0) break;
                        pos = nl + 1;
                        continue;
                    }
                    if (leadText == null && timeText != null && mergedLead != null && !sep.equals("  ") && matrix == null) {
                        leadText = mergedLead;
                        leadStart = mergedLeadStart;
                    }
                    mergedLead = leadText;
                    mergedLeadStart = leadStart;
                    timeAbove = timeText;
                    if (leadText != null || timeText != null) {
                        out.add(new Row(leadText, leadStart, timeText, timeStart,
                                timeText == null ? 0 : timeLength));
                        lastRow = out.size() - 1;
                        lastCells = cells;
                    } else if (numberColumn >= 0 && numberColumn < cells.size()
                            && !cells.get(numberColumn).text().isEmpty()) {
                        lastRow = -1; // a numbered row with no lead or time: what follows is not the row above's
                    }
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }

    /** A lead column's header ("Cơ quan chủ trì", "Đơn vị thực hiện"), not a partner's ("Cơ quan chủ trì, phối hợp"). */
    private static boolean isLeadHeader(String cell) {
        return LEAD_HEADER.matcher(cell).matches() && !cell.toLowerCase().contains("phối hợp");
    }

    /** {@code project-columns.txt}: the header cells of a list of investment projects. */
    private static final List<String> PROJECT_COLUMNS = Words.folded(TaskTable.class, "project-columns.txt");

    /**
     * Whether a time column headed {@code timeHeader} is a listed project's period of execution: a "Thời gian ..."
     * (not a "Thời hạn" nor a "Thời gian hoàn thành"; "Thời gian khởi công - hoàn thành" is one) in a table with a
     * project's column ({@code project-columns.txt}: its investor, "Chủ đầu tư", say) and no lead column.
     */
    public static boolean projectPeriod(String timeHeader, List<String> headerCells) {
        String t = Words.fold(timeHeader.strip());
        boolean due = t.contains("thời hạn") || t.contains("hoàn thành") && !t.contains("khởi công");
        if (!t.startsWith("thời gian") || due) return false;
        // a table with a lead column ("Cơ quan chủ trì") is a task table, whatever its rows are: its time is due
        for (String c : headerCells) {
            if (isLeadHeader(c.strip())) return false;
        }
        for (String c : headerCells) {
            String f = Words.fold(c.strip());
            for (String p : PROJECT_COLUMNS) {
                if (f.startsWith(p) && (f.length() == p.length() || !Character.isLetter(f.charAt(p.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The marks of a roadmap's period cell that say the task is done then. */
    private static final java.util.Set<String> PERIOD_MARKS = java.util.Set.of("x", "✓", "✔", "v", "●", "•", "+", "*");
    private static final Pattern YEAR_CELL = Pattern.compile("(?iu)(?:năm\\s*)?((?:19|20)\\d{2})");
    /** A month's column: "Tháng 3", "T3", or a bare "3" under a spanning header. */
    private static final Pattern MONTH_CELL = Pattern.compile("(?iu)(tháng\\s*|t\\s*)?(\\d{1,2})");
    /** A quarter's column: "Quý II", "Q2", or a bare "II" under a spanning header. */
    private static final Pattern QUARTER_CELL = Pattern.compile("(?iu)(quý\\s*|q\\s*)?(IV|III|II|I|[1-4])");
    private static final List<String> QUARTERS = List.of("I", "II", "III", "IV");

    /**
     * A header row's period columns: by column, the period's time as a time cell prints it ("2027", "Tháng 3", "Quý
     * II"), null elsewhere; {@code withinYear} for months and quarters, whose row marked in all of them is routine work
     * ("Họp Ủy ban nhân dân xã thường kỳ", x in every month), no due.
     */
    record PeriodGrid(String[] times, boolean withinYear) {
        /**
         * The periods of a header row: a run of two or more years, or three or more months or quarters, ascending, from
         * {@code from} on. Under a spanning header ({@code under}) the cells before {@code from} are empty, nothing
         * follows the run and it may be bare numbers ("1 | 2 | ... | 12", "I | II | III | IV"); in a header's own row
         * it names its periods ("T1", "Tháng 1", "Quý I") and other columns may follow it ("Ghi chú"). Null when none.
         */
        static PeriodGrid of(List<Cell> cells, int from, boolean under) {
            String[] times = new String[cells.size()];
            int count = 0;
            int kind = -1; // 0 years, 1 months, 2 quarters
            int last = 0;
            boolean ended = false;
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i).text().strip();
                if (c.isEmpty()) continue;
                if (i < from) {
                    if (under) return null;
                    continue;
                }
                int k = -1;
                int value = 0;
                java.util.regex.Matcher m;
                if ((m = YEAR_CELL.matcher(c)).matches()) {
                    k = 0;
                    value = Integer.parseInt(m.group(1));
                } else if ((m = MONTH_CELL.matcher(c)).matches() && (under || m.group(1) != null)) {
                    value = Integer.parseInt(m.group(2));
                    k = value >= 1 && value <= 12 ? 1 : -1;
                } else if ((m = QUARTER_CELL.matcher(c)).matches() && (under || m.group(1) != null)) {
                    String q = m.group(2).toUpperCase(java.util.Locale.ROOT);
                    value = Character.isDigit(q.charAt(0)) ? q.charAt(0) - '0' : QUARTERS.indexOf(q) + 1;
                    k = 2;
                }
                boolean inRun = k >= 0 && !ended && (kind < 0 || k == kind && value > last);
                if (!inRun) {
                    // the run's end: under a header nothing else may follow it; in a header's row other columns may
                    if (under && (count > 0 || k < 0)) return null;
                    if (count > 0) ended = true;
                    continue;
                }
                kind = k;
                last = value;
                times[i] = k == 0 ? String.valueOf(value) : k == 1 ? "Tháng " + value : "Quý " + QUARTERS.get(value - 1);
                count++;
            }
            if (kind < 0 || count < (kind == 0 ? 2 : 3)) return null;
            return new PeriodGrid(times, kind > 0);
        }

        /** The column of the last period a row marks, or -1 (also for a row marked in every month or quarter). */
        int lastMarked(List<Cell> cells) {
            int last = -1;
            boolean all = true;
            for (int i = 0; i < times.length; i++) {
                if (times[i] == null) continue;
                boolean marked = i < cells.size() && PERIOD_MARKS.contains(Words.fold(cells.get(i).text().strip()));
                if (marked) last = i;
                else all = false;
            }
            return withinYear && all ? -1 : last;
        }
    }

    /** The marks of an assignment matrix's cell that make its column's body the lead: "C" (chủ trì), "X". */
    private static final java.util.Set<String> MATRIX_LEAD_MARKS = java.util.Set.of("c", "ct", "x", "chủ trì");
    /** The fewest bodies an assignment matrix's header names. */
    private static final int MATRIX_BODIES = 3;
    private static final int MAX_MATRIX_NAME_WORDS = 12;

    /**
     * The header of an assignment matrix, rows the tasks and columns the bodies, each cell "C" (chủ trì) or "P"
     * (phối hợp) ("Ghi chú: C - Chủ trì; P - Phối hợp"): by column, the body the column names with its offset in the
     * text (lineStart + its place in the line), null in the other columns; null when fewer than three cells are a
     * body's whole name.
     */
    private static Cell[] matrixHeader(List<Cell> cells, int lineStart, boolean underHeader) {
        // its first cell heads the rows' numbers ("TT", "STT"): a task row naming three bodies is no header; a second
        // header row has nothing under the first row's "TT" and "Nhiệm vụ" (cells merged down over it)
        int first = 0;
        while (first < cells.size() && cells.get(first).text().isEmpty()) first++;
        if (first == cells.size()) return null;
        if (underHeader ? first == 0 : !NUMBER_HEADER.matcher(cells.get(first).text()).matches()) return null;
        Cell[] out = new Cell[cells.size()];
        int bodies = 0;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).text();
            if (c.isEmpty() || Words.splitCount(c) > MAX_MATRIX_NAME_WORDS || !UnitNames.startsWithUnit(c, true)) continue;
            int head = UnitNames.headLength(c);
            if (head == 0 || UnitNames.nameEnd(c, head) < c.length()) continue;
            out[i] = new Cell(c, lineStart + cells.get(i).start());
            bodies++;
        }
        return bodies >= MATRIX_BODIES ? out : null;
    }

    /** How many of a row's last cells are empty. */
    private static int trailingEmpty(List<Cell> cells) {
        int n = 0;
        for (int i = cells.size() - 1; i >= 0 && cells.get(i).text().isEmpty(); i--) n++;
        return n;
    }

    /**
     * The bodies of a matrix row's cells marked as leading (see {@link #MATRIX_LEAD_MARKS}). A row that marks with
     * both a capital "X" and a small "x" tells the lead from the partners by case ("Ghi chú: X - cơ quan chủ trì; x -
     * cơ quan phối hợp"): only the capital leads there.
     */
    private static Cell[] matrixLeads(Cell[] header, List<Cell> cells) {
        boolean capital = false;
        boolean small = false;
        for (int i = 0; i < cells.size() && i < header.length; i++) {
            if (header[i] == null) continue;
            String c = cells.get(i).text();
            capital |= c.equals("X");
            small |= c.equals("x");
        }
        boolean byCase = capital && small;
        List<Cell> out = new ArrayList<>(2);
        for (int i = 0; i < cells.size() && i < header.length; i++) {
            if (header[i] == null) continue;
            String c = cells.get(i).text();
            if (byCase ? c.equals("X") || !c.equals("x") && MATRIX_LEAD_MARKS.contains(Words.fold(c))
                    : MATRIX_LEAD_MARKS.contains(Words.fold(c))) {
                out.add(header[i]);
            }
        }
        return out.toArray(new Cell[0]);
    }

    /** A rule drawn with characters under a header or a table ("-----", "=====", "─────"): no text. */
    static boolean isRule(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '_' || c == '=' || c == '─' || c == '—' || c == '–') n++;
            else if (!Character.isWhitespace(c)) return false;
        }
        return n >= 10;
    }

    /** How many lines after a line without cells the table's next row or rule may come. */
    private static final int CONTINUATION_REACH = 3;
    private static final Pattern SECTION_LINE = Pattern.compile("^\\s*(?:[IVX]{1,5}|\\d{1,2})\\s*[.)]\\s+\\p{Lu}");

    /**
     * Whether the line [from, to), holding no row of a table whose rows are kept apart by tabs or runs of spaces, is
     * a wrapped line of the row above (a task's text going on, the typist's Enter inside a cell): the table's next
     * row or its closing rule follows within {@link #CONTINUATION_REACH} lines, and the line opens no section.
     */
    static boolean continuesRow(String text, int from, int to, String separator) {
        if (!"\t".equals(separator) && !"  ".equals(separator)) return false;
        if (SECTION_LINE.matcher(text.substring(from, to)).lookingAt()) return false;
        int pos = to + 1;
        for (int seen = 0; pos < text.length() && seen < CONTINUATION_REACH; ) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                if (isRule(text, pos, end)) return true;
                if (separator.equals("\t") ? line.indexOf('\t') >= 0 : split(line, "  ").size() >= 3) return true;
                if (SECTION_LINE.matcher(line).lookingAt()) return false;
                seen++;
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return false;
    }

    /** The row with a wrapped line's pieces added to its lead and time cells, each piece under its column. */
    private static Row withWrappedCells(Row row, String line, List<Cell> columns, int lead, int time) {
        if (columns.isEmpty()) return row;
        String leadText = row.lead();
        String timeText = row.time();
        for (Cell piece : split(line, "  ")) {
            if (piece.text().isEmpty()) continue;
            int column = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).start() <= piece.start() + WRAP_SLACK) column = c;
            }
            if (column == lead && leadText != null) leadText = leadText + " " + piece.text();
            else if (column == time && timeText != null) timeText = timeText + " " + piece.text();
        }
        if (leadText == row.lead() && timeText == row.time()) return row;
        return new Row(leadText, row.leadStart(), timeText, row.timeStart(),
                timeText == row.time() ? row.timeLength() : timeText.length());
    }

    /** How far left of its column's start a wrapped cell's line may begin (proportional fonts print it so). */
    private static final int WRAP_SLACK = 6;

    /** Whether the row's cell under the numbers' header holds a row number ("4", "2.1"). */
    private static boolean numberedRow(List<Cell> cells, int numberColumn) {
        if (numberColumn < 0 || numberColumn >= cells.size()) return false;
        String n = cells.get(numberColumn).text();
        return NUMBERED_ROW.matcher(n).matches();
    }

    /** A row's number in the numbers' column: "4", "2.1", "3.". */
    private static final Pattern NUMBERED_ROW = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})*\\.?");

    /** The header's first cell when it heads the row numbers ("TT", "STT"; a bar row's cells open with ""), else -1. */
    private static int numberColumn(List<Cell> header) {
        int first = !header.isEmpty() && header.get(0).text().isEmpty() ? 1 : 0;
        return first < header.size() && NUMBER_HEADER.matcher(header.get(first).text()).matches() ? first : -1;
    }

    /**
     * Whether a row with no number finishes the row above rather than being a sub-row of a number cell merged down:
     * its first cell with text opens in lower case ("bản và điều hành; ...", "sự tỉnh"), or the lead above ends
     * with a word that joins ("Văn phòng HĐND và").
     */
    private static boolean goesOn(List<Cell> cells, int numberColumn, Row above) {
        for (int i = numberColumn + 1; i < cells.size(); i++) {
            String t = cells.get(i).text();
            if (t.isEmpty()) continue;
            if (Character.isLowerCase(t.codePointAt(0))) return true;
            break;
        }
        String lead = above.lead();
        return lead != null && (lead.endsWith(" và") || lead.endsWith(",") || lead.endsWith(" -"));
    }

    /** A cell's text with its part from the next page: either may be missing. */
    private static String joinCell(String above, String below) {
        if (above == null) return below;
        return below == null ? above : above + " " + below;
    }

    /**
     * {@link #hasGapBetweenWords(String)} of {@code c[from, to)}: a run of two spaces or more with a char that is not
     * {@code \\s} (ASCII whitespace) right before and right after it. The regex's greedy spaces cannot stop before a
     * space, so the run is taken whole; its find() tried the pattern at every char of a line holding two spaces.
     */
    static boolean hasGapBetweenWords(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] != ' ') continue;
            int j = i;
            while (j < to && c[j] == ' ') j++;
            if (j - i >= 2 && i > from && !isRegexSpace(c[i - 1]) && j < to && !isRegexSpace(c[j])) return true;
            i = j;
        }
        return false;
    }

    /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code c[from, to)} holds a '|', a tab or two spaces in a row: a separator needs one of them. */
    static boolean maySeparate(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch == '|' || ch == '\t' || ch == ' ' && i + 1 < to && c[i + 1] == ' ') return true;
        }
        return false;
    }

    /** Whether the line [from, to) is a page's number alone ("2", "- 3 -"), as the outline skips it. */
    private static boolean isPageNumber(String text, int from, int to) {
        return to - from <= 16 && Outline.isPageNumber(text.substring(from, to).strip());
    }

    /** {@code String.isBlank} of {@code c[from, to)} (no supplementary char is whitespace). */
    static boolean isBlank(char[] c, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(c[i])) return false;
        return true;
    }

    // ---- tables whose every cell is printed on lines of its own ----

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\.?$");
    /** The header of the row-number column: "TT", "STT", "Số TT" (shared with {@link FlatTaskRows}). */
    static final String NUMBER_HEADER_WORDS = "(?:s[ốô]\\s*)?s?tt\\.?";
    private static final Pattern NUMBER_HEADER = Pattern.compile("(?iu)^" + NUMBER_HEADER_WORDS + "$");
    private static final int MAX_HEADER_CELLS = 8;
    private static final int MAX_ROW_LINES = 24;

    /** A non-blank line, stripped, and its offset; its string made when first asked for. */
    private static final class Line {
        private final String of;
        private final int start;
        private final int end;
        private String text;

        Line(String of, int start, int end) {
            this.of = of;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        String text() {
            if (text == null) text = of.substring(start, end);
            return text;
        }
    }

    /**
     * Tables as PDF text extraction prints them when it keeps no column gaps: the header cells one a line
     * ("TT", "Nhiệm vụ", "Cơ quan chủ trì", ...), then each row as its number alone on a line followed by its cells,
     * a cell wrapped over several lines. A line continues the cell above when it opens in lower case or with a
     * hyphen, or when the line above ends with a hyphen; otherwise it opens the next cell. A row is read only when
     * it yields exactly one cell per header column, so a wrap that opens with a capital costs that row, never a
     * shifted column.
     */
    static List<Row> verticalRows(String text) {
        List<Row> out = new ArrayList<>();
        for (Vertical v : verticalTables(text)) out.addAll(v.rows());
        return out;
    }

    /** A table printed one cell a line: from its first header cell to the end of its last row read. */
    record Vertical(int start, int end, List<Row> rows) {}

    /**
     * Where tables printed one cell a line lie ({start, end} offsets): their cells are read as rows here, so the
     * paragraph reading must not take the cells for items ("Các ban đảng" in a partner column).
     */
    public static List<int[]> verticalSpans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Vertical v : verticalTables(text)) if (!v.rows().isEmpty()) out.add(new int[] {v.start(), v.end()});
        return out;
    }

    /**
     * {@code NUMBER_HEADER.matcher(line).matches()} ("STT", "Số TT"), asked only of lines whose last char can end a
     * match: a 't' or '.' (as the pattern's case-insensitive match compares them), or a line terminator before which
     * {@code $} may match. Every line of a text was asked; nearly none ends so.
     */
    static boolean isNumberHeader(String line) {
        if (!line.isEmpty()) {
            char last = line.charAt(line.length() - 1);
            char key = Character.toLowerCase(Character.toUpperCase(last));
            if (key != 't' && last != '.' && !TextChars.isLineTerminator(last)) return false;
            if (!mayOpenNumberHeader(line.charAt(0))) return false;
        }
        return NUMBER_HEADER.matcher(line).matches();
    }

    /**
     * Whether a match of NUMBER_HEADER can open with {@code first}: an "s" or a "t", as the pattern's
     * case-insensitive match compares them. Many lines end with a "t" ("nhất", "kết", "Việt"); few open so too.
     */
    private static boolean mayOpenNumberHeader(char first) {
        char key = Character.toLowerCase(Character.toUpperCase(first));
        return key == 's' || key == 't';
    }

    /** {@link #isNumberHeader(String)} of a line, its first and last chars read from the array before its string is made. */
    private static boolean isNumberHeader(Line line, char[] chars) {
        char last = chars[line.end - 1];
        char key = Character.toLowerCase(Character.toUpperCase(last));
        if (key != 't' && last != '.' && !TextChars.isLineTerminator(last)) return false;
        if (!mayOpenNumberHeader(chars[line.start])) return false;
        return isNumberHeader(line.text());
    }

    static boolean isNumberHeaderByPattern(String line) {
        return NUMBER_HEADER.matcher(line).matches();
    }


    private static List<Vertical> verticalTables(String text) {
        return verticalTables(text, false);
    }

    /**
     * {@code reference}: each line copied and stripped as a string first, as it was written (the tests compare);
     * otherwise a line is found on the text's shared char array and copied only when a table reads it.
     */
    static List<Vertical> verticalTables(String text, boolean reference) {
        List<Line> lines = new ArrayList<>();
        char[] chars = reference ? null : TextChars.of(text);
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            if (reference) {
                String raw = text.substring(pos, end);
                String t = raw.strip();
                if (!t.isEmpty()) {
                    Line line = new Line(text, pos + raw.indexOf(t), pos + raw.indexOf(t) + t.length());
                    line.text = t;
                    lines.add(line);
                }
            } else {
                // String.strip: whitespace by code point, and no supplementary char is whitespace
                int s = pos;
                int e = end;
                while (s < e && Character.isWhitespace(chars[s])) s++;
                while (e > s && Character.isWhitespace(chars[e - 1])) e--;
                if (e > s) lines.add(new Line(text, s, e));
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        List<Vertical> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!(reference ? isNumberHeader(lines.get(i).text()) : isNumberHeader(lines.get(i), chars))) continue;
            List<Row> out = new ArrayList<>();
            int tableStart = lines.get(i).start();
            int tableEnd = tableStart;
            // header cells, one a line; a line opening in lower case finishes the cell above ("Cơ quan chủ" / "trì")
            List<String> headers = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && headers.size() <= MAX_HEADER_CELLS
                    && !ROW_NUMBER.matcher(lines.get(j).text()).matches()) {
                String c = lines.get(j).text();
                if (!headers.isEmpty() && Character.isLowerCase(c.codePointAt(0))) {
                    headers.set(headers.size() - 1, headers.get(headers.size() - 1) + " " + c);
                } else {
                    headers.add(c);
                }
                j++;
            }
            int lead = -1;
            int time = -1;
            for (int h = 0; h < headers.size(); h++) {
                String c = headers.get(h);
                if (lead < 0 && isLeadHeader(c)) {
                    lead = h;
                } else if (time < 0 && TIME_HEADER.matcher(c).matches()) {
                    time = h;
                }
            }
            if (time >= 0 && projectPeriod(headers.get(time), headers)) time = -1;
            int columns = headers.size();
            if (lead < 0 && time < 0 || columns < 2 || j >= lines.size()) continue;
            int expected = 1;
            while (j < lines.size()) {
                java.util.regex.Matcher n = ROW_NUMBER.matcher(lines.get(j).text());
                if (!n.matches() || Integer.parseInt(n.group(1)) != expected) break;
                // the row runs to the next row's number; the last row stops once its cells are full
                int stop = j + 1;
                boolean lastRow = true;
                for (; stop < lines.size() && stop - j <= MAX_ROW_LINES; stop++) {
                    java.util.regex.Matcher next = ROW_NUMBER.matcher(lines.get(stop).text());
                    if (next.matches() && Integer.parseInt(next.group(1)) == expected + 1) {
                        lastRow = false;
                        break;
                    }
                }
                int k = j + 1;
                List<List<Line>> cells = new ArrayList<>();
                while (k < stop) {
                    Line l = lines.get(k);
                    boolean continues = !cells.isEmpty() && (Character.isLowerCase(l.text().codePointAt(0))
                            || l.text().startsWith("-") || l.text().startsWith("–") || last(cells).text().endsWith("-")
                            || last(cells).text().endsWith("–"));
                    if (continues) {
                        cells.get(cells.size() - 1).add(l);
                    } else {
                        if (cells.size() == columns && lastRow) break; // the table is over: text after it
                        if (cells.size() == columns) {
                            cells.add(new ArrayList<>(List.of(l))); // a cell too many: the row is not read
                            break;
                        }
                        List<Line> cell = new ArrayList<>();
                        cell.add(l);
                        cells.add(cell);
                    }
                    k++;
                }
                if (cells.size() == columns) {
                    Line lastLine = last(cells);
                    tableEnd = lastLine.start() + lastLine.text().length();
                    List<Line> leadCell = lead >= 0 ? cells.get(lead) : null;
                    List<Line> timeCell = time >= 0 ? cells.get(time) : null;
                    out.add(new Row(leadCell == null ? null : joined(leadCell),
                            leadCell == null ? -1 : leadCell.get(0).start(),
                            timeCell == null ? null : joined(timeCell),
                            timeCell == null ? -1 : timeCell.get(0).start()));
                }
                expected++;
                j = lastRow ? k : stop;
            }
            tables.add(new Vertical(tableStart, tableEnd, List.copyOf(out)));
            i = j - 1;
        }
        return tables;
    }

    private static Line last(List<List<Line>> cells) {
        List<Line> cell = cells.get(cells.size() - 1);
        return cell.get(cell.size() - 1);
    }

    private static String joined(List<Line> cell) {
        StringBuilder b = new StringBuilder();
        for (Line l : cell) {
            if (b.length() > 0) b.append(' ');
            b.append(l.text());
        }
        return b.toString();
    }

    /** The cells of a line between separators ("|", tab, or runs of two or more spaces), stripped, with offsets. */
    private static List<Cell> split(String line, String sep) {
        List<Cell> cells = new ArrayList<>();
        if (sep.equals("  ")) {
            String body = line.strip();
            int offset = line.indexOf(body.isEmpty() ? line : body);
            java.util.regex.Matcher gap = SPACE_GAP.matcher(body);
            int from = 0;
            while (gap.find()) {
                cells.add(new Cell(body.substring(from, gap.start()), offset + from));
                from = gap.end();
            }
            cells.add(new Cell(body.substring(from), offset + from));
            return cells;
        }
        int from = 0;
        while (true) {
            int at = line.indexOf(sep, from);
            String raw = at < 0 ? line.substring(from) : line.substring(from, at);
            int lead = raw.length() - raw.stripLeading().length();
            cells.add(new Cell(raw.strip(), from + lead));
            if (at < 0) break;
            from = at + 1;
        }
        return cells;
    }
}
