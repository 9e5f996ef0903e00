package io.planex.extract.citation;

import io.planex.extract.text.PipeRows;
import io.planex.extract.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and issuer of a citation printed in a table that lists documents, each in a column of its own: "| 1 |
 * Nghị quyết số 03-NQ/ĐU | 22/8/2025 | Ban Chấp hành Đảng bộ phường | Về ... |" under the header "| STT | Tên loại,
 * số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |" (the roles of {@code listing-table-columns.txt}).
 * Why: a review of what was issued to carry a conclusion out lists the documents so; their clause holds neither the
 * date nor the issuer, which the row's other cells give. Rows are the pipe rows the reader writes for tables.
 */
final class ListingTable {
    private ListingTable() {}

    /** A row's date (ISO) and issuer as its cells print them; either may be null. */
    record Cells(String date, String issuer) {}

    private static final List<String[]> COLUMNS = columns();
    /** How many rows above its own a row's header is looked for: tables of listed documents are short. */
    private static final int MAX_ROWS_UP = 80;
    private static final Pattern DATE = Pattern.compile(
            "(?iu)^(?:ngày\\s+)?(\\d{1,2})\\s*(?:[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*|\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+)(\\d{4})$");

    /** The cells of the row at {@code at}, or null when {@code at} is in no row of a listing table. */
    static Cells at(String w, int at) {
        int lineStart = PipeRows.lineStart(w, at);
        if (!PipeRows.isRow(w, lineStart)) return null;
        int dateColumn = -1;
        int issuerColumn = -1;
        int line = lineStart;
        int header = -1;
        for (int up = 0; up < MAX_ROWS_UP && line > 0; up++) {
            int previous = PipeRows.rowAbove(w, line);
            if (previous < 0) return null;
            List<String> cells = PipeRows.cells(w, previous);
            for (int c = 0; c < cells.size(); c++) {
                String role = role(cells.get(c));
                if ("date".equals(role) && dateColumn < 0) dateColumn = c;
                if ("issuer".equals(role) && issuerColumn < 0) issuerColumn = c;
            }
            if (dateColumn >= 0 || issuerColumn >= 0) {
                header = previous;
                break;
            }
            line = previous;
        }
        if (dateColumn < 0 && issuerColumn < 0) return null;
        List<String> row = PipeRows.cells(w, lineStart);
        String date = null;
        if (dateColumn >= 0 && dateColumn < row.size()) {
            Matcher d = DATE.matcher(row.get(dateColumn));
            if (d.matches()) date = ClauseReader.iso(d.group(1), d.group(2) != null ? d.group(2) : d.group(3), d.group(4));
        }
        String issuer = issuerColumn >= 0 && issuerColumn < row.size() && !row.get(issuerColumn).isEmpty()
                ? row.get(issuerColumn) : null;
        if (issuerColumn < 0 && header > 0) issuer = issuerIntroduced(w, header);
        return date == null && issuer == null ? null : new Cells(date, issuer);
    }

    /** "Bãi bỏ toàn bộ 05 văn bản ... do Ủy ban nhân dân tỉnh Thanh Hóa ban hành sau đây:" over a table's header. */
    private static final Pattern ISSUED_BY = Pattern.compile(
            "(?u)(?<![\\p{L}])do\\s+(\\p{Lu}[^:;.\\n]{2,80}?)\\s+ban\\s+hành(?:\\s+sau\\s+đây)?\\s*:\\s*$");

    /** The issuer the sentence over the table names for every document it lists, or null. */
    private static String issuerIntroduced(String w, int headerStart) {
        int end = headerStart - 1;
        while (end > 0 && Character.isWhitespace(w.charAt(end - 1))) end--;
        if (end <= 0) return null;
        int start = w.lastIndexOf('\n', end - 1) + 1;
        Matcher m = ISSUED_BY.matcher(w).region(start, end);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String role(String cell) {
        String f = Words.fold(cell);
        for (String[] c : COLUMNS) {
            if (c[1].startsWith("=") ? f.strip().equals(c[1].substring(1)) : f.contains(c[1])) return c[0];
        }
        return null;
    }

    private static List<String[]> columns() {
        List<String[]> out = new ArrayList<>();
        for (String[] kv : Words.pairs(ListingTable.class, "listing-table-columns.txt")) {
            out.add(new String[] {kv[0], Words.fold(kv[1])});
        }
        return List.copyOf(out);
    }
}
