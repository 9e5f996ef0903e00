package io.planex.extract.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Task tables as text extraction gives them when cells are kept apart (tab or '|' between cells, one row a
 * line): the lead column ("Cơ quan chủ trì", "Đơn vị chủ trì", "Cơ quan thực hiện") and the time column
 * ("Thời gian hoàn thành", "Thời hạn", "Tiến độ") of each row. The partner column ("phối hợp") is never a lead.
 */
public final class TaskTable {
    /** One body row: the lead cell and the time cell (either may be null), with their source offsets. */
    public record Row(String lead, int leadStart, String time, int timeStart) {}

    private static final Pattern LEAD_HEADER = Pattern.compile(
            "(?iu)^(?:(?:cơ quan|đơn vị|bộ phận|cơ quan, đơn vị)\\s*(?:chủ trì|thực hiện|thực hiện chính|chịu trách nhiệm|"
                    + "phụ trách)|chủ trì(?: thực hiện)?|đơn vị thực hiện|cơ quan chủ trì thực hiện)\\b.*");
    private static final Pattern TIME_HEADER = Pattern.compile(
            "(?iu)^(?:thời gian(?: hoàn thành| thực hiện)?|thời hạn(?: hoàn thành)?|tiến độ(?: thực hiện| hoàn thành)?)\\b.*");

    private TaskTable() {}

    /** A cell of one line: its stripped text and its offset within the line. */
    private record Cell(String text, int start) {}

    /** Cells kept apart only by runs of spaces, as PDF text extraction prints a table: two or more spaces. */
    private static final Pattern SPACE_GAP = Pattern.compile(" {2,}|\t");
    private static final Pattern GAP_BETWEEN_WORDS = Pattern.compile("\\S {2,}\\S");

    public static List<Row> rows(String text) {
        List<Row> out = new ArrayList<>();
        int lead = -1;
        int time = -1;
        String separator = null;
        int headerCells = 0;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            String sep = line.indexOf('|') >= 0 ? "|" : line.indexOf('\t') >= 0 ? "\t"
                    : GAP_BETWEEN_WORDS.matcher(line).find() ? "  " : null;
            List<Cell> cells = sep == null ? List.of() : split(line, sep);
            // a space-separated line is a row only with three or more cells (prose has stray double spaces)
            if (sep != null && sep.equals("  ") && cells.size() < 3) sep = null;
            if (sep == null) {
                if (!line.isBlank()) {
                    lead = -1;
                    time = -1;
                    separator = null;
                }
            } else {
                int headerLead = -1;
                int headerTime = -1;
                for (int i = 0; i < cells.size(); i++) {
                    String c = cells.get(i).text();
                    if (headerLead < 0 && LEAD_HEADER.matcher(c).matches() && !c.toLowerCase().contains("phối hợp")) {
                        headerLead = i;
                    } else if (headerTime < 0 && TIME_HEADER.matcher(c).matches()) {
                        headerTime = i;
                    }
                }
                if (headerLead >= 0 || headerTime >= 0) {
                    lead = headerLead;
                    time = headerTime;
                    separator = sep;
                    headerCells = cells.size();
                } else if (sep.equals(separator) && (lead >= 0 || time >= 0)
                        && (!sep.equals("  ") || cells.size() == headerCells)) {
                    // space-separated rows are read only when every cell is there: an empty cell shifts the columns
                    Cell leadCell = lead >= 0 && lead < cells.size() ? cells.get(lead) : null;
                    Cell timeCell = time >= 0 && time < cells.size() ? cells.get(time) : null;
                    String leadText = leadCell == null || leadCell.text().isEmpty() ? null : leadCell.text();
                    String timeText = timeCell == null || timeCell.text().isEmpty() ? null : timeCell.text();
                    int leadStart = leadCell == null ? -1 : pos + leadCell.start();
                    int timeStart = timeCell == null ? -1 : pos + timeCell.start();
                    if (leadText != null || timeText != null) out.add(new Row(leadText, leadStart, timeText, timeStart));
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
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
