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

    public static List<Row> rows(String text) {
        List<Row> out = new ArrayList<>();
        int lead = -1;
        int time = -1;
        String separator = null;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            String sep = line.indexOf('|') >= 0 ? "\\|" : line.indexOf('\t') >= 0 ? "\t" : null;
            if (sep == null) {
                if (!line.isBlank()) {
                    lead = -1;
                    time = -1;
                    separator = null;
                }
            } else {
                String[] cells = line.split(sep, -1);
                int headerLead = -1;
                int headerTime = -1;
                for (int i = 0; i < cells.length; i++) {
                    String c = cells[i].strip();
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
                } else if (sep.equals(separator) && (lead >= 0 || time >= 0)) {
                    String leadCell = lead >= 0 && lead < cells.length ? cells[lead].strip() : null;
                    String timeCell = time >= 0 && time < cells.length ? cells[time].strip() : null;
                    int leadStart = lead >= 0 && lead < cells.length ? pos + cellStart(cells, lead) : -1;
                    int timeStart = time >= 0 && time < cells.length ? pos + cellStart(cells, time) : -1;
                    if (leadCell != null && leadCell.isEmpty()) leadCell = null;
                    if (timeCell != null && timeCell.isEmpty()) timeCell = null;
                    if (leadCell != null || timeCell != null) out.add(new Row(leadCell, leadStart, timeCell, timeStart));
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }

    /** Offset of the stripped content of cell {@code index} within its line. */
    private static int cellStart(String[] cells, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) at += cells[i].length() + 1;
        String c = cells[index];
        int lead = c.length() - c.stripLeading().length();
        return at + lead;
    }
}
