package io.planex.index.deadline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import io.planex.extract.model.Deadline;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** The agenda as JSON, CSV (RFC 4180) and a table for people; the CLI and the web API print the same. */
public final class DeadlineFormats {
    private DeadlineFormats() {}

    /**
     * {@code {"total":N,"truncated":bool,"deadlines":[{"due","dueInferred","overdue","date","recurrence","action",
     * "units","reportTo","text","start","end","page","document":{"id","file","symbol","title","issuer","level",
     * "date"}}]}}; {@code overdue} is relative to {@code today}.
     */
    public static String json(DeadlineAgenda.Result result, LocalDate today) {
        ObjectNode root = RecordJson.mapper().createObjectNode();
        root.put("total", result.items().size());
        root.put("truncated", result.truncated());
        ArrayNode list = root.putArray("deadlines");
        for (AgendaItem i : result.items()) {
            Deadline d = i.deadline();
            ObjectNode n = list.addObject();
            n.put("due", i.due() == null ? null : i.due().toString());
            n.put("dueInferred", i.dueInferred());
            n.put("overdue", i.overdue(today));
            n.put("date", d.date());
            n.put("recurrence", d.recurrence());
            n.put("action", d.action());
            ArrayNode units = n.putArray("units");
            d.units().forEach(units::add);
            n.put("reportTo", d.reportTo());
            n.put("text", d.text());
            n.put("start", d.start());
            n.put("end", d.end());
            if (d.page() == null) n.putNull("page"); else n.put("page", d.page());
            ObjectNode doc = n.putObject("document");
            doc.put("id", i.documentId());
            doc.put("file", i.file());
            doc.put("symbol", i.symbol());
            doc.put("title", i.title());
            doc.put("issuer", i.issuer());
            doc.put("level", i.level());
            doc.put("date", i.documentDate());
        }
        return root.toString();
    }

    public static final List<String> CSV_COLUMNS = List.of("due", "overdue", "recurrence", "action", "units",
            "reportTo", "text", "page", "symbol", "issuer", "level", "title", "file", "documentId");

    /** A header line, then one line per deadline; units joined with "; ". Lines end with CRLF (RFC 4180). */
    public static void csv(DeadlineAgenda.Result result, LocalDate today, PrintWriter out) {
        out.print(String.join(",", CSV_COLUMNS) + "\r\n");
        for (AgendaItem i : result.items()) {
            Deadline d = i.deadline();
            List<String> cells = List.of(i.due() == null ? "" : i.due().toString(), Boolean.toString(i.overdue(today)),
                    nz(d.recurrence()), nz(d.action()), String.join("; ", d.units()), nz(d.reportTo()), nz(d.text()),
                    d.page() == null ? "" : d.page().toString(), nz(i.symbol()), nz(i.issuer()), nz(i.level()),
                    nz(i.title()), nz(i.file()), i.documentId());
            StringBuilder line = new StringBuilder();
            for (String c : cells) {
                if (line.length() > 0) line.append(',');
                line.append(csvCell(c));
            }
            out.print(line.append("\r\n"));
        }
        out.flush();
    }

    static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** For people: one line per deadline, grouped under its month. */
    public static void table(DeadlineAgenda.Result result, LocalDate today, PrintWriter out) {
        out.printf("%d deadline(s)%s%n", result.items().size(),
                result.truncated() ? " (more documents matched than were read: narrow the filters)" : "");
        String month = null;
        for (AgendaItem i : result.items()) {
            String m = i.due() == null ? "no date" : i.due().toString().substring(0, 7);
            if (!m.equals(month)) {
                out.printf("%n%s%n", m);
                month = m;
            }
            Deadline d = i.deadline();
            String flag = i.overdue(today) ? " OVERDUE" : "";
            String rec = d.recurrence() == null ? "" : " (" + d.recurrence() + (i.dueInferred() ? ", from" : "") + ")";
            out.printf("  %s%s%s  %s  [%s]%n", i.due() == null ? "----------" : i.due(), rec, flag,
                    oneLine(d.action() == null ? d.text() : d.action()), nz(i.symbol()).isEmpty() ? i.file() : i.symbol());
            if (!d.units().isEmpty()) out.printf("      %s%s%n", String.join("; ", d.units()),
                    d.reportTo() == null ? "" : " -> " + d.reportTo());
        }
        out.flush();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
