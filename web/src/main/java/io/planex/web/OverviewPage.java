package io.planex.web;

import io.planex.index.FacetCount;
import io.planex.index.IndexStats;
import java.util.List;
import java.util.Map;

/** The index at a glance: documents by level, year and type, most cited directives, issuers, deadlines by month. */
final class OverviewPage {
    private OverviewPage() {}

    /** {@code source}: where the documents are (the index folder and commit, or the Solr collection). */
    static String render(PageContext c, IndexStats s, String source) {
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
}
