package io.planex.web;

import io.planex.extract.model.Deadline;
import io.planex.index.deadline.AgendaItem;
import io.planex.index.deadline.DeadlineAgenda;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The deadline agenda across documents, by month, filterable by unit, issuer, level and date range, overdue ones
 * marked relative to today, with iCalendar, CSV and JSON exports of the same selection.
 */
final class DeadlinesPage {
    static final List<String> PARAMS = List.of("unit", "issuer", "level", "from", "to");

    private DeadlinesPage() {}

    static String render(PageContext c, DeadlineAgenda.Result result, LocalDate today) {
        Map<String, String> current = c.current();
        current.keySet().retainAll(PARAMS);
        Html h = new Html();
        h.raw("<h1>").text(c.t("dl.title")).raw("</h1><form class=\"agenda-filter\" method=\"get\" action=\"/deadlines\">");
        if (c.lang() == Lang.EN) h.raw("<input type=\"hidden\" name=\"lang\" value=\"en\">");
        for (String p : PARAMS) {
            h.raw("<label>").text(c.t("dl." + p));
            if (p.equals("level")) {
                h.raw("<select name=\"level\"><option value=\"\">").text(c.t("dl.any")).raw("</option>");
                for (String l : DirectivePage.LEVELS) {
                    h.raw("<option").attr("value", l);
                    if (l.equals(c.param("level"))) h.raw(" selected");
                    h.raw(">").text(c.t("level." + l)).raw("</option>");
                }
                h.raw("</select>");
            } else {
                h.raw("<input").attr("name", p).attr("type", p.equals("from") || p.equals("to") ? "date" : "text")
                        .attr("maxlength", "200").attr("value", c.param(p)).raw(">");
            }
            h.raw("</label>");
        }
        h.raw("<button type=\"submit\">").text(c.t("search.apply")).raw("</button></form>");
        h.raw("<p class=\"exports\">").text(c.t("dl.export")).raw(" ")
                .raw("<a id=\"ics\"").attr("href", link("/deadlines.ics", current)).raw(">iCalendar (.ics)</a> · ")
                .a(link("/api/deadlines", withFormat(current, "csv")), "csv", "CSV").raw(" · ")
                .a(link("/api/deadlines", current), "json", "JSON").raw("</p>");
        h.raw("<p id=\"dl-total\" class=\"total\"").attr("data-total", Integer.toString(result.items().size())).raw(">")
                .text(c.t("dl.total", result.items().size())).raw("</p>");
        if (result.truncated()) h.raw("<p class=\"warn\">").text(c.t("dl.truncated")).raw("</p>");

        // A recurring duty is listed under its next occurrence, so the agenda is ordered by that date.
        List<AgendaItem> items = new java.util.ArrayList<>(result.items());
        items.sort(java.util.Comparator.comparing((AgendaItem i) -> i.nextOccurrence(today),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        String month = null;
        for (AgendaItem i : items) {
            LocalDate when = i.nextOccurrence(today);
            String m = when == null ? "none" : when.toString().substring(0, 7);
            if (!m.equals(month)) {
                if (month != null) h.raw("</ul></section>");
                h.raw("<section class=\"month\"").attr("data-month", m).raw("><h2>")
                        .text(m.equals("none") ? c.t("dl.nodate") : c.t("dl.month", m.substring(5), m.substring(0, 4)))
                        .raw("</h2><ul>");
                month = m;
            }
            item(h, c, i, today, when);
        }
        if (month != null) h.raw("</ul></section>");
        return Layout.page(c, c.t("dl.title"), "deadlines", h.toString());
    }

    private static void item(Html h, PageContext c, AgendaItem i, LocalDate today, LocalDate when) {
        Deadline d = i.deadline();
        boolean overdue = i.overdue(today);
        h.raw("<li class=\"agenda").raw(overdue ? " overdue" : "").raw("\"").attr("data-doc", i.documentId())
                .attr("data-due", i.due() == null ? "" : i.due().toString()).raw("><span class=\"date\">")
                .text(when == null ? "—" : when.toString()).raw("</span> ");
        if (overdue) h.raw("<span class=\"badge late\">").text(c.t("dl.overdue")).raw("</span> ");
        if (d.recurrence() != null) h.raw("<span class=\"badge\">").text(c.t("rec." + d.recurrence())).raw("</span> ");
        h.raw("<strong>").text(d.action() != null ? d.action() : d.text()).raw("</strong>");
        if (!d.units().isEmpty()) h.raw(" <span class=\"who\">").text(String.join("; ", d.units())).raw("</span>");
        if (d.reportTo() != null) h.raw(" <span class=\"muted\">→ ").text(d.reportTo()).raw("</span>");
        h.raw(" <a class=\"doc\"").attr("href", c.link("/documents/" + i.documentId()) + "#deadlines").raw(">")
                .text(i.symbol() != null ? i.symbol() : i.file()).raw("</a>");
        if (i.issuer() != null) h.raw(" <span class=\"muted\">").text(i.issuer()).raw("</span>");
        h.raw("</li>");
    }

    private static Map<String, String> withFormat(Map<String, String> q, String format) {
        Map<String, String> out = new java.util.LinkedHashMap<>(q);
        out.put("format", format);
        return out;
    }

    /** Export links carry no language: their content is data. */
    private static String link(String path, Map<String, String> q) {
        return new PageContext(Lang.VI, path, Map.of()).link(path, q);
    }
}
