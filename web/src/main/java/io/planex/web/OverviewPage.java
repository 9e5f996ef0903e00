package io.planex.web;

import io.planex.index.FacetCount;
import io.planex.index.IndexStats;
import io.planex.index.ingestrun.LastIngest;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The index at a glance: documents by level, year and type, most cited directives, issuers, deadlines by month,
 * and what the last ingest left out (failed and needs-OCR files, from the summary it writes beside the index).
 */
final class OverviewPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OverviewPage() {}

    /** The last ingest as read from the index folder: none recorded, recorded, or there but unreadable. */
    record LastRun(LastIngest run, String error) {
        static final LastRun NONE = new LastRun(null, null);
    }

    /** {@code source}: where the documents are (the index folder and commit, or the Solr collection). */
    static String render(PageContext c, IndexStats s, String source, LastRun last, ZoneId zone) {
        Html h = new Html();
        h.raw("<h1>").text(c.t("ov.title")).raw("</h1><p id=\"doc-count\" class=\"total\"")
                .attr("data-count", Long.toString(s.documents())).raw(">").text(c.t("ov.documents", s.documents()))
                .raw(" <span class=\"muted\">").text(source).raw("</span></p>");
        h.raw("<div class=\"tallies\">");
        table(h, c, "ov.levels", "levels", s.levels(), "level");
        table(h, c, "ov.years", "years", s.years(), "year");
        table(h, c, "ov.types", "types", s.types(), "type");
        table(h, c, "ov.directives", "directives", s.directives(), "cites");
        table(h, c, "ov.issuers", "issuers", s.issuers(), "issuer");
        table(h, c, "ov.deadlines", "deadline-months", s.deadlinesByMonth(), null);
        h.raw("</div>");
        lastIngest(h, c, last, zone);
        return Layout.page(c, c.t("ov.title"), "overview", h.toString());
    }

    private static void table(Html h, PageContext c, String key, String id, List<FacetCount> counts, String param) {
        long max = counts.stream().mapToLong(FacetCount::count).max().orElse(1);
        h.raw("<section").attr("id", id).raw("><h2>").text(c.t(key)).raw("</h2><table>");
        for (FacetCount f : counts) {
            String label = "level".equals(param) ? c.t("level." + f.value()) : f.value();
            h.raw("<tr><th>");
            if (param == null) {
                h.text(label);
            } else if (param.equals("cites")) {
                h.a(c.link(PageContext.directivePath(f.value())), label);
            } else {
                h.a(c.link("/", Map.of(param, f.value())), label);
            }
            h.raw("</th><td><meter min=\"0\"").attr("max", Long.toString(max)).attr("value", Long.toString(f.count()))
                    .raw("></meter></td><td class=\"num\">").text(f.count()).raw("</td></tr>");
        }
        h.raw("</table></section>");
    }

    private static void lastIngest(Html h, PageContext c, LastRun last, ZoneId zone) {
        h.raw("<section id=\"last-ingest\" class=\"last-ingest\"><h2>").text(c.t("ov.ingest")).raw("</h2>");
        if (last.error() != null) {
            h.raw("<p class=\"error\">").text(c.t("ov.ingest.unreadable", last.error())).raw("</p></section>");
            return;
        }
        LastIngest r = last.run();
        if (r == null) {
            h.raw("<p id=\"no-ingest\" class=\"muted\">").text(c.t("ov.ingest.none")).raw("</p></section>");
            return;
        }
        long secs = Duration.between(r.started(), r.finished()).toSeconds();
        h.raw("<p class=\"when\">").text(c.t("ov.ingest.when", TIME.format(r.started().atZone(zone)),
                TIME.format(r.finished().atZone(zone)), secs));
        if (r.interrupted()) h.raw(" <span class=\"badge overdue\">").text(c.t("ov.ingest.interrupted")).raw("</span>");
        h.raw("</p><p id=\"ingest-counts\" class=\"counts\">");
        for (String status : List.of("ok", "unchanged", "failed", "needs-ocr", "removed", "skipped")) {
            h.raw("<span class=\"count\"").attr("data-status", status).attr("data-count", Long.toString(r.count(status)))
                    .raw(">").text(c.t("ov.ingest." + status, r.count(status))).raw("</span> ");
        }
        h.raw("</p>");
        problems(h, c, "failed-files", c.t("ov.ingest.failedfiles", r.count("failed")), r.failed(), r.failedNotListed());
        problems(h, c, "needs-ocr-files", c.t("ov.ingest.needsocr", r.count("needs-ocr")), r.needsOcr(),
                r.needsOcrNotListed());
        h.raw("</section>");
    }

    private static void problems(Html h, PageContext c, String id, String title, List<LastIngest.Problem> list,
                                 long notListed) {
        if (list.isEmpty() && notListed == 0) return;
        h.raw("<h3>").text(title).raw("</h3><table").attr("id", id).raw(" class=\"problems\"><tr><th>")
                .text(c.t("ov.ingest.file")).raw("</th><th>").text(c.t("ov.ingest.reason")).raw("</th><th>")
                .text(c.t("ov.ingest.message")).raw("</th></tr>");
        for (LastIngest.Problem p : list) {
            h.raw("<tr class=\"problem\"><td class=\"path\">").text(p.path()).raw("</td><td class=\"reason\">")
                    .text(p.reason()).raw("</td><td class=\"message\">").text(p.message()).raw("</td></tr>");
        }
        h.raw("</table>");
        if (notListed > 0) h.raw("<p class=\"more muted\">").text(c.t("ov.ingest.more", notListed)).raw("</p>");
    }
}
